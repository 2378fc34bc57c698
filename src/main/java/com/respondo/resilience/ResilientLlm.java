package com.respondo.resilience;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

import com.respondo.llm.Llm;
import com.respondo.llm.LlmAnswer;
import com.respondo.llm.LlmRequest;
import com.respondo.llm.LlmUnavailableException;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RequestNotPermitted;
import io.github.resilience4j.retry.Retry;

/**
 * The {@link Llm} that the steps use: the Spring AI adapter behind a bulkhead (concurrent questions), a rate limiter
 * (questions per minute), a circuit breaker and a retry, all named {@code llm}, applied from the inside out in that
 * order. Only {@link LlmUnavailableException} is retried, after at least its {@code Retry-After}, and not when
 * that wait would end past the question's retry budget. An open breaker, a refused permit or a full bulkhead
 * fails at once as an {@link LlmUnavailableException}, so the caller falls back instead of waiting. The time
 * limit of one attempt is the adapter's own ({@code respondo.llm.timeout}).
 */
final class ResilientLlm implements Llm {

    static final String NAME = "llm";

    private final Llm adapter;

    private final Guards guards;

    private final Duration budget;

    /** What protects the LLM calls. */
    record Guards(Bulkhead bulkhead, RateLimiter rateLimiter, CircuitBreaker breaker, Retry retry) {
    }

    ResilientLlm(Llm adapter, Guards guards, Duration budget) {
        this.adapter = adapter;
        this.guards = guards;
        this.budget = budget;
    }

    @Override
    public <T> LlmAnswer<T> ask(LlmRequest request, Class<T> outputType) {
        Supplier<LlmAnswer<T>> attempt = () -> this.adapter.ask(request, outputType);
        attempt = Bulkhead.decorateSupplier(this.guards.bulkhead(), attempt);
        attempt = RateLimiter.decorateSupplier(this.guards.rateLimiter(), attempt);
        attempt = CircuitBreaker.decorateSupplier(this.guards.breaker(), attempt);
        RetryBudget budget = RetryBudget.startingNow(this.budget, ResilientLlm::retryAfter);
        Supplier<LlmAnswer<T>> bounded = withinBudget(attempt, budget);
        try {
            return Retry.decorateSupplier(this.guards.retry(), bounded).get();
        }
        catch (RetryBudget.GiveUp giveUp) {
            throw giveUp.failure();
        }
        catch (CallNotPermittedException refused) {
            throw unavailable(request, "circuit open (breaker " + this.guards.breaker().getName()
                    + "): the model failed too often; calls fail fast for up to "
                    + ResilienceEvents.openWait(this.guards.breaker()).toSeconds()
                    + " s, then trial calls are let through");
        }
        catch (RequestNotPermitted refused) {
            throw unavailable(request, "rate limit reached ("
                    + this.guards.rateLimiter().getRateLimiterConfig().getLimitForPeriod() + " calls per "
                    + this.guards.rateLimiter().getRateLimiterConfig().getLimitRefreshPeriod().toMillis() + " ms)");
        }
        catch (BulkheadFullException refused) {
            throw unavailable(request, "bulkhead full ("
                    + this.guards.bulkhead().getBulkheadConfig().getMaxConcurrentCalls() + " calls in flight)");
        }
    }

    private static <T> Supplier<T> withinBudget(Supplier<T> attempt, RetryBudget budget) {
        return () -> {
            try {
                return attempt.get();
            }
            catch (LlmUnavailableException ex) {
                throw budget.check(ex);
            }
        };
    }

    static Optional<Duration> retryAfter(Throwable failure) {
        return (failure instanceof LlmUnavailableException unavailable) ? unavailable.retryAfter() : Optional.empty();
    }

    private static LlmUnavailableException unavailable(LlmRequest request, String reason) {
        return new LlmUnavailableException("LLM call for prompt '" + request.prompt() + "' (tenant "
                + request.tenantId() + ") not made: " + reason, null, null);
    }
}
