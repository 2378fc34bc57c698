package com.respondo.sandbox;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One message (AtendimentoMensagem) of a conversation, immutable.
 *
 * @param attendant the attendant who wrote it, or null when the customer did
 * @param author the display name of the author (AutorMensagem)
 */
record Message(UUID id, UUID hash, int autonumeracao, @Nullable UUID attendant, String author, String text,
        Instant cadastro) {

    boolean fromAttendant() {
        return attendant != null;
    }
}
