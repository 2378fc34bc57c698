package com.respondo.tempbox;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.jspecify.annotations.Nullable;

/**
 * The JSON of {@code ListarMensagensAtendimentoChat}: lists the messages of one site-chat conversation; null
 * fields are left out.
 */
public record ListarMensagensAtendimentoChatRequest(
        @JsonProperty("Atendimento") @Nullable String atendimento,
        @JsonProperty("Empresa") @Nullable String empresa) {
}
