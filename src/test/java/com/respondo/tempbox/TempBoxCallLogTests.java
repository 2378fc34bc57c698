package com.respondo.tempbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import com.respondo.testsupport.FakeHttpServer.Reply;
import com.respondo.testsupport.TempBoxFake;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

/** Each call writes one line: operation, tenant, HTTP status and Code, latency, the URL with {@code token=***}. */
class TempBoxCallLogTests extends TempBoxClientTestSupport {

    private static final String CUSTOMER_TEXT = "Meu CPF é 123.456.789-09";

    private final Logger callLog = (Logger) LoggerFactory.getLogger(TempBoxClient.class);

    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();

    private Level previousLevel;

    @BeforeEach
    void capture() {
        this.previousLevel = this.callLog.getLevel();
        this.lines.start();
        this.callLog.addAppender(this.lines);
    }

    @AfterEach
    void release() {
        this.callLog.detachAppender(this.lines);
        this.callLog.setLevel(this.previousLevel);
    }

    @Test
    void aSuccessfulCallWritesOneDebugLineWithTheJsonCut() {
        this.callLog.setLevel(Level.DEBUG);
        stub.answer("EnviarMensagem", TempBoxFake.OK_NULL);

        this.client.enviarMensagem(this.tenant, EnviarMensagemRequest.text(EMPRESA, ATENDIMENTO, BOT,
                CUSTOMER_TEXT + " " + "x".repeat(500)));

        assertThat(this.lines.list).singleElement().satisfies(line -> {
            assertThat(line.getLevel()).isEqualTo(Level.DEBUG);
            assertThat(line.getFormattedMessage())
                .startsWith("TempBox EnviarMensagem tenant=loja-aurora HTTP 200 Code 200 in ")
                .contains(" ms: POST " + stub.baseUrl() + "/api/Atendimento/EnviarMensagem?token=***&json={")
                .doesNotContain(TempBoxFake.TOKEN_CORE, "x".repeat(300));
        });
    }

    @Test
    void aFailedCallWritesOneInfoLineWithoutTheJson() {
        this.callLog.setLevel(Level.INFO);
        stub.answer("EnviarMensagem", Reply.of(500));

        Throwable error = catchThrowable(() -> this.client.enviarMensagem(this.tenant,
                EnviarMensagemRequest.text(EMPRESA, ATENDIMENTO, BOT, CUSTOMER_TEXT)));

        assertThat(error).isInstanceOf(TempBoxUnavailableException.class);
        assertThat(this.lines.list).singleElement().satisfies(line -> {
            assertThat(line.getLevel()).isEqualTo(Level.INFO);
            assertThat(line.getFormattedMessage())
                .startsWith("TempBox EnviarMensagem tenant=loja-aurora failed: TempBoxUnavailableException HTTP 500")
                .contains("(HTTP 500 Code -)", "token=***&json=(", " chars)")
                .doesNotContain(CUSTOMER_TEXT, TempBoxFake.TOKEN_CORE);
        });
    }

    @Test
    void nothingIsWrittenForASuccessAtInfo() {
        this.callLog.setLevel(Level.INFO);
        stub.answer("ListarEmAberto", TempBoxFake.OK_NULL);

        this.client.listarEmAberto(this.tenant, new ListarEmAbertoRequest(EMPRESA));

        assertThat(this.lines.list).isEmpty();
    }
}
