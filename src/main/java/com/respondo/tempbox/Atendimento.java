package com.respondo.tempbox;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.jspecify.annotations.Nullable;

/**
 * A conversation record as {@code Consultar} (by {@code Hash}), {@code Listar} and {@code Salvar} return it: its
 * owner ({@code Atendente}), state ({@code Iniciado}, {@code Concluido}), customer and channel; {@code Listar}
 * fills only part of it.
 */
public record Atendimento(
        @JsonProperty("AcessoLiberado") @Nullable String acessoLiberado,
        @JsonProperty("Alteracao") @Nullable Instant alteracao,
        @JsonProperty("Atendente") @Nullable String atendente,
        @JsonProperty("AtendenteDescricao") @Nullable String atendenteDescricao,
        @JsonProperty("Autonumeracao") @Nullable Integer autonumeracao,
        @JsonProperty("AutonumeracaoEmpresa") @Nullable Integer autonumeracaoEmpresa,
        @JsonProperty("Cadastro") @Nullable Instant cadastro,
        @JsonProperty("Categoria") @Nullable Integer categoria,
        @JsonProperty("Concluido") @Nullable Boolean concluido,
        @JsonProperty("DataUltimaInteracaoAtendente") @Nullable Instant dataUltimaInteracaoAtendente,
        @JsonProperty("DataUltimaInteracaoSolicitante") @Nullable Instant dataUltimaInteracaoSolicitante,
        @JsonProperty("DefinirObrigatoriamenteAtendenteHumano") @Nullable Boolean definirObrigatoriamenteAtendenteHumano,
        @JsonProperty("Empresa") @Nullable String empresa,
        @JsonProperty("Hash") @Nullable String hash,
        @JsonProperty("Iniciado") @Nullable Boolean iniciado,
        @JsonProperty("InicioAtendimento") @Nullable Instant inicioAtendimento,
        @JsonProperty("Notificavel") @Nullable Boolean notificavel,
        @JsonProperty("ObservacoesAdicionais") @Nullable String observacoesAdicionais,
        @JsonProperty("Plataforma") @Nullable Integer plataforma,
        @JsonProperty("PlataformaFormaContato") @Nullable Integer plataformaFormaContato,
        @JsonProperty("Privado") @Nullable Boolean privado,
        @JsonProperty("ReferenteCanal") @Nullable String referenteCanal,
        @JsonProperty("ReferenteCanalFormaContato") @Nullable String referenteCanalFormaContato,
        @JsonProperty("ReferenteResponsavel") @Nullable String referenteResponsavel,
        @JsonProperty("ReferenteResponsavelDescricao") @Nullable String referenteResponsavelDescricao,
        @JsonProperty("ReferenteSolicitante") @Nullable String referenteSolicitante,
        @JsonProperty("ReferenteSolicitanteDescricao") @Nullable String referenteSolicitanteDescricao,
        @JsonProperty("SolicitanteEmEspera") @Nullable Boolean solicitanteEmEspera,
        @JsonProperty("TerminoAtendimento") @Nullable Instant terminoAtendimento,
        @JsonProperty("Titulo") @Nullable String titulo,
        @JsonProperty("UsuarioAlteracao") @Nullable String usuarioAlteracao,
        @JsonProperty("UsuarioAlteracaoDescricao") @Nullable String usuarioAlteracaoDescricao,
        @JsonProperty("UsuarioAlteracaoEmail") @Nullable String usuarioAlteracaoEmail,
        @JsonProperty("UsuarioCriacao") @Nullable String usuarioCriacao,
        @JsonProperty("UsuarioCriacaoDescricao") @Nullable String usuarioCriacaoDescricao,
        @JsonProperty("UsuarioCriacaoEmail") @Nullable String usuarioCriacaoEmail,
        @JsonProperty("VirtualHtmlConversa") @Nullable String virtualHtmlConversa) {
}
