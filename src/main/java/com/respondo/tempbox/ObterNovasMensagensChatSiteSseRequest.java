package com.respondo.tempbox;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The JSON of {@code ObterNovasMensagensChatSiteSse}: pages through new site-chat messages, rows {@code Inicio} to
 * {@code Termino}; null fields are left out.
 */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public record ObterNovasMensagensChatSiteSseRequest(
        @Nullable Integer inicio,
        @Nullable Integer termino) {
}
