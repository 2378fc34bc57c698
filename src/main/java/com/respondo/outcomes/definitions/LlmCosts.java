package com.respondo.outcomes.definitions;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

import com.respondo.outcomes.OutcomeReport;

/**
 * LLM cost: each model's recorded tokens at that model's configured price per 1,000 (input, output, cached), converted
 * to the tenant's currency by its exchange rate. A model with no price costs nothing here and is named in the report.
 */
public final class LlmCosts {

    private LlmCosts() {
    }

    /**
     * The cost of the calls.
     *
     * @param prices the price of each model, by its name as the provider answers it
     * @param currency the tenant's currency
     * @param exchangeRate how many units of the tenant's currency one unit of the prices' currency is worth
     */
    public static OutcomeReport.LlmCost of(List<LlmPrice.ModelUsage> usage, Map<String, LlmPrice> prices,
            String currency, BigDecimal exchangeRate) {
        BigDecimal amount = BigDecimal.ZERO;
        for (LlmPrice.ModelUsage model : usage) {
            LlmPrice price = prices.get(model.model());
            if (price != null) {
                amount = amount.add(price.of(model));
            }
        }
        List<String> unpriced = usage.stream()
            .map(LlmPrice.ModelUsage::model)
            .filter(model -> !prices.containsKey(model))
            .distinct()
            .sorted()
            .toList();
        return new OutcomeReport.LlmCost(currency, amount.multiply(exchangeRate).setScale(4, RoundingMode.HALF_UP),
                usage.stream().mapToLong(LlmPrice.ModelUsage::calls).sum(),
                usage.stream().mapToLong(LlmPrice.ModelUsage::inputTokens).sum(),
                usage.stream().mapToLong(LlmPrice.ModelUsage::outputTokens).sum(),
                usage.stream().mapToLong(LlmPrice.ModelUsage::cachedTokens).sum(), unpriced);
    }
}
