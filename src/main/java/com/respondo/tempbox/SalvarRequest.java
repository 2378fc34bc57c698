package com.respondo.tempbox;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The JSON of {@code Salvar}: saves (creates or updates) a conversation record; null fields are left out, so a
 * builder names only the fields to send.
 */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public record SalvarRequest(
        @Nullable String acessoLiberado,
        @Nullable String atendente,
        @Nullable String camposAtualizados,
        @Nullable Integer categoria,
        @Nullable Boolean concluido,
        @Nullable String consultarPorCampo,
        @Nullable String empresa,
        @Nullable String hash,
        @Nullable String hashAplicado,
        @Nullable Boolean iniciado,
        @Nullable Instant inicioAtendimento,
        @Nullable String modo,
        @Nullable Boolean notificavel,
        @Nullable String observacoesAdicionais,
        @Nullable Integer plataforma,
        @Nullable Boolean privado,
        @Nullable String referenteResponsavel,
        @Nullable String referenteSolicitante,
        @Nullable Boolean retornarDataSet,
        @Nullable Instant terminoAtendimento,
        @Nullable String titulo,
        @Nullable String usuarioAlteracao,
        @Nullable String usuarioCriacao,
        @Nullable String valorConsultaPorCampo,
        @Nullable String virtualHtmlConversa) {

    /** A builder for the fields to send; the others stay null and are left out. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the fields of a {@link SalvarRequest}, each under its record component name. */
    public static final class Builder {

        private @Nullable String acessoLiberado;
        private @Nullable String atendente;
        private @Nullable String camposAtualizados;
        private @Nullable Integer categoria;
        private @Nullable Boolean concluido;
        private @Nullable String consultarPorCampo;
        private @Nullable String empresa;
        private @Nullable String hash;
        private @Nullable String hashAplicado;
        private @Nullable Boolean iniciado;
        private @Nullable Instant inicioAtendimento;
        private @Nullable String modo;
        private @Nullable Boolean notificavel;
        private @Nullable String observacoesAdicionais;
        private @Nullable Integer plataforma;
        private @Nullable Boolean privado;
        private @Nullable String referenteResponsavel;
        private @Nullable String referenteSolicitante;
        private @Nullable Boolean retornarDataSet;
        private @Nullable Instant terminoAtendimento;
        private @Nullable String titulo;
        private @Nullable String usuarioAlteracao;
        private @Nullable String usuarioCriacao;
        private @Nullable String valorConsultaPorCampo;
        private @Nullable String virtualHtmlConversa;

        private Builder() {
        }

        public Builder acessoLiberado(@Nullable String acessoLiberado) {
            this.acessoLiberado = acessoLiberado;
            return this;
        }

        public Builder atendente(@Nullable String atendente) {
            this.atendente = atendente;
            return this;
        }

        public Builder camposAtualizados(@Nullable String camposAtualizados) {
            this.camposAtualizados = camposAtualizados;
            return this;
        }

        public Builder categoria(@Nullable Integer categoria) {
            this.categoria = categoria;
            return this;
        }

        public Builder concluido(@Nullable Boolean concluido) {
            this.concluido = concluido;
            return this;
        }

        public Builder consultarPorCampo(@Nullable String consultarPorCampo) {
            this.consultarPorCampo = consultarPorCampo;
            return this;
        }

        public Builder empresa(@Nullable String empresa) {
            this.empresa = empresa;
            return this;
        }

        public Builder hash(@Nullable String hash) {
            this.hash = hash;
            return this;
        }

        public Builder hashAplicado(@Nullable String hashAplicado) {
            this.hashAplicado = hashAplicado;
            return this;
        }

        public Builder iniciado(@Nullable Boolean iniciado) {
            this.iniciado = iniciado;
            return this;
        }

        public Builder inicioAtendimento(@Nullable Instant inicioAtendimento) {
            this.inicioAtendimento = inicioAtendimento;
            return this;
        }

        public Builder modo(@Nullable String modo) {
            this.modo = modo;
            return this;
        }

        public Builder notificavel(@Nullable Boolean notificavel) {
            this.notificavel = notificavel;
            return this;
        }

        public Builder observacoesAdicionais(@Nullable String observacoesAdicionais) {
            this.observacoesAdicionais = observacoesAdicionais;
            return this;
        }

        public Builder plataforma(@Nullable Integer plataforma) {
            this.plataforma = plataforma;
            return this;
        }

        public Builder privado(@Nullable Boolean privado) {
            this.privado = privado;
            return this;
        }

        public Builder referenteResponsavel(@Nullable String referenteResponsavel) {
            this.referenteResponsavel = referenteResponsavel;
            return this;
        }

        public Builder referenteSolicitante(@Nullable String referenteSolicitante) {
            this.referenteSolicitante = referenteSolicitante;
            return this;
        }

        public Builder retornarDataSet(@Nullable Boolean retornarDataSet) {
            this.retornarDataSet = retornarDataSet;
            return this;
        }

        public Builder terminoAtendimento(@Nullable Instant terminoAtendimento) {
            this.terminoAtendimento = terminoAtendimento;
            return this;
        }

        public Builder titulo(@Nullable String titulo) {
            this.titulo = titulo;
            return this;
        }

        public Builder usuarioAlteracao(@Nullable String usuarioAlteracao) {
            this.usuarioAlteracao = usuarioAlteracao;
            return this;
        }

        public Builder usuarioCriacao(@Nullable String usuarioCriacao) {
            this.usuarioCriacao = usuarioCriacao;
            return this;
        }

        public Builder valorConsultaPorCampo(@Nullable String valorConsultaPorCampo) {
            this.valorConsultaPorCampo = valorConsultaPorCampo;
            return this;
        }

        public Builder virtualHtmlConversa(@Nullable String virtualHtmlConversa) {
            this.virtualHtmlConversa = virtualHtmlConversa;
            return this;
        }

        public SalvarRequest build() {
            return new SalvarRequest(
                    acessoLiberado, atendente, camposAtualizados, categoria, concluido, consultarPorCampo, empresa,
                    hash, hashAplicado, iniciado, inicioAtendimento, modo, notificavel, observacoesAdicionais,
                    plataforma, privado, referenteResponsavel, referenteSolicitante, retornarDataSet,
                    terminoAtendimento, titulo, usuarioAlteracao, usuarioCriacao, valorConsultaPorCampo,
                    virtualHtmlConversa);
        }
    }
}
