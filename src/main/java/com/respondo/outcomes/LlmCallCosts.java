package com.respondo.outcomes;

/**
 * What LLM calls cost at the configured per-model prices ({@code respondo.outcomes.prices}), in the tenant's currency:
 * the same pricing as the outcome reports' LLM cost, for one decision's call in the conversation trace.
 */
public interface LlmCallCosts {

    /**
     * The cost of some calls of one model for a tenant; a model without a price costs 0 and is named in
     * {@link OutcomeReport.LlmCost#unpricedModels()}.
     *
     * @param tenantId the tenant, whose currency and exchange rate apply
     * @param model the model that answered, as the provider named it
     * @param calls how many calls
     * @param promptTokens their prompt tokens, cached included
     * @param completionTokens their completion tokens
     * @param cachedTokens their prompt tokens served from the provider's cache
     */
    OutcomeReport.LlmCost of(String tenantId, String model, long calls, long promptTokens, long completionTokens,
            long cachedTokens);
}
