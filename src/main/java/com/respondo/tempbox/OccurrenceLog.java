package com.respondo.tempbox;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.jspecify.annotations.Nullable;

/**
 * One entry of the log of server-side processing occurrences, as {@code Acompanhar} lists it. The reference types
 * {@code AlteracaoNome} and {@code CadastroNome} as datetime, but they name who changed and created the entry:
 * they are read as text, which accepts either.
 */
public record OccurrenceLog(
        @JsonProperty("Alteracao") @Nullable Instant alteracao,
        @JsonProperty("AlteracaoNome") @Nullable String alteracaoNome,
        @JsonProperty("Autonumeracao") @Nullable Integer autonumeracao,
        @JsonProperty("Cadastro") @Nullable Instant cadastro,
        @JsonProperty("CadastroNome") @Nullable String cadastroNome,
        @JsonProperty("Categoria") @Nullable Integer categoria,
        @JsonProperty("CategoriaTitulo") @Nullable String categoriaTitulo,
        @JsonProperty("CodigoStatus") @Nullable Integer codigoStatus,
        @JsonProperty("Empresa") @Nullable String empresa,
        @JsonProperty("EmpresaTitulo") @Nullable String empresaTitulo,
        @JsonProperty("LogOcorrencia") @Nullable String logOcorrencia,
        @JsonProperty("MensagemLog") @Nullable String mensagemLog,
        @JsonProperty("Nome") @Nullable String nome,
        @JsonProperty("Referente") @Nullable String referente,
        @JsonProperty("Sequencial") @Nullable Integer sequencial,
        @JsonProperty("Tabela") @Nullable String tabela) {
}
