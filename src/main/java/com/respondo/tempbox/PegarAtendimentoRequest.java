package com.respondo.tempbox;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The JSON of {@code PegarAtendimento}: takes a conversation for an attendant, who becomes its owner; null fields
 * are left out.
 */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public record PegarAtendimentoRequest(
        @Nullable String atendente,
        @Nullable String atendimento,
        @Nullable String empresa) {
}
