package com.respondo.sandbox;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** An immutable copy of a conversation's state at one moment, from which the operations build their rows. */
record ConversationView(
        UUID id,
        UUID hash,
        int autonumeracao,
        int autonumeracaoEmpresa,
        UUID empresa,
        Customer customer,
        Instant cadastro,
        @Nullable UUID createdBy,
        int plataforma,
        @Nullable UUID owner,
        @Nullable UUID responsible,
        boolean iniciado,
        boolean concluido,
        @Nullable Instant inicio,
        @Nullable Instant termino,
        @Nullable String titulo,
        int categoria,
        boolean privado,
        boolean notificavel,
        @Nullable String acessoLiberado,
        @Nullable String observacoes,
        @Nullable String virtualHtml,
        Instant alteracao,
        @Nullable UUID alteradoPor,
        @Nullable Message newest,
        @Nullable Instant lastCustomerMessage,
        @Nullable Instant lastAttendantMessage,
        int unread,
        int messageCount) {

    /** The title shown in lists: the one set on the conversation, or the customer's name. */
    String displayTitle() {
        return titulo != null ? titulo : customer.name();
    }

    boolean waitingForAnswer() {
        return !concluido && newest != null && !newest.fromAttendant();
    }
}
