package com.respondo.tempbox;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.jspecify.annotations.Nullable;

/**
 * One figure of the company dashboard ({@code ObterDashboard}): a property name and its value, both as text.
 */
public record DashboardIndicator(
        @JsonProperty("Propriedade") @Nullable String propriedade,
        @JsonProperty("Valor") @Nullable String valor) {
}
