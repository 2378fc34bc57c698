package com.respondo.resilience;

import java.time.Duration;

import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotNull;

/**
 * The protection layer's own setting ({@code respondo.resilience}); the breakers, retries, rate limiters and the
 * bulkhead themselves are configured under {@code resilience4j.*}, and TempBox's retry budget is the client's wait
 * ({@code respondo.tempbox.read-timeout + wait-margin}).
 *
 * @param llmRetryBudget how long one LLM question may take, retries included: a retry whose asked wait
 *     ({@code Retry-After}) would end later is given up, so the step falls back instead of waiting (default 60 s)
 * @param llmRefusalPause how long every LLM question fails at once, without a call, after the server refused the key
 *     or the model (401, 403, 404): one ERROR line per pause instead of one per conversation and run (default 1 min)
 */
@Validated
@ConfigurationProperties("respondo.resilience")
public record ResilienceProperties(@DefaultValue("60s") @NotNull @DurationMin(millis = 1) Duration llmRetryBudget,
        @DefaultValue("1m") @NotNull @DurationMin(millis = 1) Duration llmRefusalPause) {
}
