package com.respondo.tempbox;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * One entry of the log of server-side processing occurrences, as {@code Acompanhar} lists it. The reference types
 * {@code AlteracaoNome} and {@code CadastroNome} as datetime, but they name who changed and created the entry:
 * they are read as text, which accepts either.
 * <p>
 * Only the fields Respondo reads, or that the contract tests pin, are declared; TempBox's other fields are skipped.
 */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public record OccurrenceLog(
        @Nullable Instant alteracao,
        @Nullable String alteracaoNome,
        @Nullable Instant cadastro,
        @Nullable Integer codigoStatus,
        @Nullable String nome) {
}
