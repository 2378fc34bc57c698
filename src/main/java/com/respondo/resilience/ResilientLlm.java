package com.respondo.resilience;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.respondo.llm.Llm;
import com.respondo.llm.LlmAnswer;
import com.respondo.llm.LlmRejectedException;
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
 * <p>
 * The breaker counts a conversation's unavailability once ({@link #countedOncePerConversation}).
 * <p>
 * A refused key or model ({@link LlmRejectedException#refusesKeyOrModel()}) would refuse every question alike: it is
 * logged once at ERROR, and every question fails at once with the same refusal, without a call, for
 * {@code respondo.resilience.llm-refusal-pause}; then one question tries again.
 */
final class ResilientLlm implements Llm {

    static final String NAME = "llm";

    private static final Logger log = LoggerFactory.getLogger(ResilientLlm.class);

    /**
     * How long a conversation's counted failure keeps its further failures out of the breaker: many runs of a
     * conversation that keeps failing, and short enough that the next outage counts it again.
     */
    static final Duration COUNTED_FOR = Duration.ofMinutes(5);

    /** Above this many remembered conversations, the expired ones are dropped. */
    private static final int MAX_FAILING = 10_000;

    private final Llm adapter;

    private final Guards guards;

    private final Duration budget;

    private final Duration refusalPause;

    /** The conversations (tenant/conversation) whose unavailability the breaker counted, and when (nanoTime). */
    private final Map<String, Long> failing = new ConcurrentHashMap<>();

    /** The refusal of the key or model in force, if any. */
    private final AtomicReference<Refusal> refusal = new AtomicReference<>();

    /** What protects the LLM calls. */
    record Guards(Bulkhead bulkhead, RateLimiter rateLimiter, CircuitBreaker breaker, Retry retry) {
    }

    ResilientLlm(Llm adapter, Guards guards, Duration budget, Duration refusalPause) {
        this.adapter = adapter;
        this.guards = guards;
        this.budget = budget;
        this.refusalPause = refusalPause;
    }

    @Override
    public <T> LlmAnswer<T> ask(LlmRequest request, Class<T> outputType) {
        Refusal refused = this.refusal.get();
        if (refused != null && refused.inForce()) {
            throw new LlmRejectedException("LLM call for prompt '" + request.prompt() + "' (tenant "
                    + request.tenantId() + ") not made: the server refused the key or the model (HTTP "
                    + refused.status() + ") less than " + this.refusalPause.toSeconds() + " s ago", refused.status());
        }
        try {
            return guarded(request, outputType);
        }
        catch (LlmRejectedException ex) {
            if (ex.refusesKeyOrModel()) {
                refused(ex);
            }
            throw ex;
        }
    }

    /** Holds every question back for the pause; logs the refusal once per pause, however many calls saw it. */
    private void refused(LlmRejectedException ex) {
        Refusal previous = this.refusal.getAndSet(
                new Refusal(ex.status(), System.nanoTime() + this.refusalPause.toNanos()));
        if (previous == null || !previous.inForce()) {
            log.error("The LLM server refused the key or the model: {}. Every LLM question fails at once for {} s, "
                    + "then one tries again (check the API key and the chat model)", ex.getMessage(),
                    this.refusalPause.toSeconds());
        }
    }

    /**
     * One attempt through the breaker, where a conversation's unavailability counts once: a failure of a conversation
     * whose failure was counted less than {@link #COUNTED_FOR} ago (a retry of the same question, or the same
     * conversation timing out again run after run) is recorded as neither success nor failure, so one conversation
     * cannot hold the breaker open for everyone; an outage fails many conversations and opens it as before.
     */
    private <T> Supplier<T> countedOncePerConversation(LlmRequest request, Supplier<T> attempt) {
        CircuitBreaker breaker = this.guards.breaker();
        // a question about no conversation counts every time
        String conversation = (request.conversationId() != null)
                ? request.tenantId() + "/" + request.conversationId() : null;
        return () -> {
            breaker.acquirePermission();
            long started = System.nanoTime();
            try {
                T answer = attempt.get();
                breaker.onSuccess(System.nanoTime() - started, TimeUnit.NANOSECONDS);
                if (conversation != null) {
                    this.failing.remove(conversation);
                }
                return answer;
            }
            catch (RuntimeException ex) {
                if (ex instanceof LlmUnavailableException && conversation != null && !firstFailure(conversation)) {
                    breaker.releasePermission();
                }
                else {
                    breaker.onError(System.nanoTime() - started, TimeUnit.NANOSECONDS, ex);
                }
                throw ex;
            }
        };
    }

    /** Whether this failure of the conversation is to be counted (none counted within {@link #COUNTED_FOR}). */
    private boolean firstFailure(String conversation) {
        long now = System.nanoTime();
        if (this.failing.size() > MAX_FAILING) {
            this.failing.values().removeIf(counted -> now - counted > COUNTED_FOR.toNanos());
        }
        Long counted = this.failing.get(conversation);
        if (counted != null && now - counted <= COUNTED_FOR.toNanos()) {
            return false;
        }
        this.failing.put(conversation, now);
        return true;
    }

    /** Forgets a refusal in force and the conversations whose failures were counted (for tests of this package). */
    void forget() {
        this.refusal.set(null);
        this.failing.clear();
    }

    private <T> LlmAnswer<T> guarded(LlmRequest request, Class<T> outputType) {
        Supplier<LlmAnswer<T>> attempt = () -> this.adapter.ask(request, outputType);
        attempt = Bulkhead.decorateSupplier(this.guards.bulkhead(), attempt);
        attempt = RateLimiter.decorateSupplier(this.guards.rateLimiter(), attempt);
        attempt = countedOncePerConversation(request, attempt);
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

    /** A refusal of the key or model, and until when (System.nanoTime) questions are held back. */
    private record Refusal(int status, long untilNanos) {

        boolean inForce() {
            return System.nanoTime() - this.untilNanos < 0;
        }
    }

    static Optional<Duration> retryAfter(Throwable failure) {
        return (failure instanceof LlmUnavailableException unavailable) ? unavailable.retryAfter() : Optional.empty();
    }

    private static LlmUnavailableException unavailable(LlmRequest request, String reason) {
        return new LlmUnavailableException("LLM call for prompt '" + request.prompt() + "' (tenant "
                + request.tenantId() + ") not made: " + reason, null, null);
    }
}
