package com.respondo.sandbox;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A server-side processing occurrence of a company, listed by Acompanhar. */
record Occurrence(UUID id, int autonumeracao, Instant cadastro, String nome, String mensagem, @Nullable UUID referente,
        int categoria, String categoriaTitulo) {
}
