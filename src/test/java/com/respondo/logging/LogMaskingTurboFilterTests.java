package com.respondo.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

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

/**
 * Whatever logger writes a line, a token, a configured secret or customer PII in its message or its exceptions is
 * masked before any appender sees it.
 */
class LogMaskingTurboFilterTests {

    private static final String URL = "http://127.0.0.1:8080/api/Atendimento/ListarEmAberto?token=tbx-SeCrEt-7Q2vK9wZ"
            + "&json=%7B%22Empresa%22%3A%22x%22%7D";

    private static final String API_KEY = "sk-proj-Respondo0123456789abcdef";

    private final Logger springLog = (Logger) LoggerFactory
        .getLogger("org.springframework.web.reactive.function.client.ExchangeFunctions");

    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();

    private LogMasks previousMasks;

    private Level previousLevel;

    @BeforeEach
    void capture() {
        LogMaskingListener.install();
        this.previousMasks = LogMaskingTurboFilter.masks();
        LogMaskingTurboFilter.masks(new LogMasks(List.of(API_KEY, "short"), true));
        this.previousLevel = this.springLog.getLevel();
        this.springLog.setLevel(Level.DEBUG);
        this.lines.start();
        this.springLog.addAppender(this.lines);
    }

    @AfterEach
    void release() {
        this.springLog.detachAppender(this.lines);
        this.springLog.setLevel(this.previousLevel);
        LogMaskingTurboFilter.masks(this.previousMasks);
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
    void masksTheConfiguredSecretsWhereverTheyAppearButNotShortOnes() {
        this.springLog.info("Authorization: Bearer {} (a short secret stays readable)", API_KEY);

        assertThat(this.lines.list).singleElement().extracting(ILoggingEvent::getFormattedMessage)
            .isEqualTo("Authorization: Bearer *** (a short secret stays readable)");
    }

    @Test
    void masksCustomerPii() {
        this.springLog.info("Cliente escreveu: meu CPF é 529.982.247-25, e-mail maria@exemplo.com.br, "
                + "tel (41) 99876-5432, cartão 4111 1111 1111 1111");

        assertThat(this.lines.list).singleElement().extracting(ILoggingEvent::getFormattedMessage)
            .isEqualTo("Cliente escreveu: meu CPF é [CPF], e-mail [EMAIL], tel [TELEFONE], cartão [CARTAO]");
    }

    @Test
    void leavesPiiAloneWhenSwitchedOffButStillMasksSecrets() {
        LogMaskingTurboFilter.masks(LogMaskingTurboFilter.masks().with(Set.of(), false));

        this.springLog.info("e-mail maria@exemplo.com.br via {}", URL);

        assertThat(this.lines.list).singleElement().extracting(ILoggingEvent::getFormattedMessage)
            .asString().contains("maria@exemplo.com.br").contains("token=***").doesNotContain("SeCrEt");
    }

    @Test
    void masksTheMessagesOfTheWholeExceptionChain() {
        RuntimeException cause = new RuntimeException("Connection refused for " + URL);
        IllegalStateException error = new IllegalStateException("Request to POST " + URL + " failed", cause);
        error.addSuppressed(new RuntimeException("Assembly trace from producer [reactor.core.publisher.MonoError] : "
                + URL));
        error.addSuppressed(new RuntimeException("body excerpt: {\"Mensagem\":\"meu e-mail é ana@exemplo.com\"}"));

        this.springLog.warn("Call failed", error);

        IThrowableProxy proxy = this.lines.list.get(0).getThrowableProxy();
        String printed = ThrowableProxyUtil.asString(proxy);
        assertThat(printed).doesNotContain("SeCrEt").doesNotContain("ana@exemplo.com")
            .contains("java.lang.IllegalStateException: Request to POST", "token=***",
                    "java.lang.RuntimeException: Connection refused", "Assembly trace from producer", "[EMAIL]");
        assertThat(proxy.getStackTraceElementProxyArray()).isNotEmpty();
    }

    @Test
    void leavesOtherLinesAndTheirExceptionsUntouched() {
        IllegalStateException error = new IllegalStateException("Connection refused: /127.0.0.1:9");

        this.springLog.warn("Call to {} failed after {} ms", "ListarEmAberto", 1234, error);

        assertThat(this.lines.list).singleElement().satisfies(line -> {
            assertThat(line.getFormattedMessage()).isEqualTo("Call to ListarEmAberto failed after 1234 ms");
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
