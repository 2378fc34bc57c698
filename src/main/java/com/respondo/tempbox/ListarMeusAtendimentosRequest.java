package com.respondo.tempbox;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The JSON of {@code ListarMeusAtendimentos}: lists the conversations of a contact; null fields are left out.
 */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public record ListarMeusAtendimentosRequest(
        @Nullable String contato,
        @Nullable String empresa) {
}
