package com.respondo.tempbox;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The JSON of {@code AgendarMensagem}: schedules {@code Mensagem} to be sent by TempBox at {@code
 * DataAgendamento}; null fields are left out.
 */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public record AgendarMensagemRequest(
        @Nullable String atendente,
        @Nullable String atendimento,
        @Nullable Instant dataAgendamento,
        @Nullable String empresa,
        @Nullable String mensagem) {
}
