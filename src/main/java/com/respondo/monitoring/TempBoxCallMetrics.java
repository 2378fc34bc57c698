package com.respondo.monitoring;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.respondo.tempbox.TempBoxCallDecorator;
import com.respondo.tempbox.TempBoxException;
import com.respondo.tempbox.Tenant;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * Times every TempBox call as its caller sees it (retries and protection included) in the timer
 * {@code respondo.tempbox.calls}, tagged with the tenant id, the operation, the outcome ({@code success} or
 * {@code error}) and the error's type ({@code TempBoxUnavailableException}, {@code CallNotPermittedException}...,
 * {@code none}); never with a token or a URL. It is the outermost {@link TempBoxCallDecorator}.
 */
final class TempBoxCallMetrics implements TempBoxCallDecorator {

    static final String NAME = "respondo.tempbox.calls";

    private final MeterRegistry registry;

    /** The timers by tenant, operation and error type ("none": a success), registered once each. */
    private final Map<TimerKey, Timer> timers = new ConcurrentHashMap<>();

    TempBoxCallMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public <T> Mono<T> decorate(String operation, Tenant tenant, Mono<T> call) {
        return Mono.defer(() -> {
            Timer.Sample sample = Timer.start(registry);
            return call.doOnSuccess(value -> stop(sample, operation, tenant, null))
                .doOnError(error -> stop(sample, operation, tenant, error))
                .doOnCancel(() -> stop(sample, operation, tenant, new CancelledCall()));
        });
    }

    private void stop(Timer.Sample sample, String operation, Tenant tenant, @Nullable Throwable error) {
        TimerKey key = new TimerKey(tenant.id(), operation, (error == null) ? null : errorType(error));
        sample.stop(this.timers.computeIfAbsent(key, this::register));
    }

    private Timer register(TimerKey key) {
        return Timer.builder(NAME)
            .description("TempBox calls as Respondo's steps see them, protection included")
            .tag("tenant", key.tenantId())
            .tag("operation", key.operation())
            .tag("outcome", (key.errorType() == null) ? "success" : "error")
            .tag("error", (key.errorType() == null) ? "none" : key.errorType())
            .register(this.registry);
    }

    private record TimerKey(String tenantId, String operation, @Nullable String errorType) {
    }

    private static String errorType(Throwable error) {
        Throwable cause = error;
        while (!(cause instanceof TempBoxException) && cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return ((cause instanceof TempBoxException) ? cause : error).getClass().getSimpleName();
    }

    /** A call abandoned by its subscriber (a timeout of the caller). */
    private static final class CancelledCall extends RuntimeException {

        CancelledCall() {
            super("cancelled", null, false, false);
        }
    }
}
