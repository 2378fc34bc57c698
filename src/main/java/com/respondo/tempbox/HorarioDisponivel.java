package com.respondo.tempbox;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A free agenda slot of an attendant, as {@code ListarDiasHorariosAtendentesAgendaDisponivel} lists them: when
 * ({@code Data}) and whose ({@code Usuario}).
 */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public record HorarioDisponivel(
        @Nullable Instant data,
        @Nullable String usuario) {
}
