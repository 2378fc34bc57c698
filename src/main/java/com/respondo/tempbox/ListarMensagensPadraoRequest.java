package com.respondo.tempbox;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The JSON of {@code ListarMensagensPadrao}: lists the company's canned messages; null fields are left out.
 */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public record ListarMensagensPadraoRequest(@Nullable String empresa) {
}
