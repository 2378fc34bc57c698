package com.respondo.tempbox;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.jspecify.annotations.Nullable;

/**
 * The JSON of {@code ObterDashboard}: reads the company dashboard; null fields are left out.
 */
public record ObterDashboardRequest(
        @JsonProperty("Empresa") @Nullable String empresa) {
}
