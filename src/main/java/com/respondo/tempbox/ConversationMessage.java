package com.respondo.tempbox;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.jspecify.annotations.Nullable;

/**
 * One message of a conversation, as {@code ListarMensagensAtendimento}, {@code ListarMensagensAtendimentoChat} and
 * {@code ObterNovasMensagensChatSiteSse} list them; {@code MensagemAtendente} is true when an attendant wrote it
 * (the reference's int 1), false when the customer did.
 */
public record ConversationMessage(
        @JsonProperty("AtendenteHash") @Nullable String atendenteHash,
        @JsonProperty("AtendenteImagem") @Nullable String atendenteImagem,
        @JsonProperty("AtendenteMensagemTipoAtendenteTitulo") @Nullable String atendenteMensagemTipoAtendenteTitulo,
        @JsonProperty("AtendentePrimeiroNome") @Nullable String atendentePrimeiroNome,
        @JsonProperty("AtendenteTitulo") @Nullable String atendenteTitulo,
        @JsonProperty("Atendimento") @Nullable String atendimento,
        @JsonProperty("AtendimentoHash") @Nullable String atendimentoHash,
        @JsonProperty("AtendimentoMensagem") @Nullable String atendimentoMensagem,
        @JsonProperty("Autonumeracao") @Nullable Integer autonumeracao,
        @JsonProperty("AutorMensagem") @Nullable String autorMensagem,
        @JsonProperty("Cadastro") @Nullable Instant cadastro,
        @JsonProperty("Empresa") @Nullable String empresa,
        @JsonProperty("Hash") @Nullable String hash,
        @JsonProperty("Horario") @Nullable String horario,
        @JsonProperty("HorarioSegundos") @Nullable String horarioSegundos,
        @JsonProperty("Imagem") @Nullable Integer imagem,
        @JsonProperty("Mensagem") @Nullable String mensagem,
        @JsonProperty("MensagemAtendente") @Nullable Boolean mensagemAtendente,
        @JsonProperty("Momento") @Nullable String momento,
        @JsonProperty("SolicitanteCor") @Nullable String solicitanteCor,
        @JsonProperty("SolicitanteIniciais") @Nullable String solicitanteIniciais,
        @JsonProperty("SolicitanteTitulo") @Nullable String solicitanteTitulo,
        @JsonProperty("TipoAtendente") @Nullable Integer tipoAtendente) {
}
