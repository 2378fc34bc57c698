package com.respondo.outcomes.internal;

import java.math.BigDecimal;
import java.util.List;

import com.respondo.outcomes.LlmCallCosts;
import com.respondo.outcomes.OutcomeReport;
import com.respondo.outcomes.definitions.LlmCosts;
import com.respondo.outcomes.definitions.LlmPrice;

/** {@link LlmCallCosts} at the prices, currencies and exchange rates of {@code respondo.outcomes}. */
final class ConfiguredLlmCallCosts implements LlmCallCosts {

    private final OutcomesProperties properties;

    ConfiguredLlmCallCosts(OutcomesProperties properties) {
        this.properties = properties;
    }

    @Override
    public OutcomeReport.LlmCost of(String tenantId, String model, long calls, long promptTokens,
            long completionTokens, long cachedTokens) {
        OutcomesProperties.TenantSettings settings = properties.tenant(tenantId);
        String currency = settings.currency() != null ? settings.currency() : properties.priceCurrency();
        BigDecimal rate = settings.exchangeRate() != null ? settings.exchangeRate() : BigDecimal.ONE;
        return LlmCosts.of(List.of(new LlmPrice.ModelUsage(model, calls, promptTokens, completionTokens, cachedTokens)),
                properties.llmPrices(), currency, rate);
    }
}
