package com.respondo.tempbox;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.jspecify.annotations.Nullable;

/**
 * The JSON of {@code ListarHashesOutrosHumanosEquipesAtendente}: lists the human attendants of the teams of {@code
 * Atendente}; null fields are left out.
 */
public record ListarHashesOutrosHumanosEquipesAtendenteRequest(
        @JsonProperty("Atendente") @Nullable String atendente) {
}
