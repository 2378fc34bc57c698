package com.respondo.tempbox;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.jspecify.annotations.Nullable;

/**
 * The JSON of {@code AgendarMensagem}: schedules {@code Mensagem} to be sent by TempBox at {@code
 * DataAgendamento}; null fields are left out.
 */
public record AgendarMensagemRequest(
        @JsonProperty("Atendente") @Nullable String atendente,
        @JsonProperty("Atendimento") @Nullable String atendimento,
        @JsonProperty("DataAgendamento") @Nullable Instant dataAgendamento,
        @JsonProperty("Empresa") @Nullable String empresa,
        @JsonProperty("Mensagem") @Nullable String mensagem) {
}
