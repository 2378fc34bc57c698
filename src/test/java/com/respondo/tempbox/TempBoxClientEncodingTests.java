package com.respondo.tempbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.respondo.testsupport.TempBoxFake;

/** The JSON and the token travel URL-encoded in the query string and reach TempBox exactly as written. */
class TempBoxClientEncodingTests {

    private static TempBoxFake stub;

    private WebClientTempBoxClient client;

    @BeforeAll
    static void startStub() {
        stub = new TempBoxFake();
    }

    @AfterAll
    static void stopStub() {
        stub.close();
    }

    @BeforeEach
    void setUp() {
        stub.reset();
        this.client = TempBoxClientTestSupport.clientOf(stub);
    }

    @AfterEach
    void tearDown() {
        this.client.close();
    }

    @Test
    void reservedCharactersQuotesEmojiAndAccentsSurviveTheQueryString() {
        String text = "Olá, João! 1+1=2 & 50% off #promo \"aspas\" 'simples' ção ñ 😀👍🏽 ‮ zero\u200Bwidth <b>x</b> a/b?c=d";
        stub.answer("EnviarMensagem", TempBoxFake.OK_NULL);

        this.client.enviarMensagem(TempBoxFake.tenant(), EnviarMensagemRequest.text(TempBoxFake.EMPRESA,
                "A1B2C3D4-0000-4000-8000-00000000ABCD", TempBoxFake.BOT, text));

        Map<String, String> query = stub.onlyRequest("EnviarMensagem").query();
        assertThat(query).containsOnlyKeys("token", "json");
        assertThat(query.get("token")).isEqualTo(TempBoxFake.TOKEN);
        assertThat(TempBoxFake.parse(query.get("json")).get("Mensagem").stringValue()).isEqualTo(text);
    }

    @Test
    void theRawQueryEscapesEveryReservedCharacter() {
        stub.answer("EnviarMensagem", TempBoxFake.OK_NULL);

        this.client.enviarMensagem(TempBoxFake.tenant(),
                EnviarMensagemRequest.text(TempBoxFake.EMPRESA, "x", TempBoxFake.BOT, "a+b&c=d#e%f"));

        String rawQuery = stub.onlyRequest("EnviarMensagem").url().split("\\?", 2)[1];
        assertThat(rawQuery.split("&")).hasSize(2);
        assertThat(rawQuery).doesNotContain("+", "#", "\"", " ", "{", "}").contains("%2B", "%26", "%3D", "%23", "%25");
    }

    @Test
    void operationsWithoutParametersSendAnEmptyJson() {
        stub.answer("ColetarDadosIa", TempBoxFake.OK_NULL);

        this.client.coletarDadosIa(TempBoxFake.tenant());

        String url = stub.onlyRequest("ColetarDadosIa").url();
        assertThat(url).endsWith("&json=");
        assertThat(stub.onlyRequest("ColetarDadosIa").query()).containsExactly(
                Map.entry("token", TempBoxFake.TOKEN), Map.entry("json", ""));
    }
}
