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
 * @param <T> the answer type
 */
public record LlmAnswer<T>(T value, int promptTokens, int completionTokens, Duration latency, String model) {
}
