package com.respondo.llm;

import java.time.Duration;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The model could not answer now (connection refused, timeout, HTTP 5xx, 408, 409 or 429): the one kind of LLM
 * failure worth retrying, after {@link #retryAfter()} when the server asked for a pause.
 */
public class LlmUnavailableException extends LlmException {

    private final @Nullable Duration retryAfter;

    public LlmUnavailableException(String message, @Nullable Duration retryAfter, @Nullable Throwable cause) {
        super(message, cause);
        this.retryAfter = retryAfter;
    }

    /** @return the pause the server asked for (its {@code Retry-After}), if it asked */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(this.retryAfter);
    }

    @Override
    public boolean isRetryable() {
        return true;
    }
}
