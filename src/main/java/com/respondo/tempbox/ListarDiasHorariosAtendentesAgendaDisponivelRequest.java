package com.respondo.tempbox;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.jspecify.annotations.Nullable;

/**
 * The JSON of {@code ListarDiasHorariosAtendentesAgendaDisponivel}: lists the free agenda slots of the attendants
 * related to {@code AtendenteRelacionado}; null fields are left out.
 */
public record ListarDiasHorariosAtendentesAgendaDisponivelRequest(
        @JsonProperty("AtendenteRelacionado") @Nullable String atendenteRelacionado,
        @JsonProperty("Empresa") @Nullable String empresa) {
}
