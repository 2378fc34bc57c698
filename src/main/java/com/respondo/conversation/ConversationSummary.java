package com.respondo.conversation;

import java.time.Instant;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * What the waiting rule needs to know of a conversation: one row of {@code ListarMensagensEmAberto} (the newest
 * message of an open conversation) or the tail of a full conversation.
 *
 * @param atendimentoId the conversation id ({@code Atendimento})
 * @param ownerId the owner attendant ({@code AtendenteResponsavel}) or null when nobody owns it
 * @param closed whether it is closed ({@code Concluido})
 * @param newestMessageId the id of its newest message
 * @param newestFromCustomer whether the customer wrote its newest message
 * @param newestAt when its newest message was written
 */
public record ConversationSummary(String atendimentoId, @Nullable String ownerId, boolean closed,
        String newestMessageId, boolean newestFromCustomer, Instant newestAt) {

    public ConversationSummary {
        Objects.requireNonNull(atendimentoId, "atendimentoId");
        Objects.requireNonNull(newestMessageId, "newestMessageId");
        Objects.requireNonNull(newestAt, "newestAt");
    }
}
