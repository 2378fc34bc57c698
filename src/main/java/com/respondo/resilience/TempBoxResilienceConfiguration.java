package com.respondo.resilience;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.respondo.tempbox.TempBoxCallDecorator;
import com.respondo.tempbox.TempBoxProperties;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.retry.RetryRegistry;

/**
 * The {@link TempBoxCallDecorator} that the TempBox client applies to every call, on the registries of resilience4j's
 * auto-configuration (so its instances are in Micrometer); the retry budget is the client's own wait for a call.
 */
@Configuration(proxyBeanMethods = false)
class TempBoxResilienceConfiguration {

    @Bean
    TempBoxCallDecorator resilientTempBoxCalls(CircuitBreakerRegistry breakers, RateLimiterRegistry rateLimiters,
            RetryRegistry retries, TempBoxProperties tempBox) {
        return new ResilientTempBoxCalls(breakers, rateLimiters, retries,
                tempBox.readTimeout().plus(tempBox.waitMargin()), tempBox.tenants());
    }
}
