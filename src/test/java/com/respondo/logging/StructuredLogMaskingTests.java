package com.respondo.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.logging.logback.StructuredLogEncoder;
import org.springframework.core.env.Environment;
import org.springframework.core.env.StandardEnvironment;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.OutputStreamAppender;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Structured JSON logs ({@code logging.structured.format.console=ecs} or {@code logstash}, Spring Boot's
 * {@link StructuredLogEncoder}) get the masked line too: the turbo filter acts before any encoder.
 */
class StructuredLogMaskingTests {

    private static final String TOKEN = "tbx-SeCrEt-9xQ";

    private final LoggerContext logging = new LoggerContext();

    private final ByteArrayOutputStream console = new ByteArrayOutputStream();

    private Logger logger;

    @BeforeEach
    void logging() {
        this.logging.setMDCAdapter(new LogbackMDCAdapter());
        this.logging.start();
        this.logging.putObject(Environment.class.getName(), new StandardEnvironment());
        LogMaskingTurboFilter filter = new LogMaskingTurboFilter();
        filter.setContext(this.logging);
        filter.start();
        this.logging.addTurboFilter(filter);
        this.logger = this.logging.getLogger("com.respondo.tempbox.TempBoxClient");
    }

    @AfterEach
    void stop() {
        this.logging.stop();
    }

    @ParameterizedTest
    @ValueSource(strings = { "ecs", "logstash" })
    void aTokenInALineIsMaskedInTheJsonDocument(String format) {
        attachJsonConsole(format);

        this.logger.info("TempBox ListarEmAberto tenant=loja-aurora failed: POST http://127.0.0.1/api/Atendimento/"
                + "ListarEmAberto?token={}&json=%7B%7D", TOKEN);
        this.logger.warn("payload {\"token\": \"" + TOKEN + "\"}", new IllegalStateException("token=" + TOKEN));

        String output = this.console.toString(StandardCharsets.UTF_8);
        assertThat(output.lines()).as(this.logging.getStatusManager().getCopyOfStatusList().toString()).hasSize(2).allSatisfy(line -> {
            Map<String, Object> json = JsonMapper.builder().build().readValue(line, new TypeReference<>() {
            });
            assertThat(json).containsKey("message");
        });
        assertThat(output).contains("ListarEmAberto?token=***&json=%7B%7D").doesNotContain(TOKEN);
    }

    private void attachJsonConsole(String format) {
        StructuredLogEncoder encoder = new StructuredLogEncoder();
        encoder.setFormat(format);
        encoder.setContext(this.logging);
        encoder.start();
        OutputStreamAppender<ILoggingEvent> appender = new OutputStreamAppender<>();
        appender.setContext(this.logging);
        appender.setEncoder(encoder);
        appender.setOutputStream(this.console);
        appender.start();
        this.logger.addAppender(appender);
    }
}
