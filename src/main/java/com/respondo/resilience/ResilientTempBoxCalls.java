package com.respondo.resilience;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.respondo.tempbox.TempBoxCallDecorator;
import com.respondo.tempbox.TempBoxCallRefusedException;
import com.respondo.tempbox.TempBoxException;
import com.respondo.tempbox.TempBoxUnavailableException;
import com.respondo.tempbox.Tenant;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.ratelimiter.RequestNotPermitted;
import io.github.resilience4j.reactor.circuitbreaker.operator.CircuitBreakerOperator;
import io.github.resilience4j.reactor.ratelimiter.operator.RateLimiterOperator;
import io.github.resilience4j.reactor.retry.RetryOperator;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import reactor.core.publisher.Mono;

/**
 * The TempBox calls of each tenant through its own rate limiter, circuit breaker and retry ({@code tempbox-<tenant
 * id>}, configured by the {@code tempbox} configs of {@code resilience4j.*}), so that one tenant's outage or quota
 * never slows another.
 * <p>
 * From the inside out: the rate limiter (each attempt is a TempBox call), the breaker (records each attempt; an open
 * one rejects before the rate limiter is asked), the retry budget check, the retry (only for
 * {@link TempBoxOperations#repeatable repeatable} operations, only for {@link TempBoxUnavailableException}: never
 * an open breaker or a refused permit, which fail at once). The budget is the client's own wait for a call
 * ({@code read-timeout + wait-margin}): a retry whose asked wait would end past it is given up.
 */
final class ResilientTempBoxCalls implements TempBoxCallDecorator {

    static final String CONFIG = "tempbox";

    private final CircuitBreakerRegistry breakers;

    private final RateLimiterRegistry rateLimiters;

    private final RetryRegistry retries;

    private final Duration budget;

    private final Map<String, Guards> guards = new ConcurrentHashMap<>();

    /** What protects one tenant's calls. */
    private record Guards(RateLimiter rateLimiter, CircuitBreaker breaker, Retry retry) {
    }

    ResilientTempBoxCalls(CircuitBreakerRegistry breakers, RateLimiterRegistry rateLimiters, RetryRegistry retries,
            Duration budget, List<Tenant> tenants) {
        this.breakers = breakers;
        this.rateLimiters = rateLimiters;
        this.retries = retries;
        this.budget = budget;
        tenants.forEach(tenant -> guards(tenant.id()));
    }

    /** The name of a tenant's breaker, rate limiter and retry: {@code tempbox-<tenant id>}. */
    static String instanceName(String tenantId) {
        return CONFIG + "-" + tenantId;
    }

    @Override
    public <T> Mono<T> decorate(String operation, Tenant tenant, Mono<T> call) {
        Guards guards = guards(tenant.id());
        Mono<T> attempt = call.transform(RateLimiterOperator.of(guards.rateLimiter()))
            .transform(CircuitBreakerOperator.of(guards.breaker()));
        Mono<T> protectedCall = TempBoxOperations.repeatable(operation) ? retried(attempt, guards.retry()) : attempt;
        return protectedCall
            .onErrorMap(CallNotPermittedException.class, refused -> circuitOpen(operation, tenant, guards.breaker()))
            .onErrorMap(RequestNotPermitted.class, refused -> rateLimited(operation, tenant, guards.rateLimiter()));
    }

    private <T> Mono<T> retried(Mono<T> attempt, Retry retry) {
        return Mono.defer(() -> {
            RetryBudget budget = RetryBudget.startingNow(this.budget, ResilientTempBoxCalls::retryAfter);
            return attempt.onErrorMap(RuntimeException.class, budget::check)
                .transform(RetryOperator.of(retry))
                .onErrorMap(RetryBudget.GiveUp.class, RetryBudget.GiveUp::failure);
        });
    }

    private Guards guards(String tenantId) {
        return this.guards.computeIfAbsent(tenantId, id -> {
            String name = instanceName(id);
            CircuitBreaker breaker = this.breakers.circuitBreaker(name, CONFIG);
            ResilienceEvents.logTransitions(breaker, "TempBox for tenant " + id);
            RetryConfig configured = this.retries.find(name)
                .map(Retry::getRetryConfig)
                .orElseGet(() -> RequiredResilienceInstances.config(this.retries, "retry", CONFIG));
            Retry retry = RetryAfter.register(this.retries, name, configured, ResilientTempBoxCalls::retryAfter);
            ResilienceEvents.logRetries(retry, ResilientTempBoxCalls::describe);
            return new Guards(this.rateLimiters.rateLimiter(name, CONFIG), breaker, retry);
        });
    }

    static Optional<Duration> retryAfter(Throwable failure) {
        return (failure instanceof TempBoxUnavailableException unavailable) ? unavailable.retryAfter()
                : Optional.empty();
    }

    private static String describe(Throwable failure) {
        return (failure instanceof TempBoxException tempBox) ? tempBox.operation() + ": " + tempBox.summary()
                : failure.getClass().getSimpleName();
    }

    private static TempBoxUnavailableException circuitOpen(String operation, Tenant tenant, CircuitBreaker breaker) {
        return new TempBoxCallRefusedException(operation, tenant.id(), "circuit open for tenant " + tenant.id()
                + " (breaker " + breaker.getName() + "): TempBox failed too often; calls fail fast for up to "
                + ResilienceEvents.openWait(breaker).toSeconds() + " s, then trial calls are let through");
    }

    private static TempBoxUnavailableException rateLimited(String operation, Tenant tenant, RateLimiter limiter) {
        return new TempBoxCallRefusedException(operation, tenant.id(), "rate limit of tenant " + tenant.id()
                + " reached (" + limiter.getRateLimiterConfig().getLimitForPeriod() + " calls per "
                + limiter.getRateLimiterConfig().getLimitRefreshPeriod().toMillis() + " ms); no permit within "
                + limiter.getRateLimiterConfig().getTimeoutDuration().toMillis() + " ms");
    }
}
