package com.respondo.tempbox;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.jspecify.annotations.Nullable;

/**
 * A canned (pre-approved) message of the company, as {@code ListarMensagensPadrao} lists them; {@code Titulo} is
 * its text.
 */
public record MensagemPadrao(
        @JsonProperty("AtendimentoMensagemPadrao") @Nullable String atendimentoMensagemPadrao,
        @JsonProperty("Hash") @Nullable String hash,
        @JsonProperty("Plataforma") @Nullable Integer plataforma,
        @JsonProperty("Titulo") @Nullable String titulo,
        @JsonProperty("TituloAbreviado") @Nullable Long tituloAbreviado) {
}
