package com.respondo.replies.policy;

import java.time.Instant;
import java.util.Objects;

/**
 * A free agenda slot of an attendant (one row of {@code ListarDiasHorariosAtendentesAgendaDisponivel}).
 *
 * @param at when the slot starts ({@code Data})
 * @param attendantId the attendant whose agenda it is ({@code Usuario})
 */
public record AgendaSlot(Instant at, String attendantId) {

    public AgendaSlot {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(attendantId, "attendantId");
    }
}
