package com.respondo.tempbox;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.jspecify.annotations.Nullable;

/**
 * The JSON of {@code ListarHashesOutrosAtendentesEquipesAtendente}: lists the other attendants of the teams of
 * {@code Atendente}; null fields are left out.
 */
public record ListarHashesOutrosAtendentesEquipesAtendenteRequest(
        @JsonProperty("Atendente") @Nullable String atendente) {
}
