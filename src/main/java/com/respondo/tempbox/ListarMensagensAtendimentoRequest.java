package com.respondo.tempbox;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.jspecify.annotations.Nullable;

/**
 * The JSON of {@code ListarMensagensAtendimento}: lists every message of one conversation, oldest first; null
 * fields are left out.
 */
public record ListarMensagensAtendimentoRequest(
        @JsonProperty("Atendimento") @Nullable String atendimento,
        @JsonProperty("Empresa") @Nullable String empresa) {
}
