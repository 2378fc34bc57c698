package com.respondo.tempbox;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiFunction;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.util.DefaultUriBuilderFactory;
import org.springframework.web.util.UriBuilderFactory;

import com.respondo.tempbox.TempBoxResponses.Envelope;
import com.respondo.tempbox.TempBoxResponses.HttpResult;

import reactor.core.Exceptions;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Runs one {@link TempBoxCall}: builds the attempt as a {@link Mono} (request, timeout, decoding, one log line),
 * passes it through the {@link TempBoxCallDecorator}, and waits at most read-timeout plus the wait margin.
 * <p>
 * The request is written by hand rather than through a declared {@code @HttpExchange} interface: the tolerant
 * reading needs every answer's raw status, headers and bytes, so such an interface could only replace the URI
 * building cached here, and on the benchmark (issue 14) it was not cheaper (worker CPU per conversation 9.4 ms
 * against 8.9 ms, three alternating runs each on a loaded machine).
 */
final class TempBoxExchange {

    /** The call lines: DEBUG for successes (with the request JSON, cut), INFO for failures (without it). */
    private static final Logger log = LoggerFactory.getLogger(TempBoxClient.class);

    private static final int DEBUG_VALUE_LENGTH = 200;

    private static final byte[] NO_BYTES = {};

    private final WebClient webClient;

    private final TempBoxResponses responses;

    private final TempBoxCallDecorator decorator;

    private final String baseUrl;

    private final Duration attemptTimeout;

    private final Duration blockTimeout;

    /** Encodes the base URL and path as a URI template, once per operation ({@link #tokenPrefix}). */
    private final UriBuilderFactory uris;

    private final Map<String, String> tokenPrefixes = new ConcurrentHashMap<>();

    TempBoxExchange(WebClient webClient, TempBoxResponses responses, TempBoxCallDecorator decorator,
            TempBoxProperties properties) {
        this.webClient = webClient;
        this.responses = responses;
        this.decorator = decorator;
        this.baseUrl = WebClientTempBoxClient.baseUrl(properties);
        this.attemptTimeout = properties.connectTimeout().plus(properties.readTimeout());
        this.blockTimeout = properties.readTimeout().plus(properties.waitMargin());
        this.uris = new DefaultUriBuilderFactory(this.baseUrl);
    }

    /**
     * The call's result as {@code reader} makes it of the answer, or the call's {@link TempBoxException}. The caller
     * waits at most the block timeout, then the call is cancelled; the wait is the caller's own timed wait, not one
     * more timer on Reactor's scheduler per call (which cost CPU on every call).
     */
    <T> T execute(TempBoxCall call, @Nullable Class<?> rowType, BiFunction<HttpResult, Envelope, T> reader) {
        if (Schedulers.isInNonBlockingThread()) {
            throw new IllegalStateException("TempBox " + call.operation() + " called from the non-blocking thread "
                    + Thread.currentThread().getName());
        }
        CompletableFuture<T> future = this.decorator
            .decorate(call.operation(), call.tenant(), attempt(call, rowType, reader))
            .toFuture();
        T result;
        try {
            result = future.get(this.blockTimeout.toNanos(), TimeUnit.NANOSECONDS);
        }
        catch (TimeoutException ex) {
            future.cancel(true);
            throw new TempBoxUnavailableException(call.operation(), call.tenant().id(), "no result within "
                    + this.blockTimeout.toMillis() + " ms (timeout, protection layer included)", null);
        }
        catch (ExecutionException ex) {
            throw Exceptions.propagate((ex.getCause() != null) ? ex.getCause() : ex);
        }
        catch (InterruptedException ex) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw Exceptions.propagate(ex);
        }
        if (result == null) {
            throw new IllegalStateException("The TempBoxCallDecorator completed " + call.operation() + " empty");
        }
        return result;
    }

    private <T> Mono<T> attempt(TempBoxCall call, @Nullable Class<?> rowType,
            BiFunction<HttpResult, Envelope, T> reader) {
        return Mono.defer(() -> {
            long started = System.nanoTime();
            return this.webClient.post()
                .uri(call.uri(tokenPrefix(call.operation())))
                .exchangeToMono(response -> response.bodyToMono(byte[].class)
                    .defaultIfEmpty(NO_BYTES)
                    .map(bytes -> new HttpResult(response.statusCode().value(), response.headers().asHttpHeaders(),
                            bytes, response.headers().contentType().map(MediaType::getCharset).orElse(UTF_8))))
                // with a fallback, Reactor does not name the whole operator chain in a description on every call
                .timeout(this.attemptTimeout, Mono.error(() -> new TimeoutException("no answer within "
                        + this.attemptTimeout.toMillis() + " ms")))
                .onErrorMap(error -> !(error instanceof TempBoxException), error -> {
                    TempBoxException failure = TransportFailures.translate(call, error, this.attemptTimeout);
                    logFailure(call, "-", "-", failure, started);
                    return failure;
                })
                .map(result -> decode(call, result, rowType, reader, started));
        });
    }

    /**
     * The URI of an operation up to the token's value, as {@link DefaultUriBuilderFactory} writes the template
     * {@code base + /api/Atendimento/<operation>?token=}: the same URI as expanding the whole call's template, without
     * parsing and encoding that template again on every call.
     */
    private String tokenPrefix(String operation) {
        return this.tokenPrefixes.computeIfAbsent(operation,
                name -> this.uris.expand(TempBoxCall.tokenPrefixTemplate(name)).toString());
    }

    private <T> T decode(TempBoxCall call, HttpResult result, @Nullable Class<?> rowType,
            BiFunction<HttpResult, Envelope, T> reader, long started) {
        Envelope envelope;
        try {
            envelope = this.responses.envelope(call, result, rowType);
        }
        catch (TempBoxException ex) {
            logFailure(call, String.valueOf(result.status()), "-", ex, started);
            throw ex;
        }
        try {
            T value = reader.apply(result, envelope);
            if (log.isDebugEnabled()) {
                log.debug("TempBox {} tenant={} HTTP {} Code {} in {} ms: POST {}", call.operation(),
                        call.tenant().id(), result.status(), envelope.code(), millisSince(started),
                        call.maskedUrl(this.baseUrl, DEBUG_VALUE_LENGTH));
            }
            return value;
        }
        catch (TempBoxException ex) {
            logFailure(call, String.valueOf(result.status()), String.valueOf(envelope.code()), ex, started);
            throw ex;
        }
    }

    private void logFailure(TempBoxCall call, String status, String code, TempBoxException failure, long started) {
        log.info("TempBox {} tenant={} failed: {} {} (HTTP {} Code {}) in {} ms: POST {}", call.operation(),
                call.tenant().id(), failure.getClass().getSimpleName(), failure.summary(), status, code,
                millisSince(started), call.maskedUrl(this.baseUrl, 0));
    }

    private static long millisSince(long started) {
        return Duration.ofNanos(System.nanoTime() - started).toMillis();
    }
}
