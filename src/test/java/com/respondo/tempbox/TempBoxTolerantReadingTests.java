package com.respondo.tempbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;

import com.respondo.testsupport.FakeHttpServer.Reply;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

/** Odd dates, bits and numbers in an answer become null with a warning instead of failing the whole answer. */
class TempBoxTolerantReadingTests extends TempBoxClientTestSupport {

    private final Logger readerLog = (Logger) LoggerFactory.getLogger(TolerantReaders.class);

    private final ListAppender<ILoggingEvent> warnings = new ListAppender<>();

    @BeforeEach
    void captureWarnings() {
        this.warnings.start();
        this.readerLog.addAppender(this.warnings);
    }

    @AfterEach
    void releaseWarnings() {
        this.readerLog.detachAppender(this.warnings);
    }

    @Test
    void anUnreadableDateBecomesNullWithAWarningNamingFieldAndOperation() {
        stub.answer("ListarMensagensAtendimento", """
                {"Status":"ok","Code":200,"Success":true,"Data":[
                 {"AtendimentoMensagem":"%s","Cadastro":"ontem às 10h","Mensagem":"Oi","MensagemAtendente":0}]}"""
            .formatted(MENSAGEM));

        List<ConversationMessage> messages = this.client.listarMensagensAtendimento(this.tenant,
                new ListarMensagensAtendimentoRequest(ATENDIMENTO, EMPRESA));

        assertThat(messages).singleElement().satisfies(message -> {
            assertThat(message.cadastro()).isNull();
            assertThat(message.mensagem()).isEqualTo("Oi");
            assertThat(message.mensagemAtendente()).isFalse();
        });
        assertThat(this.warnings.list).singleElement().satisfies(warning -> {
            assertThat(warning.getLevel()).isEqualTo(Level.WARN);
            assertThat(warning.getFormattedMessage()).contains("ListarMensagensAtendimento", "Cadastro",
                    "ontem às 10h");
        });
    }

    @Test
    void oddBitsAndNumbersBecomeNullWithAWarning() {
        stub.answer("ListarEmAberto", """
                {"Status":"ok","Code":200,"Success":true,"Data":[
                 {"Atendimento":"%s","Iniciado":"talvez","Concluido":2,"Plataforma":"WhatsApp","NaoLidas":"3",
                  "Autonumeracao":120455.0,"SolicitanteTitulo":42,"QtdAtendimentos":{"total":3}},
                 {"Atendimento":"%s","Concluido":""}]}""".formatted(ATENDIMENTO, ATENDIMENTO));

        List<AtendimentoEmAberto> rows = this.client.listarEmAberto(this.tenant, new ListarEmAbertoRequest(EMPRESA));
        AtendimentoEmAberto summary = rows.get(0);

        assertThat(summary.iniciado()).isNull();
        assertThat(summary.concluido()).isNull();
        assertThat(summary.plataforma()).isNull();
        assertThat(summary.naoLidas()).isEqualTo(3);
        assertThat(summary.autonumeracao()).isEqualTo(120455);
        assertThat(rows.get(1).concluido()).isNull();
        assertThat(summary.qtdAtendimentos()).isNull();
        assertThat(summary.solicitanteTitulo()).isEqualTo("42");
        assertThat(this.warnings.list).extracting(ILoggingEvent::getFormattedMessage)
            .anySatisfy(line -> assertThat(line).contains("ListarEmAberto", "Iniciado", "talvez"))
            .anySatisfy(line -> assertThat(line).contains("Plataforma", "WhatsApp"))
            .anySatisfy(line -> assertThat(line).contains("QtdAtendimentos"));
    }

    @Test
    void aBlankDateIsNullWithoutAWarning() {
        stub.answer("ListarRecentes", """
                {"Status":"ok","Code":200,"Success":true,"Data":[{"Atendimento":"%s","TerminoAtendimento":""}]}"""
            .formatted(ATENDIMENTO));

        assertThat(this.client.listarRecentes(this.tenant, new ListarRecentesRequest(5)).get(0).terminoAtendimento())
            .isNull();
        assertThat(this.warnings.list).isEmpty();
    }

