package com.respondo.tempbox;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A canned (pre-approved) message of the company, as {@code ListarMensagensPadrao} lists them; {@code Titulo} is
 * its text.
 */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public record MensagemPadrao(
        @Nullable String atendimentoMensagemPadrao,
        @Nullable String hash,
        @Nullable Integer plataforma,
        @Nullable String titulo,
        @Nullable Long tituloAbreviado) {
}
