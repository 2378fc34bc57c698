package com.respondo.tempbox;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.jspecify.annotations.Nullable;

/**
 * One conversation as the inbox lists show it ({@code ListarEmAberto}, {@code ListarMeusAtendimentos}): the
 * customer, the owner, the channel and the newest message; the reference types its dates here as display strings.
 * {@code Concluido} comes only from {@code ListarMeusAtendimentos}, {@code DiaMesHora} only from {@code
 * ListarEmAberto}.
 */
public record AtendimentoEmAberto(
        @JsonProperty("AtendenteHash") @Nullable String atendenteHash,
        @JsonProperty("AtendenteImagem") @Nullable String atendenteImagem,
        @JsonProperty("AtendentePrimeiroNome") @Nullable String atendentePrimeiroNome,
        @JsonProperty("AtendenteTitulo") @Nullable String atendenteTitulo,
        @JsonProperty("Atendimento") @Nullable String atendimento,
        @JsonProperty("AtendimentoMensagem") @Nullable String atendimentoMensagem,
        @JsonProperty("Autonumeracao") @Nullable Integer autonumeracao,
        @JsonProperty("AutonumeracaoEmpresa") @Nullable Integer autonumeracaoEmpresa,
        @JsonProperty("Cadastro") @Nullable String cadastro,
        @JsonProperty("ChatInterno") @Nullable Boolean chatInterno,
        @JsonProperty("Cidade") @Nullable String cidade,
        @JsonProperty("Cliente") @Nullable String cliente,
        @JsonProperty("Concluido") @Nullable Boolean concluido,
        @JsonProperty("DiaMesHora") @Nullable String diaMesHora,
        @JsonProperty("Empresa") @Nullable String empresa,
        @JsonProperty("EquipesAtendentes") @Nullable String equipesAtendentes,
        @JsonProperty("Hash") @Nullable String hash,
        @JsonProperty("Horario") @Nullable String horario,
        @JsonProperty("Imagem") @Nullable String imagem,
        @JsonProperty("Iniciado") @Nullable Boolean iniciado,
        @JsonProperty("InicioAtendimento") @Nullable String inicioAtendimento,
        @JsonProperty("Mensagem") @Nullable String mensagem,
        @JsonProperty("Momento") @Nullable String momento,
        @JsonProperty("NaoLidas") @Nullable Integer naoLidas,
        @JsonProperty("Plataforma") @Nullable Integer plataforma,
        @JsonProperty("PlataformaFormaContato") @Nullable Integer plataformaFormaContato,
        @JsonProperty("PlataformaFormaContatoTitulo") @Nullable String plataformaFormaContatoTitulo,
        @JsonProperty("PlataformaTitulo") @Nullable String plataformaTitulo,
        @JsonProperty("QtdAtendimentos") @Nullable Integer qtdAtendimentos,
        @JsonProperty("ReferenteCanal") @Nullable String referenteCanal,
        @JsonProperty("ReferenteCanalFormaContato") @Nullable String referenteCanalFormaContato,
        @JsonProperty("ReferenteSolicitante") @Nullable String referenteSolicitante,
        @JsonProperty("ReferenteSolicitanteHash") @Nullable String referenteSolicitanteHash,
        @JsonProperty("SolicitanteCor") @Nullable String solicitanteCor,
        @JsonProperty("SolicitanteEmail") @Nullable String solicitanteEmail,
        @JsonProperty("SolicitanteEmpresa") @Nullable String solicitanteEmpresa,
        @JsonProperty("SolicitanteIniciais") @Nullable String solicitanteIniciais,
        @JsonProperty("SolicitanteLocalizacao") @Nullable String solicitanteLocalizacao,
        @JsonProperty("SolicitanteTelefone") @Nullable String solicitanteTelefone,
        @JsonProperty("SolicitanteTitulo") @Nullable String solicitanteTitulo,
        @JsonProperty("SolicitanteWhatsapp") @Nullable String solicitanteWhatsapp,
        @JsonProperty("TagCliente") @Nullable String tagCliente,
        @JsonProperty("TagNovo") @Nullable Boolean tagNovo) {
}
