package com.respondo.tempbox;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The JSON of {@code ListarHashesOutrosHumanosEquipesAtendente}: lists the human attendants of the teams of {@code
 * Atendente}; null fields are left out.
 */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public record ListarHashesOutrosHumanosEquipesAtendenteRequest(@Nullable String atendente) {
}
