package com.respondo.tempbox;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.jspecify.annotations.Nullable;

/**
 * The JSON of {@code ObterNovasMensagensChatSiteSse}: pages through new site-chat messages, rows {@code Inicio} to
 * {@code Termino}; null fields are left out.
 */
public record ObterNovasMensagensChatSiteSseRequest(
        @JsonProperty("Inicio") @Nullable Integer inicio,
        @JsonProperty("Termino") @Nullable Integer termino) {
}
