package com.respondo.tempbox;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * One message of a conversation, as {@code ListarMensagensAtendimento}, {@code ListarMensagensAtendimentoChat} and
 * {@code ObterNovasMensagensChatSiteSse} list them; {@code MensagemAtendente} is true when an attendant wrote it
 * (the reference's int 1), false when the customer did.
 * <p>
 * Only the fields Respondo reads, or that the contract tests pin, are declared; TempBox's other fields are skipped.
 */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public record ConversationMessage(
        @Nullable String atendenteHash,
        @Nullable String atendimentoHash,
        @Nullable String atendimentoMensagem,
        @Nullable String autorMensagem,
        @Nullable Instant cadastro,
        @Nullable String mensagem,
        @Nullable Boolean mensagemAtendente,
        @Nullable String solicitanteTitulo,
        @Nullable Integer tipoAtendente) {
}
