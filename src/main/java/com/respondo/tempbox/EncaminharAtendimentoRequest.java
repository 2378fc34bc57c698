package com.respondo.tempbox;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.jspecify.annotations.Nullable;

/**
 * The JSON of {@code EncaminharAtendimento}: forwards a conversation to an attendant; null fields are left out.
 */
public record EncaminharAtendimentoRequest(
        @JsonProperty("Atendente") @Nullable String atendente,
        @JsonProperty("Atendimento") @Nullable String atendimento,
        @JsonProperty("Empresa") @Nullable String empresa) {
}
