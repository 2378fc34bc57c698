package com.respondo.tempbox;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The JSON of {@code ResponderMensagemBot}: asks TempBox's own bot to answer one customer message; null fields are
 * left out.
 */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public record ResponderMensagemBotRequest(@Nullable String atendimentoMensagem) {
}
