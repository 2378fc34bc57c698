package com.respondo.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;

/**
 * Masking PII in every line costs little next to writing the line: measured on typical lines of a run (TempBox calls
 * with GUIDs and masked URLs, retries, a customer message with PII), written through a pattern encoder to a null
 * stream, with and without PII masking. Prints the figures; fails only if masking is grossly slow.
 */
class LogMaskingCostTests {

    private static final List<String> LINES = List.of(
            "TempBox ListarMensagensEmAberto tenant=loja-aurora HTTP 200 Code 200 in 12 ms: POST "
                    + "http://127.0.0.1:8080/sandbox/tempbox/api/Atendimento/ListarMensagensEmAberto?token=***&json="
                    + "%7B%22Empresa%22%3A%2299c80439-b977-4002-ba4f-7345acc07f6b%22%2C%22Inicio%22%3A1%7D",
            "Retry tempbox-loja-aurora: attempt 1 failed (ListarMensagensPadrao: HTTP 503); next attempt in 512 ms",
            "Step bot-reply tenant=loja-aurora conversation=0b6f3c1e-6d0a-4a55-9d7e-1f2a3b4c5d6e decision=CANNED "
                    + "confidence=0.91 in 830 ms",
            "Skipped message c4d4fa28-93a3-4f0d-9db0-579c8499c5c0: Meu e-mail é patricia.gomes@email.com.br e o "
                    + "telefone (41) 99876-5432. CPF 083.016.613-05.",
            "Job replies execution 42 COMPLETED in 3150 ms: read 25, written 19, skipped 2");

    private static final int ROUNDS = 5;

    private static final int LINES_PER_ROUND = 20_000;

    private final Logger log = (Logger) LoggerFactory.getLogger("com.respondo.logging.cost");

    private final OutputStreamAppender<ILoggingEvent> nullAppender = new OutputStreamAppender<>();

    private LogMasks previous;

    @BeforeEach
    void writeToNothing() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %5p %pid --- [%t] %-40.40logger{39} : %m%n");
        encoder.start();
        this.nullAppender.setContext(context);
        this.nullAppender.setEncoder(encoder);
        this.nullAppender.setOutputStream(OutputStream.nullOutputStream());
        this.nullAppender.start();
        this.log.setAdditive(false);
        this.log.setLevel(Level.INFO);
        this.log.addAppender(this.nullAppender);
        LogMaskingListener.install();
        this.previous = LogMaskingTurboFilter.masks();
    }

    @AfterEach
    void restore() {
        this.log.detachAppender(this.nullAppender);
        this.log.setAdditive(true);
        this.log.setLevel(null);
        LogMaskingTurboFilter.masks(this.previous);
    }

    @Test
    void maskingPiiAddsLittleToTheCostOfALine() {
        LogMasks secretsOnly = new LogMasks(List.of("sandbox-loja-aurora", "test-admin-password"), false);
        LogMasks withPii = secretsOnly.with(java.util.Set.of(), true);

        long withoutNanos = Long.MAX_VALUE;
        long withNanos = Long.MAX_VALUE;
        for (int round = 0; round < ROUNDS; round++) {
            withoutNanos = Math.min(withoutNanos, nanosPerLine(secretsOnly));
            withNanos = Math.min(withNanos, nanosPerLine(withPii));
        }

        System.out.printf("Log line cost: %d ns without PII masking, %d ns with it (+%d ns)%n", withoutNanos,
                withNanos, withNanos - withoutNanos);
        assertThat(withNanos - withoutNanos).as("extra nanoseconds per line").isLessThan(50_000);
    }

    private long nanosPerLine(LogMasks masks) {
        LogMaskingTurboFilter.masks(masks);
        long started = System.nanoTime();
        for (int i = 0; i < LINES_PER_ROUND; i++) {
            this.log.info(LINES.get(i % LINES.size()));
        }
        return (System.nanoTime() - started) / LINES_PER_ROUND;
    }
}
