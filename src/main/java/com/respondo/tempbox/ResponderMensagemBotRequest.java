package com.respondo.tempbox;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.jspecify.annotations.Nullable;

/**
 * The JSON of {@code ResponderMensagemBot}: asks TempBox's own bot to answer one customer message; null fields are
 * left out.
 */
public record ResponderMensagemBotRequest(
        @JsonProperty("AtendimentoMensagem") @Nullable String atendimentoMensagem) {
}
