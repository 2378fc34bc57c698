package com.respondo.sandbox;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** The fields of a Salvar call that change a conversation; null means "leave as is". */
record SalvarChanges(
        @Nullable UUID atendente,
        @Nullable UUID referenteResponsavel,
        @Nullable Boolean iniciado,
        @Nullable Boolean concluido,
        @Nullable Instant inicioAtendimento,
        @Nullable Instant terminoAtendimento,
        @Nullable String titulo,
        @Nullable Integer categoria,
        @Nullable Integer plataforma,
        @Nullable Boolean privado,
        @Nullable Boolean notificavel,
        @Nullable String acessoLiberado,
        @Nullable String observacoesAdicionais,
        @Nullable String virtualHtmlConversa,
        @Nullable UUID usuarioAlteracao) {
}
