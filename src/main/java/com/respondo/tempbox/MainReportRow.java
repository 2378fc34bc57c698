package com.respondo.tempbox;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * One line of the main conversation report ({@code ListarRelatorioPrincipal}): display strings with their typed
 * values beside them ({@code CadastroValor}, {@code ConcluidoValor}, ...).
 * <p>
 * Only the fields Respondo reads, or that the contract tests pin, are declared; TempBox's other fields are skipped.
 */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public record MainReportRow(
        @Nullable String atendimento,
        @Nullable Instant cadastroValor,
        @Nullable String concluido,
        @Nullable Boolean concluidoValor,
        @Nullable String marcadores,
        @Nullable Instant terminoAtendimentoValor) {
}
