package com.respondo.tempbox;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.jspecify.annotations.Nullable;

/**
 * The JSON of {@code ListarMensagensEmAberto}: pages through the newest message of each open conversation, rows
 * {@code Inicio} to {@code Termino} (1-based, inclusive); null fields are left out.
 */
public record ListarMensagensEmAbertoRequest(
        @JsonProperty("Empresa") @Nullable String empresa,
        @JsonProperty("Inicio") @Nullable Integer inicio,
        @JsonProperty("Termino") @Nullable Integer termino) {
}
