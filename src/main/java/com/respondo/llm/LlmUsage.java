package com.respondo.llm;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What one answered LLM call cost: one row of {@code llm_usage}.
 *
 * @param tenantId the tenant
 * @param step the step that asked
 * @param conversationId the TempBox {@code Atendimento}, when there was one
 * @param prompt the prompt's name
 * @param model the model that answered
 * @param promptTokens tokens of the prompt
 * @param completionTokens tokens of the answer
 * @param latency time to the answer
 * @param createdAt when the answer arrived
 * @param cachedTokens the prompt tokens the provider served from its prompt cache (included in promptTokens)
 */
public record LlmUsage(String tenantId, String step, @Nullable String conversationId, String prompt, String model,
        int promptTokens, int completionTokens, Duration latency, Instant createdAt, int cachedTokens) {

    /** A call whose provider said nothing of its prompt cache. */
    public LlmUsage(String tenantId, String step, @Nullable String conversationId, String prompt, String model,
            int promptTokens, int completionTokens, Duration latency, Instant createdAt) {
        this(tenantId, step, conversationId, prompt, model, promptTokens, completionTokens, latency, createdAt, 0);
    }
}
