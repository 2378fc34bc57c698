package com.respondo.tempbox;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.jspecify.annotations.Nullable;

/**
 * The JSON of {@code EncerrarAtendimento}: closes a conversation; null fields are left out.
 */
public record EncerrarAtendimentoRequest(
        @JsonProperty("Atendimento") @Nullable String atendimento,
        @JsonProperty("Empresa") @Nullable String empresa) {
}
