package com.respondo.outcomes.definitions;

import java.math.BigDecimal;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The price of one model's tokens, per 1,000, in the prices' currency.
 *
 * @param input a prompt token not served from the cache
 * @param output a completion token
 * @param cached a prompt token served from the provider's cache; the input price when null
 */
public record LlmPrice(BigDecimal input, BigDecimal output, @Nullable BigDecimal cached) {

    public LlmPrice {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(output, "output");
    }

    /** The price of the tokens of some calls. */
    public BigDecimal of(ModelUsage usage) {
        long uncached = Math.max(0, usage.inputTokens() - usage.cachedTokens());
        BigDecimal cachedPrice = cached != null ? cached : input;
        return input.multiply(BigDecimal.valueOf(uncached))
            .add(cachedPrice.multiply(BigDecimal.valueOf(usage.cachedTokens())))
            .add(output.multiply(BigDecimal.valueOf(usage.outputTokens())))
            .divide(BigDecimal.valueOf(1000));
    }

    /**
     * One model's calls added up.
     *
     * @param model the model that answered
     * @param calls how many calls
     * @param inputTokens their prompt tokens, cached included
     * @param outputTokens their completion tokens
     * @param cachedTokens their prompt tokens served from the cache
     */
    public record ModelUsage(String model, long calls, long inputTokens, long outputTokens, long cachedTokens) {
    }
}
