package com.respondo.llm;

/**
 * One model's LLM calls added up over a period.
 *
 * @param model the model that answered
 * @param calls how many calls
 * @param promptTokens their prompt tokens
 * @param completionTokens their completion tokens
 * @param cachedTokens their prompt tokens served from the provider's prompt cache
 */
public record LlmModelTotals(String model, long calls, long promptTokens, long completionTokens, long cachedTokens) {
}
