package com.respondo.tempbox;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A conversation record as {@code Consultar} (by {@code Hash}), {@code Listar} and {@code Salvar} return it: its
 * owner ({@code Atendente}), state ({@code Iniciado}, {@code Concluido}), customer and channel, and its numbers
 * ({@code Autonumeracao}, {@code AutonumeracaoEmpresa}: the latter is the protocol number the company's people and
 * customers quote); {@code Listar} fills only part of it.
 * <p>
 * Only the fields Respondo reads, or that the contract tests pin, are declared; TempBox's other fields are skipped.
 */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public record Atendimento(
        @Nullable Instant alteracao,
        @Nullable String atendente,
        @Nullable Integer autonumeracao,
        @Nullable Integer autonumeracaoEmpresa,
        @Nullable Instant cadastro,
        @Nullable Boolean concluido,
        @Nullable String hash,
        @Nullable Boolean iniciado,
        @Nullable String observacoesAdicionais,
        @Nullable Integer plataforma,
        @Nullable String referenteSolicitante,
        @Nullable String referenteSolicitanteDescricao,
        @Nullable Instant terminoAtendimento) {

    /** The conversation's protocol number: {@code AutonumeracaoEmpresa}, else {@code Autonumeracao}; null when neither. */
    public @Nullable String protocol() {
        Integer number = (autonumeracaoEmpresa != null) ? autonumeracaoEmpresa : autonumeracao;
        return (number != null) ? number.toString() : null;
    }
}
