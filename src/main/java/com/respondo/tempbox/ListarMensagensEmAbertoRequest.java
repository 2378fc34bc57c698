package com.respondo.tempbox;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The JSON of {@code ListarMensagensEmAberto}: pages through the newest message of each open conversation, rows
 * {@code Inicio} to {@code Termino} (1-based, inclusive); null fields are left out.
 */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public record ListarMensagensEmAbertoRequest(
        @Nullable String empresa,
        @Nullable Integer inicio,
        @Nullable Integer termino) {
}
