package com.respondo.tempbox;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The JSON of {@code ListarMensagensAtendimento}: lists every message of one conversation, oldest first; null
 * fields are left out.
 */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public record ListarMensagensAtendimentoRequest(
        @Nullable String atendimento,
        @Nullable String empresa) {
}
