package com.respondo.llm;

/**
 * A question to the model that produced no usable answer; the subclass tells whether asking again may help.
 * Messages never contain a secret or the customer's text.
 */
public abstract class LlmException extends RuntimeException {

    protected LlmException(String message, @org.jspecify.annotations.Nullable Throwable cause) {
        super(message, cause);
    }

    /** @return whether the same question may succeed later (connection, timeout, overload) */
    public abstract boolean isRetryable();
}
