package com.respondo.outcomes.definitions;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.respondo.outcomes.OutcomeReport;

import static org.assertj.core.api.Assertions.assertThat;

class LlmCostsTests {

    @Test
    void pricesEachModelsTokensPerThousandAndConvertsToTheTenantsCurrency() {
        Map<String, LlmPrice> prices = Map.of("gpt-4o-mini",
                new LlmPrice(new BigDecimal("0.00015"), new BigDecimal("0.0006"), new BigDecimal("0.000075")));
        List<LlmPrice.ModelUsage> usage = List.of(new LlmPrice.ModelUsage("gpt-4o-mini", 10, 100_000, 20_000, 40_000),
                new LlmPrice.ModelUsage("local-llama", 3, 9_000, 1_000, 0));

        OutcomeReport.LlmCost cost = LlmCosts.of(usage, prices, "BRL", new BigDecimal("5.5"));

        // (60,000 x 0.00015 + 40,000 x 0.000075 + 20,000 x 0.0006) / 1000 = 0.024 USD, x 5.5 = 0.132 BRL
        assertThat(cost.amount()).isEqualByComparingTo("0.132");
        assertThat(cost.currency()).isEqualTo("BRL");
        assertThat(cost.calls()).isEqualTo(13);
        assertThat(cost.inputTokens()).isEqualTo(109_000);
        assertThat(cost.outputTokens()).isEqualTo(21_000);
        assertThat(cost.cachedTokens()).isEqualTo(40_000);
        assertThat(cost.unpricedModels()).containsExactly("local-llama");
    }

    @Test
    void cachedTokensCostTheInputPriceWhenNoCachedPriceIsGiven() {
        LlmPrice price = new LlmPrice(new BigDecimal("1"), new BigDecimal("2"), null);

        assertThat(price.of(new LlmPrice.ModelUsage("m", 1, 1000, 500, 400))).isEqualByComparingTo("2");
    }
}