    @Test
    void fieldNamesAreReadInAnyCaseAndUnknownFieldsAreSkipped() {
        stub.answer("ListarMensagensAtendimento", """
                {"Status":"ok","Code":200,"Success":true,"Data":[
                 {"AtendimentoMensagem":"%1$s","Mensagem":"Oi","MensagemAtendente":0,"CampoNovo":{"a":[1]}},
                 {"atendimentomensagem":"%1$s","MENSAGEM":"Tudo bem?","mensagemAtendente":"1","campoNovo":7},
                 {"Mensagem":"primeira","mensagem":"segunda","Cadastro":"2026-11-28T10:00:00"}]}"""
            .formatted(MENSAGEM));

        List<ConversationMessage> messages = this.client.listarMensagensAtendimento(this.tenant,
                new ListarMensagensAtendimentoRequest(ATENDIMENTO, EMPRESA));

        assertThat(messages).hasSize(3);
        assertThat(messages.get(0)).satisfies(message -> {
            assertThat(message.atendimentoMensagem()).isEqualTo(MENSAGEM);
            assertThat(message.mensagem()).isEqualTo("Oi");
            assertThat(message.mensagemAtendente()).isFalse();
        });
        assertThat(messages.get(1)).satisfies(message -> {
            assertThat(message.atendimentoMensagem()).isEqualTo(MENSAGEM);
            assertThat(message.mensagem()).isEqualTo("Tudo bem?");
            assertThat(message.mensagemAtendente()).isTrue();
        });
        // the same field twice, in two cases: the later one, as a case-insensitive reading has it
        assertThat(messages.get(2).mensagem()).isEqualTo("segunda");
        assertThat(messages.get(2).cadastro()).isNotNull();
        assertThat(this.warnings.list).isEmpty();
    }

    @Test
    void aFieldInAnotherCaseWithAnUnreadableValueWarnsOnce() {
        stub.answer("ListarMensagensAtendimento", """
                {"Status":"ok","Code":200,"Success":true,"Data":[
                 {"AtendimentoMensagem":"%s","cadastro":"ontem","Mensagem":"Oi"}]}""".formatted(MENSAGEM));

        List<ConversationMessage> messages = this.client.listarMensagensAtendimento(this.tenant,
                new ListarMensagensAtendimentoRequest(ATENDIMENTO, EMPRESA));

        assertThat(messages).singleElement().satisfies(message -> {
            assertThat(message.cadastro()).isNull();
            assertThat(message.mensagem()).isEqualTo("Oi");
        });
        assertThat(this.warnings.list).singleElement()
            .satisfies(warning -> assertThat(warning.getFormattedMessage()).contains("cadastro", "ontem"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"Status\":\"ok\",\"Code\":200,\"Success\":true,\"Data\":%s}",
            "{\"Data\":%s,\"Extra\":{\"x\":[1,2]},\"Success\":true}",
            "{\"status\":\"ok\",\"code\":\"200\",\"success\":1,\"data\":%s}",
            "{\"Status\":\"ok\",\"Success\":\"true\",\"Data\":%s}",
            "{\"Status\":\"ok\",\"Data\":%s}" })
    void theEnvelopeIsReadInAnyOfItsForms(String envelope) {
        stub.answer("ListarMensagensAtendimento", envelope.formatted("""
                [{"AtendimentoMensagem":"%s","Mensagem":"Oi","MensagemAtendente":0}]""".formatted(MENSAGEM)));

        List<ConversationMessage> messages = this.client.listarMensagensAtendimento(this.tenant,
                new ListarMensagensAtendimentoRequest(ATENDIMENTO, EMPRESA));

        assertThat(messages).singleElement().satisfies(message -> {
            assertThat(message.atendimentoMensagem()).isEqualTo(MENSAGEM);
            assertThat(message.mensagem()).isEqualTo("Oi");
        });
    }

    @Test
    void anAnswerInTheCharsetItsContentTypeNamesIsReadInThatCharset() {
        String body = """
                {"Status":"ok","Code":200,"Success":true,"Data":[
                 {"AtendimentoMensagem":"%s","Mensagem":"Olá, não há açúcar","MensagemAtendente":0}]}"""
            .formatted(MENSAGEM);
        stub.answer("ListarMensagensAtendimento",
                Reply.of(200, body).withHeader("Content-Type", "application/json; charset=ISO-8859-1"));

        List<ConversationMessage> messages = this.client.listarMensagensAtendimento(this.tenant,
                new ListarMensagensAtendimentoRequest(ATENDIMENTO, EMPRESA));

        assertThat(messages).singleElement()
            .satisfies(message -> assertThat(message.mensagem()).isEqualTo("Olá, não há açúcar"));
    }
}
