package com.respondo.tempbox;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The newest message of a conversation with the conversation's owner ({@code AtendenteResponsavel}), as {@code
 * ListarMensagensEmAberto} (one row per open conversation) and {@code ListarUltimasMensagens} list them; {@code
 * MensagemAtendente} is true when an attendant wrote it.
 * <p>
 * Only the fields Respondo reads, or that the contract tests pin, are declared; TempBox's other fields are skipped.
 */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public record LatestMessage(
        @Nullable String atendenteResponsavel,
        @Nullable String atendimento,
        @Nullable String atendimentoHash,
        @Nullable String atendimentoMensagem,
        @Nullable Instant cadastro,
        @Nullable Instant inicioAtendimentoOriginal,
        @Nullable String mensagem,
        @Nullable Boolean mensagemAtendente,
        @Nullable String solicitanteTitulo,
        @Nullable Instant terminoAtendimentoOriginal) {
}
