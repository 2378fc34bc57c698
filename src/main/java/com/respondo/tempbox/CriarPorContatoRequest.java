package com.respondo.tempbox;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.jspecify.annotations.Nullable;

/**
 * The JSON of {@code CriarPorContato}: opens a conversation for a contact on a channel; null fields are left out.
 */
public record CriarPorContatoRequest(
        @JsonProperty("Atendente") @Nullable String atendente,
        @JsonProperty("Atendimento") @Nullable String atendimento,
        @JsonProperty("CodigoReferenciaCanal") @Nullable String codigoReferenciaCanal,
        @JsonProperty("Contato") @Nullable String contato,
        @JsonProperty("Empresa") @Nullable String empresa,
        @JsonProperty("Plataforma") @Nullable Integer plataforma) {
}
