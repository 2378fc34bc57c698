/**
 * The one retry layer of Respondo: resilience4j around the TempBox client (per tenant a rate limiter, a circuit
 * breaker and a retry of the operations that are safe to repeat) and around the LLM port (retry, circuit breaker,
 * rate limiter, bulkhead), all declared in {@code application.yml} under {@code resilience4j.*}; an open breaker or
 * a refused permit becomes the dependency's own retryable exception, so the steps end quickly and recover by
 * themselves on a later run.
 */
@org.jspecify.annotations.NullMarked
package com.respondo.resilience;
