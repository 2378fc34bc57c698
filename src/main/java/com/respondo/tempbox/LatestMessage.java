package com.respondo.tempbox;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.jspecify.annotations.Nullable;

/**
 * The newest message of a conversation with the conversation's owner ({@code AtendenteResponsavel}), as {@code
 * ListarMensagensEmAberto} (one row per open conversation) and {@code ListarUltimasMensagens} list them; {@code
 * MensagemAtendente} is true when an attendant wrote it.
 */
public record LatestMessage(
        @JsonProperty("ArquivoAnexo") @Nullable String arquivoAnexo,
        @JsonProperty("AtendenteHash") @Nullable String atendenteHash,
        @JsonProperty("AtendenteImagem") @Nullable String atendenteImagem,
        @JsonProperty("AtendenteMensagemTipoAtendenteTitulo") @Nullable String atendenteMensagemTipoAtendenteTitulo,
        @JsonProperty("AtendenteOriginalTitulo") @Nullable String atendenteOriginalTitulo,
        @JsonProperty("AtendentePrimeiroNome") @Nullable String atendentePrimeiroNome,
        @JsonProperty("AtendenteResponsavel") @Nullable String atendenteResponsavel,
        @JsonProperty("AtendenteResponsavelImagem") @Nullable String atendenteResponsavelImagem,
        @JsonProperty("AtendenteResponsavelPrimeiroNome") @Nullable String atendenteResponsavelPrimeiroNome,
        @JsonProperty("AtendenteResponsavelTitulo") @Nullable String atendenteResponsavelTitulo,
        @JsonProperty("AtendenteTitulo") @Nullable String atendenteTitulo,
        @JsonProperty("Atendimento") @Nullable String atendimento,
        @JsonProperty("AtendimentoHash") @Nullable String atendimentoHash,
        @JsonProperty("AtendimentoMensagem") @Nullable String atendimentoMensagem,
        @JsonProperty("AtendimentoOriginalHash") @Nullable String atendimentoOriginalHash,
        @JsonProperty("Autonumeracao") @Nullable Integer autonumeracao,
        @JsonProperty("AutonumeracaoEmpresa") @Nullable Integer autonumeracaoEmpresa,
        @JsonProperty("AutorMensagem") @Nullable String autorMensagem,
        @JsonProperty("Cadastro") @Nullable Instant cadastro,
        @JsonProperty("Empresa") @Nullable String empresa,
        @JsonProperty("Extensao") @Nullable String extensao,
        @JsonProperty("Hash") @Nullable String hash,
        @JsonProperty("Horario") @Nullable String horario,
        @JsonProperty("HorarioSegundos") @Nullable String horarioSegundos,
        @JsonProperty("Imagem") @Nullable Integer imagem,
        @JsonProperty("InicioAtendimentoOriginal") @Nullable Instant inicioAtendimentoOriginal,
        @JsonProperty("Mensagem") @Nullable String mensagem,
        @JsonProperty("MensagemAtendente") @Nullable Boolean mensagemAtendente,
        @JsonProperty("MensagemReticencias") @Nullable String mensagemReticencias,
        @JsonProperty("Momento") @Nullable String momento,
        @JsonProperty("PlataformaConteudo") @Nullable String plataformaConteudo,
        @JsonProperty("PlataformaTitulo") @Nullable String plataformaTitulo,
        @JsonProperty("SolicitanteCor") @Nullable String solicitanteCor,
        @JsonProperty("SolicitanteEmEspera") @Nullable Boolean solicitanteEmEspera,
        @JsonProperty("SolicitanteIniciais") @Nullable String solicitanteIniciais,
        @JsonProperty("SolicitanteTitulo") @Nullable String solicitanteTitulo,
        @JsonProperty("TerminoAtendimentoOriginal") @Nullable Instant terminoAtendimentoOriginal,
        @JsonProperty("UrlAnexo") @Nullable String urlAnexo) {
}
