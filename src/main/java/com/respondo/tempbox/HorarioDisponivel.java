package com.respondo.tempbox;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.jspecify.annotations.Nullable;

/**
 * A free agenda slot of an attendant, as {@code ListarDiasHorariosAtendentesAgendaDisponivel} lists them: when
 * ({@code Data}) and whose ({@code Usuario}).
 */
public record HorarioDisponivel(
        @JsonProperty("Data") @Nullable Instant data,
        @JsonProperty("Usuario") @Nullable String usuario) {
}
