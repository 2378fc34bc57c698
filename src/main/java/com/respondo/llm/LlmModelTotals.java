package com.respondo.llm;

/**
 * One model's LLM calls added up over a period.
 *
 * @param model the model that answered
 * @param calls how many calls
 * @param promptTokens their prompt tokens
 * @param completionTokens their completion tokens
 */
public record LlmModelTotals(String model, long calls, long promptTokens, long completionTokens) {
}
