package com.respondo.tempbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The JSON and the token travel URL-encoded in the query string and reach TempBox exactly as written. */
class TempBoxClientEncodingTests {

    private static TempBoxStub stub;

    private WebClientTempBoxClient client;

    @BeforeAll
    static void startStub() {
        stub = new TempBoxStub();
    }

    @AfterAll
    static void stopStub() {
        stub.close();
    }

    @BeforeEach
    void setUp() {
        stub.reset();
        this.client = stub.client();
    }

    @AfterEach
    void tearDown() {
        this.client.close();
    }

    @Test
    void reservedCharactersQuotesEmojiAndAccentsSurviveTheQueryString() {
        String text = "Olá, João! 1+1=2 & 50% off #promo \"aspas\" 'simples' ção ñ 😀👍🏽 ‮ zero\u200Bwidth <b>x</b> a/b?c=d";
        stub.answer("EnviarMensagem", TempBoxStub.OK_NULL);

        this.client.enviarMensagem(TempBoxStub.tenant(), EnviarMensagemRequest.text(TempBoxStub.EMPRESA,
                "A1B2C3D4-0000-4000-8000-00000000ABCD", TempBoxStub.BOT, text));

        Map<String, String> query = TempBoxStub.query(stub.onlyRequest("EnviarMensagem"));
        assertThat(query).containsOnlyKeys("token", "json");
        assertThat(query.get("token")).isEqualTo(TempBoxStub.TOKEN);
        assertThat(TempBoxStub.parse(query.get("json")).get("Mensagem").stringValue()).isEqualTo(text);
    }

    @Test
    void theRawQueryEscapesEveryReservedCharacter() {
        stub.answer("EnviarMensagem", TempBoxStub.OK_NULL);

        this.client.enviarMensagem(TempBoxStub.tenant(),
                EnviarMensagemRequest.text(TempBoxStub.EMPRESA, "x", TempBoxStub.BOT, "a+b&c=d#e%f"));

        String rawQuery = stub.onlyRequest("EnviarMensagem").getUrl().split("\\?", 2)[1];
        assertThat(rawQuery.split("&")).hasSize(2);
        assertThat(rawQuery).doesNotContain("+", "#", "\"", " ", "{", "}").contains("%2B", "%26", "%3D", "%23", "%25");
    }

    @Test
    void operationsWithoutParametersSendAnEmptyJson() {
        stub.answer("ColetarDadosIa", TempBoxStub.OK_NULL);

        this.client.coletarDadosIa(TempBoxStub.tenant());

        String url = stub.onlyRequest("ColetarDadosIa").getUrl();
        assertThat(url).endsWith("&json=");
        assertThat(TempBoxStub.query(stub.onlyRequest("ColetarDadosIa"))).containsExactly(
                Map.entry("token", TempBoxStub.TOKEN), Map.entry("json", ""));
    }
}
