package com.respondo.tempbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;

/** Whatever logger writes a line, a token in its message or its exceptions is masked before any appender sees it. */
class TokenMaskingTurboFilterTests {

    private static final String URL = "http://127.0.0.1:8080/api/Atendimento/ListarEmAberto?token=tbx-SeCrEt-7Q2vK9wZ"
            + "&json=%7B%22Empresa%22%3A%22x%22%7D";

    private final Logger springLog = (Logger) LoggerFactory
        .getLogger("org.springframework.web.reactive.function.client.ExchangeFunctions");

    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();

    private Level previousLevel;

    @BeforeEach
    void capture() {
        TokenMaskingLoggingListener.install();
        this.previousLevel = this.springLog.getLevel();
        this.springLog.setLevel(Level.DEBUG);
        this.lines.start();
        this.springLog.addAppender(this.lines);
    }

    @AfterEach
    void release() {
        this.springLog.detachAppender(this.lines);
        this.springLog.setLevel(this.previousLevel);
    }

    @Test
    void masksTheTokenOfAUrlInAMessage() {
        this.springLog.debug("[5e1f] HTTP POST {}", URL);

        assertThat(this.lines.list).singleElement().satisfies(line -> {
            assertThat(line.getFormattedMessage()).isEqualTo("[5e1f] HTTP POST http://127.0.0.1:8080/api/Atendimento/"
                    + "ListarEmAberto?token=***&json=%7B%22Empresa%22%3A%22x%22%7D");
            assertThat(line.getLevel()).isEqualTo(Level.DEBUG);
            assertThat(line.getLoggerName()).isEqualTo(this.springLog.getName());
        });
    }

    @Test
    void masksTokensInJsonAndInAnyCase() {
        this.springLog.info("payload {\"token\": \"tbx-SeCrEt-7Q2vK9wZ\"} and TOKEN=tbx-SeCrEt-7Q2vK9wZ");

        assertThat(this.lines.list).singleElement().extracting(ILoggingEvent::getFormattedMessage)
            .isEqualTo("payload {\"token\": \"***\"} and TOKEN=***");
    }

    @Test
    void masksTheMessagesOfTheWholeExceptionChain() {
        RuntimeException cause = new RuntimeException("Connection refused for " + URL);
        IllegalStateException error = new IllegalStateException("Request to POST " + URL + " failed", cause);
        error.addSuppressed(new RuntimeException("Assembly trace from producer [reactor.core.publisher.MonoError] : "
                + URL));

        this.springLog.warn("Call failed", error);

        IThrowableProxy proxy = this.lines.list.get(0).getThrowableProxy();
        String printed = ThrowableProxyUtil.asString(proxy);
        assertThat(printed).doesNotContain("SeCrEt").contains("java.lang.IllegalStateException: Request to POST",
                "token=***", "java.lang.RuntimeException: Connection refused", "Assembly trace from producer");
        assertThat(proxy.getStackTraceElementProxyArray()).isNotEmpty();
    }

    @Test
    void leavesOtherLinesAndTheirExceptionsUntouched() {
        IllegalStateException error = new IllegalStateException("Connection refused: /127.0.0.1:9");

        this.springLog.warn("Call to {} failed", "ListarEmAberto", error);

        assertThat(this.lines.list).singleElement().satisfies(line -> {
            assertThat(line.getFormattedMessage()).isEqualTo("Call to ListarEmAberto failed");
            assertThat(((ch.qos.logback.classic.spi.ThrowableProxy) line.getThrowableProxy()).getThrowable())
                .isSameAs(error);
        });
    }

    @Test
    void writesNothingBelowTheLoggersLevel() {
        this.springLog.trace("HTTP POST {}", URL);

        assertThat(this.lines.list).isEmpty();
    }
}
