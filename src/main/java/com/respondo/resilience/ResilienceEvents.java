package com.respondo.resilience;

import java.time.Duration;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.retry.Retry;

/**
 * One log line for each thing the protection layer does on its own: a breaker changing state (WARN when it opens)
 * and a retry about to be made (INFO), with the failure described without body excerpts or secrets.
 */
final class ResilienceEvents {

    private static final Logger log = LoggerFactory.getLogger(ResilienceEvents.class);

    private ResilienceEvents() {
    }

    /** Logs the state transitions of {@code breaker}, which protects {@code dependency} (e.g. "TempBox"). */
    static void logTransitions(CircuitBreaker breaker, String dependency) {
        breaker.getEventPublisher().onStateTransition(event -> {
            CircuitBreaker.State to = event.getStateTransition().getToState();
            if (to == CircuitBreaker.State.OPEN) {
                log.warn("Circuit breaker {} opened: {} failed too often; its calls fail fast for {} ms, then a few "
                        + "trial calls decide whether it closes", breaker.getName(), dependency,
                        openWait(breaker).toMillis());
            }
            else {
                log.info("Circuit breaker {}: {}", breaker.getName(), event.getStateTransition());
            }
        });
    }

    /** Logs each retry of {@code retry}, describing the failure that caused it with {@code describe}. */
    static void logRetries(Retry retry, Function<Throwable, String> describe) {
        retry.getEventPublisher().onRetry(event -> log.info("Retry {}: attempt {} failed ({}); next attempt in {} ms",
                retry.getName(), event.getNumberOfRetryAttempts(),
                (event.getLastThrowable() != null) ? describe.apply(event.getLastThrowable()) : "-",
                event.getWaitInterval().toMillis()));
    }

    /** How long an opened breaker rejects calls before it lets trial calls through. */
    static Duration openWait(CircuitBreaker breaker) {
        return Duration.ofMillis(breaker.getCircuitBreakerConfig().getWaitIntervalFunctionInOpenState().apply(1));
    }
}
