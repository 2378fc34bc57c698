package com.respondo.logging;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

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
 * Applies the {@link LogMasks} to every line that a logger is about to write: to its formatted message and to the
 * messages of its exception chain. A line that needs masking is re-issued, masked, straight to the logger's appenders
 * and the original is denied; every other line goes on untouched.
 */
final class LogMaskingTurboFilter extends TurboFilter {

    static final String NAME = "respondo-log-masking";

    /**
     * The masks in force, for the whole JVM as Logback's context is: Spring Boot resets Logback (and so replaces this
     * filter) whenever an application starts, and the secrets of an application started before must stay masked.
     */
    private static final AtomicReference<LogMasks> MASKS = new AtomicReference<>(LogMasks.DEFAULT);

    LogMaskingTurboFilter() {
        setName(NAME);
    }

    static LogMasks masks() {
        return MASKS.get();
    }

    static void masks(LogMasks masks) {
        MASKS.set(masks);
    }

    static void update(UnaryOperator<LogMasks> change) {
        MASKS.updateAndGet(change);
    }

    @Override
    public FilterReply decide(@Nullable Marker marker, Logger logger, Level level, @Nullable String format,
            Object @Nullable [] params, @Nullable Throwable throwable) {
        if (format == null || !level.isGreaterOrEqual(logger.getEffectiveLevel())) {
            return FilterReply.NEUTRAL;
        }
        LogMasks current = MASKS.get();
        LoggingEvent original = new LoggingEvent(Logger.FQCN, logger, level, format, throwable, params);
        String message = original.getFormattedMessage();
        String maskedMessage = current.apply(message);
        Throwable error = throwableOf(original.getThrowableProxy());
        boolean maskMessage = !Objects.equals(message, maskedMessage);
        boolean maskError = error != null && chainNeedsMasking(error, current, newIdentitySet());
        if (!maskMessage && !maskError) {
            return FilterReply.NEUTRAL;
        }
        LoggingEvent masked = new LoggingEvent(Logger.FQCN, logger, level, maskedMessage,
                maskError ? MaskedException.copyOf(error, current, newIdentitySet()) : error, null);
        if (marker != null) {
            masked.addMarker(marker);
        }
        logger.callAppenders(masked);
        return FilterReply.DENY;
    }

    private static @Nullable Throwable throwableOf(@Nullable IThrowableProxy proxy) {
        return (proxy instanceof ThrowableProxy throwableProxy) ? throwableProxy.getThrowable() : null;
    }

    private static boolean chainNeedsMasking(Throwable error, LogMasks masks, Set<Throwable> seen) {
        if (!seen.add(error)) {
            return false;
        }
        if (!Objects.equals(error.getMessage(), masks.apply(error.getMessage()))) {
            return true;
        }
        for (Throwable suppressed : error.getSuppressed()) {
            if (chainNeedsMasking(suppressed, masks, seen)) {
                return true;
            }
        }
        return error.getCause() != null && chainNeedsMasking(error.getCause(), masks, seen);
    }

    private static Set<Throwable> newIdentitySet() {
        return Collections.newSetFromMap(new IdentityHashMap<>());
    }

    /** A copy of a logged exception whose messages (its causes' too) needed masking: same trace, masked text. */
    static final class MaskedException extends RuntimeException {

        private MaskedException(Throwable original, LogMasks masks) {
            super(original.getClass().getName() + ": " + masks.apply(original.getMessage()));
            setStackTrace(original.getStackTrace());
        }

        static Throwable copyOf(Throwable original, LogMasks masks, Set<Throwable> seen) {
            if (!seen.add(original)) {
                return new MaskedException(original, masks);
            }
            MaskedException copy = new MaskedException(original, masks);
            for (Throwable suppressed : original.getSuppressed()) {
                copy.addSuppressed(copyOf(suppressed, masks, seen));
            }
            if (original.getCause() != null) {
                copy.initCause(copyOf(original.getCause(), masks, seen));
            }
            return copy;
        }
    }
}
