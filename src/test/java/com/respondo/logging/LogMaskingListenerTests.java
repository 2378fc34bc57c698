package com.respondo.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.bootstrap.DefaultBootstrapContext;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** The safety net learns the environment's secrets and its PII switch as soon as the environment is prepared. */
class LogMaskingListenerTests {

    private final StandardEnvironment environment = new StandardEnvironment();

    private LogMasks previous;

    @BeforeEach
    void remember() {
        LogMaskingListener.install();
        this.previous = LogMaskingTurboFilter.masks();
    }

    @AfterEach
    void restore() {
        LogMaskingTurboFilter.masks(this.previous);
    }

    @Test
    void everyPropertyNamedLikeASecretIsMaskedVerbatim() {
        this.environment.getPropertySources().addFirst(new MapPropertySource("test", Map.of(
                "spring.ai.openai.api-key", "sk-live-0123456789abcdef",
                "respondo.admin.password", "${ADMIN_PASSWORD:}",
                "ADMIN_PASSWORD", "admin-pw-0123456789",
                "respondo.tempbox.tenants[0].token", "tbx-token-0123456789",
                "respondo.test.webhook-secret", "whsec-0123456789",
                "respondo.tempbox.base-url", "https://api.tempbox.com.br",
                "respondo.llm.prompt-cache-key", "false")));

        assertThat(LogMaskingListener.secrets(this.environment)).contains("sk-live-0123456789abcdef",
                "admin-pw-0123456789", "tbx-token-0123456789", "whsec-0123456789")
            .doesNotContain("https://api.tempbox.com.br");
    }

    @Test
    void thePiiSwitchIsReadFromTheEnvironment() {
        this.environment.getPropertySources().addFirst(new MapPropertySource("test", Map.of(
                "respondo.logging.mask-pii", "false", "spring.ai.openai.api-key", "sk-live-0123456789abcdef")));

        new LogMaskingListener().onApplicationEvent(new ApplicationEnvironmentPreparedEvent(
                new DefaultBootstrapContext(), new SpringApplication(), new String[0], this.environment));

        assertThat(LogMaskingTurboFilter.masks().maskPii()).isFalse();
        assertThat(LogMaskingTurboFilter.masks().apply("key sk-live-0123456789abcdef for maria@exemplo.com"))
            .isEqualTo("key *** for maria@exemplo.com");
    }
}
