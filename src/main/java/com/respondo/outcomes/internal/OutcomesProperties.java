package com.respondo.outcomes.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.hibernate.validator.constraints.time.DurationMin;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import com.respondo.outcomes.definitions.LlmPrice;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * The settings of the outcomes ({@code respondo.outcomes}).
 *
 * @param maxPeriod the longest period one report covers (default 31 days)
 * @param maxConversations the most conversations one report reads from TempBox, the most recently touched first
 *     (default 500; two TempBox calls each)
 * @param recentConversations how many conversations {@code ListarRecentes} is asked for, for their closing times
 *     (default 500)
 * @param priceCurrency the currency the prices are in (ISO 4217, default USD)
 * @param prices the price per 1,000 tokens of each model, by its name as the provider answers it (a name with dots
 *     goes in brackets: {@code "[gpt-4.1-mini]"})
 * @param tenants per tenant: its currency, exchange rate and whether it asks the satisfaction question
 * @param openConversationTtl how long what TempBox returned about an open conversation is reused (default 2 minutes)
 * @param closedConversationTtl how long what TempBox returned about a closed conversation is reused, unless the ledger
 *     records a newer action on it (a reopening) first (default 12 hours)
 * @param cachedConversations how many conversations' TempBox reads are kept, the least recently used dropped first
 *     (default 5000)
 */
@Validated
@ConfigurationProperties("respondo.outcomes")
public record OutcomesProperties(@DefaultValue("31d") @NotNull @DurationMin(hours = 1) Duration maxPeriod,
        @DefaultValue("500") @Min(1) @Max(5000) int maxConversations,
        @DefaultValue("500") @Min(1) @Max(5000) int recentConversations,
        @DefaultValue("USD") @Pattern(regexp = CURRENCY, message = "must be an ISO 4217 code such as BRL")
        String priceCurrency,
        @Nullable Map<String, @Valid Price> prices,
        @Nullable Map<String, @Valid TenantSettings> tenants,
        @DefaultValue("2m") @NotNull Duration openConversationTtl,
        @DefaultValue("12h") @NotNull Duration closedConversationTtl,
        @DefaultValue("5000") @Min(0) @Max(100000) int cachedConversations) {

    static final String CURRENCY = "[A-Z]{3}";

    public OutcomesProperties {
        prices = prices != null ? Map.copyOf(prices) : Map.of();
        tenants = tenants != null ? Map.copyOf(tenants) : Map.of();
    }

    /** The tenant's settings: its own, or the prices' currency at rate 1 and no satisfaction question. */
    TenantSettings tenant(String tenantId) {
        TenantSettings settings = tenants.get(tenantId);
        return settings != null ? settings : new TenantSettings(null, null, false);
    }

    /** The prices as the definitions take them. */
    Map<String, LlmPrice> llmPrices() {
        Map<String, LlmPrice> byModel = new HashMap<>();
        prices.forEach((model, price) -> byModel.put(model,
                new LlmPrice(price.inputPer1k(), price.outputPer1k(), price.cachedPer1k())));
        return byModel;
    }

    /**
     * A model's price per 1,000 tokens, in {@code price-currency}.
     *
     * @param inputPer1k a prompt token
     * @param outputPer1k a completion token
     * @param cachedPer1k a prompt token served from the provider's cache; the input price when not given
     */
    public record Price(@NotNull @DecimalMin("0") BigDecimal inputPer1k,
            @NotNull @DecimalMin("0") BigDecimal outputPer1k, @Nullable @DecimalMin("0") BigDecimal cachedPer1k) {
    }

    /**
     * What the outcomes know of one tenant.
     *
     * @param currency the tenant's currency (ISO 4217); {@code price-currency} when not given
     * @param exchangeRate units of the tenant's currency per unit of {@code price-currency}; 1 when not given
     * @param satisfactionQuestion whether the bot's farewell asks "De 1 a 5, como foi o atendimento?" (off by
     *     default)
     */
    public record TenantSettings(
            @Nullable @Pattern(regexp = CURRENCY, message = "must be an ISO 4217 code such as BRL") String currency,
            @Nullable @DecimalMin(value = "0", inclusive = false) BigDecimal exchangeRate,
            boolean satisfactionQuestion) {
    }
}
