package com.respondo.tempbox;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * One figure of the company dashboard ({@code ObterDashboard}): a property name and its value, both as text.
 */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public record DashboardIndicator(
        @Nullable String propriedade,
        @Nullable String valor) {
}
