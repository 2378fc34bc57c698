package com.respondo.resilience;

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

    @Bean
    @Primary
    Llm resilientLlm(@Qualifier("springAiLlm") Llm adapter, CircuitBreakerRegistry breakers,
            RateLimiterRegistry rateLimiters, RetryRegistry retries, BulkheadRegistry bulkheads,
            ResilienceProperties properties) {
        String name = ResilientLlm.NAME;
        CircuitBreaker breaker = Declared.instance(breakers, "circuitbreaker", name);
        ResilienceEvents.logTransitions(breaker, "the LLM");
        Retry retry = RetryAfter.register(retries, name, Declared.instance(retries, "retry", name).getRetryConfig(),
                ResilientLlm::retryAfter);
        ResilienceEvents.logRetries(retry, failure -> String.valueOf(failure.getMessage()));
        return new ResilientLlm(adapter, new ResilientLlm.Guards(Declared.instance(bulkheads, "bulkhead", name),
                Declared.instance(rateLimiters, "ratelimiter", name), breaker, retry), properties.llmRetryBudget());
    }
}
