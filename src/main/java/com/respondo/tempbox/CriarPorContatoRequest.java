package com.respondo.tempbox;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The JSON of {@code CriarPorContato}: opens a conversation for a contact on a channel; null fields are left out.
 */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public record CriarPorContatoRequest(
        @Nullable String atendente,
        @Nullable String atendimento,
        @Nullable String codigoReferenciaCanal,
        @Nullable String contato,
        @Nullable String empresa,
        @Nullable Integer plataforma) {
}
