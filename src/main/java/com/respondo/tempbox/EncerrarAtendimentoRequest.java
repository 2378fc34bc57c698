package com.respondo.tempbox;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The JSON of {@code EncerrarAtendimento}: closes a conversation; null fields are left out.
 */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public record EncerrarAtendimentoRequest(
        @Nullable String atendimento,
        @Nullable String empresa) {
}
