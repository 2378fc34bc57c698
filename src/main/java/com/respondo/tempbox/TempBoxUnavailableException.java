package com.respondo.tempbox;

import java.time.Duration;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * TempBox could not serve the call now (HTTP 5xx or 429, {@code Code} 500, timeout, connection failure): the
 * call may be tried again, no sooner than {@link #retryAfter()} when TempBox said so. A call that ended this way
 * may still have taken effect on TempBox's side.
 */
public class TempBoxUnavailableException extends TempBoxException {

    private final @Nullable Duration retryAfter;

    public TempBoxUnavailableException(String operation, String tenantId, String message,
            @Nullable Duration retryAfter) {
        super(operation, tenantId, message);
        this.retryAfter = retryAfter;
    }

    /** The wait TempBox asked for with {@code Retry-After} (HTTP 429 and 503), if any. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(this.retryAfter);
    }

    @Override
    public boolean retryable() {
        return true;
    }
}
