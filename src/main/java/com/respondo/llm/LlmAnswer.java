package com.respondo.llm;

import java.time.Duration;

/**
 * The model's parsed and validated answer, with what it cost.
 *
 * @param value the answer
 * @param promptTokens tokens of the prompt, as the server counted them (0 when it did not say)
 * @param completionTokens tokens of the answer, as the server counted them (0 when it did not say)
 * @param latency time from sending the request to having the answer
 * @param model the model that answered, as the server named it
 * @param cachedTokens the prompt tokens the provider served from its prompt cache (included in promptTokens)
 * @param promptVersion the prompt file's name and a short hash of its text, e.g. {@code ai-reply.st@3f9a0c21be47}
 * @param raw the model's text as it came, the configured secrets masked, at most {@link #MAX_RAW} characters
 * @param <T> the answer type
 */
public record LlmAnswer<T>(T value, int promptTokens, int completionTokens, Duration latency, String model,
        int cachedTokens, String promptVersion, String raw) {

    /** The most characters of the model's text an answer keeps for the trace. */
    public static final int MAX_RAW = 8_000;

    /** An answer whose prompt version and text nobody recorded (a stub, a test). */
    public LlmAnswer(T value, int promptTokens, int completionTokens, Duration latency, String model) {
        this(value, promptTokens, completionTokens, latency, model, 0, "", "");
    }
}
