package com.respondo.tempbox;

import reactor.core.publisher.Mono;

/**
 * The hook of the protection layer: every TempBox call is built as a {@link Mono} and passed through the
 * application's decorator beans (retry, circuit breaker, rate limiter per tenant; metrics) before the client
 * blocks on it; several beans nest in their {@code @Order}, the first outermost (the call timer of
 * {@code monitoring} is first, so it sees what callers see). Without such a bean the call runs as it is. Errors
 * reaching the protection decorator are {@link TempBoxException}s, whose
 * {@link TempBoxException#retryable()} says which ones may be retried; errors the decorator raises itself (an open
 * circuit breaker, a refused permit) reach the caller unchanged. The client waits for the decorated call at most
 * {@code read-timeout + wait-margin}, so retries and their back-off must fit in that budget.
 */
@FunctionalInterface
public interface TempBoxCallDecorator {

    /**
     * The call to run instead of {@code call}.
     * @param operation the TempBox operation, as the reference spells it
     * @param tenant the tenant the call is made for
     * @param call one attempt of the call, which runs anew on each subscription
     */
    <T> Mono<T> decorate(String operation, Tenant tenant, Mono<T> call);

    /** The decorator that leaves every call as it is. */
    static TempBoxCallDecorator identity() {
        return new TempBoxCallDecorator() {

            @Override
            public <T> Mono<T> decorate(String operation, Tenant tenant, Mono<T> call) {
                return call;
            }
        };
    }
}
