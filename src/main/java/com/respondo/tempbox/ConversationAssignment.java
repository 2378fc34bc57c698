package com.respondo.tempbox;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.jspecify.annotations.Nullable;

/**
 * Who owns a conversation after {@code IniciarAtendimento}, {@code PegarAtendimento} or {@code
 * EncaminharAtendimento} (one row; {@code Titulo} only from the forward, {@code Concluido} only from the take).
 */
public record ConversationAssignment(
        @JsonProperty("Atendente") @Nullable String atendente,
        @JsonProperty("Atendimento") @Nullable String atendimento,
        @JsonProperty("Concluido") @Nullable Boolean concluido,
        @JsonProperty("Empresa") @Nullable String empresa,
        @JsonProperty("Hash") @Nullable String hash,
        @JsonProperty("Iniciado") @Nullable Boolean iniciado,
        @JsonProperty("ReferenteResponsavel") @Nullable String referenteResponsavel,
        @JsonProperty("Titulo") @Nullable String titulo) {
}
