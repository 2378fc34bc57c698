package com.respondo.tempbox;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * One conversation as the inbox lists show it ({@code ListarEmAberto}, {@code ListarMeusAtendimentos}): the
 * customer, the owner, the channel and the newest message; the reference types its dates here as display strings.
 * {@code Concluido} comes only from {@code ListarMeusAtendimentos}, {@code DiaMesHora} only from {@code
 * ListarEmAberto}.
 * <p>
 * Only the fields Respondo reads, or that the contract tests pin, are declared; TempBox's other fields are skipped.
 */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public record AtendimentoEmAberto(
        @Nullable String atendenteHash,
        @Nullable String atendimento,
        @Nullable Integer autonumeracao,
        @Nullable String cadastro,
        @Nullable Boolean concluido,
        @Nullable Boolean iniciado,
        @Nullable String mensagem,
        @Nullable Integer naoLidas,
        @Nullable Integer plataforma,
        @Nullable Integer qtdAtendimentos,
        @Nullable String solicitanteTitulo) {
}
