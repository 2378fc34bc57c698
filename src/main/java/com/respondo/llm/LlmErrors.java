package com.respondo.llm;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.jspecify.annotations.Nullable;

import com.openai.core.http.Headers;
import com.openai.errors.OpenAIInvalidDataException;
import com.openai.errors.OpenAIIoException;
import com.openai.errors.OpenAIRetryableException;
import com.openai.errors.OpenAIServiceException;

/**
 * Turns what the OpenAI SDK throws into Respondo's LLM exceptions, deciding what is retryable. The server's error
 * text is never copied: it may echo part of the API key. A 400 {@code context_length_exceeded} is about one
 * conversation's prompt, so it reads as that conversation's unusable answer (the policies then hand off at once), not
 * as a refusal of the key or the model.
 */
final class LlmErrors {

    /** OpenAI's error code for a prompt longer than the model's context window. */
    private static final String CONTEXT_LENGTH_EXCEEDED = "context_length_exceeded";

    private LlmErrors() {
    }

    static LlmException translate(RuntimeException ex, LlmRequest request) {
        String call = "LLM call for prompt '" + request.prompt() + "' (tenant " + request.tenantId() + ")";
        OpenAIServiceException service = find(ex, OpenAIServiceException.class);
        if (service != null) {
            return fromStatus(call, service);
        }
        if (find(ex, OpenAIInvalidDataException.class) != null) {
            return new LlmAnswerException(call + ": the server's answer is not a valid chat completion");
        }
        IOException io = find(ex, IOException.class);
        if (io != null) {
            return new LlmUnavailableException(call + " failed: " + describe(io), null, io);
        }
        if (find(ex, OpenAIIoException.class) != null || find(ex, OpenAIRetryableException.class) != null) {
            return new LlmUnavailableException(call + " failed: the server could not be reached", null, null);
        }
        return new LlmAnswerException(call + " failed: " + ex.getClass().getSimpleName());
    }

    private static LlmException fromStatus(String call, OpenAIServiceException ex) {
        int status = ex.statusCode();
        String detail = call + ": HTTP " + status + ex.code().map(code -> " (" + code + ")").orElse("");
        if (status == 429 || status == 408 || status == 409 || status >= 500) {
            Duration retryAfter = retryAfter(ex.headers(), Instant.now());
            return new LlmUnavailableException(
                    detail + ((retryAfter != null) ? ", retry after " + retryAfter.toMillis() + " ms" : ""),
                    retryAfter, null);
        }
        if (status == 400 && ex.code().filter(CONTEXT_LENGTH_EXCEEDED::equals).isPresent()) {
            // about this conversation's prompt, not the key or the model: its answer is unusable, nothing to retry
            return new LlmAnswerException(detail + ": the conversation does not fit the model's context");
        }
        return new LlmRejectedException(detail + ": the server refused the request", status);
    }

    /**
     * Reads the pause asked for by {@code retry-after-ms} (OpenAI) or {@code Retry-After} (seconds or an HTTP
     * date).
     */
    static @Nullable Duration retryAfter(Headers headers, Instant now) {
        String millis = first(headers.values("retry-after-ms"));
        if (millis != null) {
            try {
                return positive(Duration.ofMillis(Math.round(Double.parseDouble(millis))));
            }
            catch (NumberFormatException ignored) {
                // fall back to Retry-After
            }
        }
        String value = first(headers.values("retry-after"));
        if (value == null) {
            return null;
        }
        try {
            return positive(Duration.ofMillis(Math.round(Double.parseDouble(value) * 1000)));
        }
        catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                return positive(Duration.between(now, at));
            }
            catch (DateTimeParseException notADate) {
                return null;
            }
        }
    }

    private static Duration positive(Duration duration) {
        return duration.isNegative() ? Duration.ZERO : duration;
    }

    private static @Nullable String first(List<String> values) {
        return values.isEmpty() ? null : values.get(0).strip();
    }

    private static String describe(IOException io) {
        String message = io.getMessage();
        return io.getClass().getSimpleName() + ((message != null) ? " " + message : "");
    }

    private static <E extends Throwable> @Nullable E find(Throwable ex, Class<E> type) {
        for (Throwable current = ex; current != null; current = current.getCause()) {
            if (type.isInstance(current)) {
                return type.cast(current);
            }
            if (current.getCause() == current) {
                break;
            }
        }
        return null;
    }
}
