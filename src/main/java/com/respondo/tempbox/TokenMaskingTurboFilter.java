package com.respondo.tempbox;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.slf4j.Marker;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxy;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;

/**
 * The logging safety net: whatever logger writes a line (ours, Spring's, Reactor Netty's), a {@code token=VALUE}
 * in its message or in the messages of its exception chain is replaced by {@code token=***} before any appender
 * or encoder (pattern or structured JSON) sees it.
 * <p>
 * A line that needs masking is re-issued, masked, straight to the logger's appenders and the original is denied;
 * every other line goes on untouched.
 */
final class TokenMaskingTurboFilter extends TurboFilter {

    static final String NAME = "respondo-token-masking";

    TokenMaskingTurboFilter() {
        setName(NAME);
    }

    @Override
    public FilterReply decide(@Nullable Marker marker, Logger logger, Level level, @Nullable String format,
            Object @Nullable [] params, @Nullable Throwable throwable) {
        if (format == null || !level.isGreaterOrEqual(logger.getEffectiveLevel())) {
            return FilterReply.NEUTRAL;
        }
        LoggingEvent original = new LoggingEvent(Logger.FQCN, logger, level, format, throwable, params);
        String message = original.getFormattedMessage();
        Throwable error = throwableOf(original.getThrowableProxy());
        boolean maskMessage = SecretMasking.needsMasking(message);
        boolean maskError = error != null && chainNeedsMasking(error, newIdentitySet());
        if (!maskMessage && !maskError) {
            return FilterReply.NEUTRAL;
        }
        LoggingEvent masked = new LoggingEvent(Logger.FQCN, logger, level,
                maskMessage ? SecretMasking.mask(message) : message,
                maskError ? MaskedException.copyOf(error, newIdentitySet()) : error, null);
        if (marker != null) {
            masked.addMarker(marker);
        }
        logger.callAppenders(masked);
        return FilterReply.DENY;
    }

    private static @Nullable Throwable throwableOf(@Nullable IThrowableProxy proxy) {
        return (proxy instanceof ThrowableProxy throwableProxy) ? throwableProxy.getThrowable() : null;
    }

    private static boolean chainNeedsMasking(Throwable error, Set<Throwable> seen) {
        if (!seen.add(error)) {
            return false;
        }
        if (SecretMasking.needsMasking(error.getMessage())) {
            return true;
        }
        for (Throwable suppressed : error.getSuppressed()) {
            if (chainNeedsMasking(suppressed, seen)) {
                return true;
            }
        }
        return error.getCause() != null && chainNeedsMasking(error.getCause(), seen);
    }

    private static Set<Throwable> newIdentitySet() {
        return Collections.newSetFromMap(new IdentityHashMap<>());
    }

    /** A copy of a logged exception whose message (and those of its causes) had a token: same trace, masked text. */
    static final class MaskedException extends RuntimeException {

        private MaskedException(Throwable original) {
            super(original.getClass().getName() + ": " + SecretMasking.mask(original.getMessage()));
            setStackTrace(original.getStackTrace());
        }

        static Throwable copyOf(Throwable original, Set<Throwable> seen) {
            if (!seen.add(original)) {
                return new MaskedException(original);
            }
            MaskedException copy = new MaskedException(original);
            for (Throwable suppressed : original.getSuppressed()) {
                copy.addSuppressed(copyOf(suppressed, seen));
            }
            if (original.getCause() != null) {
                copy.initCause(copyOf(original.getCause(), seen));
            }
            return copy;
        }
    }
}
