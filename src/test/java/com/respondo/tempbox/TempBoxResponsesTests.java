package com.respondo.tempbox;

import static com.respondo.testsupport.TestZones.SAO_PAULO;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

import com.respondo.tempbox.TempBoxResponses.Envelope;
import com.respondo.tempbox.TempBoxResponses.HttpResult;
import com.respondo.testsupport.TempBoxFake;

/**
 * Which answers are read in one pass, without a tree: the usual one. (What every form of answer reads as is the
 * business of {@link TempBoxTolerantReadingTests} and the client's contract and error tests.)
 */
class TempBoxResponsesTests {

    private final TempBoxResponses responses = new TempBoxResponses(TempBoxJson.mapper(SAO_PAULO),
            TempBoxJson.exactNamesMapper(SAO_PAULO), Clock.systemUTC());

    private final TempBoxCall call = TempBoxCall.json("ListarMensagensAtendimento", TempBoxFake.tenant(), "{}");

    @Test
    void theUsualAnswerIsReadInOnePass() {
        Envelope envelope = envelope("""
                {"Status":"ok","Code":200,"Success":true,"Data":[
                 {"AtendimentoMensagem":"a","Mensagem":"Oi","Cadastro":"2026-11-28T10:00:00","AutorMensagem":"A"},
                 {"AtendimentoMensagem":"b","Mensagem":"Olá","Cadastro":"2026-11-28T10:01:00","AutorMensagem":"B"}
                ]}""");

        assertThat(envelope.rows()).hasSize(2);
        assertThat(this.responses.rows(this.call, result(""), envelope, ConversationMessage.class))
            .extracting(ConversationMessage::mensagem)
            .containsExactly("Oi", "Olá");
    }

    @Test
    void aCommandsAnswerIsReadInOnePassWhateverItsData() {
        Envelope envelope = this.responses.envelope(this.call, result("""
                {"Status":"ok","Code":200,"Success":true,"Data":{"Qualquer":["coisa"]}}"""), null);

        assertThat(envelope.rows()).isEmpty();
        assertThat(envelope.code()).isEqualTo(200);
    }

    @Test
    void unusualAnswersAreLeftToTheTree() {
        assertThat(envelope("""
                {"status":"ok","code":200,"success":true,"data":[{"AtendimentoMensagem":"a"}]}""").rows()).isNull();
        assertThat(envelope("""
                {"Status":"ok","Code":"200","Success":1,"Data":[{"AtendimentoMensagem":"a"}]}""").rows()).isNull();
        assertThat(envelope("""
                {"Success":true,"Data":[{"atendimentoMensagem":"a"}]}""").rows()).isNull();
        assertThat(envelope("""
                {"Success":true,"Data":[{"AtendimentoMensagem":"a","Cadastro":"ontem"}]}""").rows()).isNull();
        assertThat(envelope("""
                {"Success":true,"Code":200,"Code":200,"Data":[]}""").rows()).isNull();
    }

    private Envelope envelope(String body) {
        return this.responses.envelope(this.call, result(body), ConversationMessage.class);
    }

    private static HttpResult result(String body) {
        return new HttpResult(200, new HttpHeaders(), body.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }
}
