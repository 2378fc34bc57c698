package com.respondo.tempbox;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The JSON of {@code ObterDashboard}: reads the company dashboard; null fields are left out.
 */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public record ObterDashboardRequest(@Nullable String empresa) {
}
