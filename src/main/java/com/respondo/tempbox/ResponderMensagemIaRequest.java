package com.respondo.tempbox;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.jspecify.annotations.Nullable;

/**
 * The JSON of {@code ResponderMensagemIa}: asks TempBox's own AI to answer a conversation; null fields are left
 * out.
 */
public record ResponderMensagemIaRequest(
        @JsonProperty("Atendimento") @Nullable String atendimento,
        @JsonProperty("Empresa") @Nullable String empresa) {
}
