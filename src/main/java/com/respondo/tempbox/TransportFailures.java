package com.respondo.tempbox;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.time.Duration;

import org.springframework.core.io.buffer.DataBufferLimitException;

/**
 * Turns what WebClient and Reactor Netty throw into {@link TempBoxException}s, without keeping the original as a
 * cause: its message and its Reactor traceback carry the request URL, token included.
 */
final class TransportFailures {

    private TransportFailures() {
    }

    static TempBoxException translate(TempBoxCall call, Throwable error, Duration timeout) {
        if (error instanceof TempBoxException tempBoxException) {
            return tempBoxException;
        }
        String operation = call.operation();
        String tenantId = call.tenant().id();
        if (causedBy(error, DataBufferLimitException.class)) {
            return new TempBoxResponseException(operation, tenantId, "answer larger than the client accepts",
                    "(not read)");
        }
        if (isTimeout(error)) {
            return new TempBoxUnavailableException(operation, tenantId,
                    "no answer within " + timeout.toMillis() + " ms (timeout)", null);
        }
        String what = causedBy(error, ConnectException.class) ? "connection failed"
                : causedBy(error, UnknownHostException.class) ? "unknown host" : "request failed";
        Throwable root = rootCause(error);
        return new TempBoxUnavailableException(operation, tenantId, what + " (" + root.getClass().getSimpleName()
                + ": " + SecretMasking.excerpt(root.getMessage(), call.tenant().token(), 120) + ")", null);
    }

    private static boolean isTimeout(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause.getClass().getSimpleName().contains("Timeout")) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    private static Throwable rootCause(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }
}
