package com.respondo.tempbox;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The JSON of {@code ListarMensagensAtendimentoChat}: lists the messages of one site-chat conversation; null
 * fields are left out.
 */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public record ListarMensagensAtendimentoChatRequest(
        @Nullable String atendimento,
        @Nullable String empresa) {
}
