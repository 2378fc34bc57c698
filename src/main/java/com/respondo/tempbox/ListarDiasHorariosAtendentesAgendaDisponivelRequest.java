package com.respondo.tempbox;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The JSON of {@code ListarDiasHorariosAtendentesAgendaDisponivel}: lists the free agenda slots of the attendants
 * related to {@code AtendenteRelacionado}; null fields are left out.
 */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public record ListarDiasHorariosAtendentesAgendaDisponivelRequest(
        @Nullable String atendenteRelacionado,
        @Nullable String empresa) {
}
