package com.respondo.llm;

/**
 * The LLM calls of one tenant and step added up, for the admin pages.
 *
 * @param tenantId the tenant
 * @param step the step
 * @param calls how many answers were received
 * @param promptTokens the prompt tokens, summed
 * @param completionTokens the completion tokens, summed
 * @param averageLatencyMs the mean latency in milliseconds
 */
public record LlmUsageTotals(String tenantId, String step, long calls, long promptTokens, long completionTokens,
        long averageLatencyMs) {

    /** @return prompt tokens per call, the figure provider-side prompt caching lowers */
    public double promptTokensPerCall() {
        return (this.calls != 0) ? (double) this.promptTokens / this.calls : 0;
    }
}
