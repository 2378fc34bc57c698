package com.respondo.tempbox;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The JSON of {@code ResponderMensagemIa}: asks TempBox's own AI to answer a conversation; null fields are left
 * out.
 */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public record ResponderMensagemIaRequest(
        @Nullable String atendimento,
        @Nullable String empresa) {
}
