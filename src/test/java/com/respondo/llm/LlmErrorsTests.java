package com.respondo.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import com.openai.core.http.Headers;

class LlmErrorsTests {

    private static final Instant NOW = Instant.parse("2025-03-10T17:00:00Z");

    @Test
    void readsRetryAfterInSecondsMillisecondsOrAsAnHttpDate() {
        assertThat(LlmErrors.retryAfter(headers("Retry-After", "12"), NOW)).isEqualTo(Duration.ofSeconds(12));
        assertThat(LlmErrors.retryAfter(headers("Retry-After", "1.5"), NOW)).isEqualTo(Duration.ofMillis(1500));
        assertThat(LlmErrors.retryAfter(headers("retry-after-ms", "250"), NOW)).isEqualTo(Duration.ofMillis(250));
        assertThat(LlmErrors.retryAfter(headers("Retry-After", "Mon, 10 Mar 2025 17:00:30 GMT"), NOW))
            .isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void ignoresAMissingOrUnreadableRetryAfter() {
        assertThat(LlmErrors.retryAfter(Headers.builder().build(), NOW)).isNull();
        assertThat(LlmErrors.retryAfter(headers("Retry-After", "soon"), NOW)).isNull();
        assertThat(LlmErrors.retryAfter(headers("Retry-After", "Mon, 10 Mar 2025 16:00:00 GMT"), NOW))
            .isEqualTo(Duration.ZERO);
    }

    private static Headers headers(String name, String value) {
        return Headers.builder().put(name, value).build();
    }
}
