package com.respondo.monitoring;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

/**
 * The circuit breakers ({@code tempbox-<tenant>}, {@code llm}): DOWN while one is open (its dependency is failing),
 * UNKNOWN while one is half-open (being tried again), UP otherwise or when there are none yet; details: each
 * breaker's state and failure rate.
 */
final class BreakersHealthIndicator implements HealthIndicator {

    private final ObjectProvider<CircuitBreakerRegistry> registry;

    BreakersHealthIndicator(ObjectProvider<CircuitBreakerRegistry> registry) {
        this.registry = registry;
    }

    @Override
    public Health health() {
        CircuitBreakerRegistry breakers = registry.getIfAvailable();
        if (breakers == null || breakers.getAllCircuitBreakers().isEmpty()) {
            return Health.up().withDetail("breakers", "none").build();
        }
        Status status = Status.UP;
        Map<String, Object> details = new LinkedHashMap<>();
        for (CircuitBreaker breaker : breakers.getAllCircuitBreakers()
            .stream()
            .sorted(Comparator.comparing(CircuitBreaker::getName))
            .toList()) {
            CircuitBreaker.State state = breaker.getState();
            details.put(breaker.getName(), Map.of("state", state.name(), "failureRate",
                    breaker.getMetrics().getFailureRate()));
            if (state == CircuitBreaker.State.OPEN || state == CircuitBreaker.State.FORCED_OPEN) {
                status = Status.DOWN;
            }
            else if (state == CircuitBreaker.State.HALF_OPEN && status == Status.UP) {
                status = Status.UNKNOWN;
            }
        }
        return Health.status(status).withDetails(details).build();
    }
}
