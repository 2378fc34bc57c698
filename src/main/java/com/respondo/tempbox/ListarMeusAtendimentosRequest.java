package com.respondo.tempbox;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.jspecify.annotations.Nullable;

/**
 * The JSON of {@code ListarMeusAtendimentos}: lists the conversations of a contact; null fields are left out.
 */
public record ListarMeusAtendimentosRequest(
        @JsonProperty("Contato") @Nullable String contato,
        @JsonProperty("Empresa") @Nullable String empresa) {
}
