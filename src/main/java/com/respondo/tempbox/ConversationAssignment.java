package com.respondo.tempbox;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * Who owns a conversation after {@code IniciarAtendimento}, {@code PegarAtendimento} or {@code
 * EncaminharAtendimento} (one row; {@code Titulo} only from the forward, {@code Concluido} only from the take).
 */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public record ConversationAssignment(
        @Nullable String atendente,
        @Nullable String atendimento,
        @Nullable Boolean concluido,
        @Nullable String empresa,
        @Nullable String hash,
        @Nullable Boolean iniciado,
        @Nullable String referenteResponsavel,
        @Nullable String titulo) {
}
