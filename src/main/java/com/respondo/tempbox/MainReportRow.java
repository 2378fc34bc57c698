package com.respondo.tempbox;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.jspecify.annotations.Nullable;

/**
 * One line of the main conversation report ({@code ListarRelatorioPrincipal}): display strings with their typed
 * values beside them ({@code CadastroValor}, {@code ConcluidoValor}, ...).
 */
public record MainReportRow(
        @JsonProperty("Atendente") @Nullable String atendente,
        @JsonProperty("AtendenteHash") @Nullable String atendenteHash,
        @JsonProperty("Atendimento") @Nullable String atendimento,
        @JsonProperty("AtendimentoCodigo") @Nullable String atendimentoCodigo,
        @JsonProperty("Autonumeracao") @Nullable Integer autonumeracao,
        @JsonProperty("AutonumeracaoEmpresa") @Nullable Integer autonumeracaoEmpresa,
        @JsonProperty("Cadastro") @Nullable String cadastro,
        @JsonProperty("CadastroValor") @Nullable Instant cadastroValor,
        @JsonProperty("Concluido") @Nullable String concluido,
        @JsonProperty("ConcluidoValor") @Nullable Boolean concluidoValor,
        @JsonProperty("Hash") @Nullable String hash,
        @JsonProperty("Iniciado") @Nullable String iniciado,
        @JsonProperty("IniciadoValor") @Nullable Boolean iniciadoValor,
        @JsonProperty("InicioAtendimento") @Nullable String inicioAtendimento,
        @JsonProperty("InicioAtendimentoValor") @Nullable Instant inicioAtendimentoValor,
        @JsonProperty("Marcadores") @Nullable String marcadores,
        @JsonProperty("MarcadoresHash") @Nullable String marcadoresHash,
        @JsonProperty("Plataforma") @Nullable String plataforma,
        @JsonProperty("PlataformaConteudo") @Nullable String plataformaConteudo,
        @JsonProperty("PlataformaImagem") @Nullable Integer plataformaImagem,
        @JsonProperty("PlataformaLabel") @Nullable Integer plataformaLabel,
        @JsonProperty("ReferenteResponsavel") @Nullable String referenteResponsavel,
        @JsonProperty("ReferenteResponsavelDescricao") @Nullable String referenteResponsavelDescricao,
        @JsonProperty("ReferenteResponsavelHash") @Nullable String referenteResponsavelHash,
        @JsonProperty("ReferenteResponsavelTipo") @Nullable String referenteResponsavelTipo,
        @JsonProperty("ReferenteSolicitante") @Nullable String referenteSolicitante,
        @JsonProperty("ReferenteSolicitanteEmail") @Nullable String referenteSolicitanteEmail,
        @JsonProperty("ReferenteSolicitanteHash") @Nullable String referenteSolicitanteHash,
        @JsonProperty("TerminoAtendimento") @Nullable String terminoAtendimento,
        @JsonProperty("TerminoAtendimentoValor") @Nullable Instant terminoAtendimentoValor,
        @JsonProperty("Titulo") @Nullable String titulo) {
}
