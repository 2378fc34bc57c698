package com.respondo.tempbox;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The JSON of {@code EncaminharAtendimento}: forwards a conversation to an attendant; null fields are left out.
 */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public record EncaminharAtendimentoRequest(
        @Nullable String atendente,
        @Nullable String atendimento,
        @Nullable String empresa) {
}
