package com.respondo.resilience;

import java.time.Duration;

import org.springframework.ai.openai.http.okhttp.OpenAiHttpClientBuilderCustomizer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

import com.respondo.llm.Llm;

import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryRegistry;

/**
 * The {@link Llm} that the steps inject ({@link Primary}): the Spring AI adapter bean {@code springAiLlm} behind the
 * {@code llm} instances of resilience4j's auto-configured registries (so they are in Micrometer).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ResilienceProperties.class)
class LlmResilienceConfiguration {

    /** How long an idle LLM connection stays open: OkHttp's own default. */
    private static final Duration IDLE_CONNECTION_KEEP_ALIVE = Duration.ofMinutes(5);

    /**
     * The LLM client keeps as many idle connections as the {@code llm} bulkhead lets questions be in flight at once.
     * OkHttp keeps 5 by default: with more questions in flight, the connections above 5 were closed after each burst
     * and opened again for the next one, a new TCP connection (and TLS handshake, on the real API) per question.
     */
    @Bean
    OpenAiHttpClientBuilderCustomizer llmIdleConnections(BulkheadRegistry bulkheads) {
        int inFlight = RequiredResilienceInstances.instance(bulkheads, "bulkhead", ResilientLlm.NAME)
            .getBulkheadConfig()
            .getMaxConcurrentCalls();
        return builder -> builder.maxIdleConnections(inFlight).keepAliveDuration(IDLE_CONNECTION_KEEP_ALIVE);
    }

    @Bean
    @Primary
    Llm resilientLlm(@Qualifier("springAiLlm") Llm adapter, CircuitBreakerRegistry breakers,
            RateLimiterRegistry rateLimiters, RetryRegistry retries, BulkheadRegistry bulkheads,
            ResilienceProperties properties) {
        String name = ResilientLlm.NAME;
        CircuitBreaker breaker = RequiredResilienceInstances.instance(breakers, "circuitbreaker", name);
        ResilienceEvents.logTransitions(breaker, "the LLM");
        Retry retry = RetryAfter.register(retries, name,
                RequiredResilienceInstances.instance(retries, "retry", name).getRetryConfig(), ResilientLlm::retryAfter);
        ResilienceEvents.logRetries(retry, failure -> String.valueOf(failure.getMessage()));
        return new ResilientLlm(adapter,
                new ResilientLlm.Guards(RequiredResilienceInstances.instance(bulkheads, "bulkhead", name),
                        RequiredResilienceInstances.instance(rateLimiters, "ratelimiter", name), breaker, retry),
                properties.llmRetryBudget(), properties.llmRefusalPause());
    }
}
