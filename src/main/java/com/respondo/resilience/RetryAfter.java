package com.respondo.resilience;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;

/**
 * Resilience4j retries that wait at least as long as the server asked ({@code Retry-After} of a 429 or 503), and
 * otherwise exactly as configured (exponential back-off with jitter from {@code application.yml}).
 */
final class RetryAfter {

    private RetryAfter() {
    }

    /**
     * Registers the retry {@code name} anew, configured as {@code configured} but honouring the wait that
     * {@code retryAfter} reads from each failure.
     */
    static Retry register(RetryRegistry registry, String name, RetryConfig configured,
            Function<Throwable, Optional<Duration>> retryAfter) {
        registry.remove(name);
        return registry.retry(name, honouring(configured, retryAfter));
    }

    /** The configured retry, whose wait before each attempt is the longer of its back-off and the asked wait. */
    static RetryConfig honouring(RetryConfig configured, Function<Throwable, Optional<Duration>> retryAfter) {
        IntervalBiFunction<Object> backoff = configured.getIntervalBiFunction();
        return RetryConfig.custom()
            .maxAttempts(configured.getMaxAttempts())
            .retryOnException(configured.getExceptionPredicate())
            .intervalBiFunction((attempt, outcome) -> {
                long wait = backoff.apply(attempt, outcome);
                long asked = outcome.isLeft()
                        ? retryAfter.apply(outcome.getLeft()).map(Duration::toMillis).orElse(0L) : 0L;
                return Math.max(wait, asked);
            })
            .build();
    }
}
