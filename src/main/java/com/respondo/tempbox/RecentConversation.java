package com.respondo.tempbox;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.jspecify.annotations.Nullable;

/**
 * A recently active conversation, as {@code ListarRecentes} lists them.
 */
public record RecentConversation(
        @JsonProperty("Alteracao") @Nullable Instant alteracao,
        @JsonProperty("Atendente") @Nullable String atendente,
        @JsonProperty("AtendenteTitulo") @Nullable String atendenteTitulo,
        @JsonProperty("Atendimento") @Nullable String atendimento,
        @JsonProperty("Autonumeracao") @Nullable Integer autonumeracao,
        @JsonProperty("Cadastro") @Nullable Instant cadastro,
        @JsonProperty("Concluido") @Nullable Boolean concluido,
        @JsonProperty("ContatoTitulo") @Nullable String contatoTitulo,
        @JsonProperty("DataUltimaInteracaoAtendente") @Nullable Instant dataUltimaInteracaoAtendente,
        @JsonProperty("DataUltimaInteracaoSolicitante") @Nullable Instant dataUltimaInteracaoSolicitante,
        @JsonProperty("Email") @Nullable String email,
        @JsonProperty("Empresa") @Nullable String empresa,
        @JsonProperty("EmpresaTitulo") @Nullable String empresaTitulo,
        @JsonProperty("Iniciado") @Nullable Boolean iniciado,
        @JsonProperty("InicioAtendimento") @Nullable Instant inicioAtendimento,
        @JsonProperty("Plataforma") @Nullable Integer plataforma,
        @JsonProperty("PlataformaFormaContato") @Nullable Integer plataformaFormaContato,
        @JsonProperty("ReferenteCanal") @Nullable String referenteCanal,
        @JsonProperty("ReferenteCanalFormaContato") @Nullable String referenteCanalFormaContato,
        @JsonProperty("ReferenteSolicitante") @Nullable String referenteSolicitante,
        @JsonProperty("SolicitanteEmEspera") @Nullable Boolean solicitanteEmEspera,
        @JsonProperty("TelefoneWhatsapp") @Nullable String telefoneWhatsapp,
        @JsonProperty("TerminoAtendimento") @Nullable Instant terminoAtendimento) {
}
