package com.respondo.replies.policy;

import java.util.Objects;

import com.respondo.conversation.ConversationSummary;

/**
 * One row of {@code ListarMensagensEmAberto} that waits for a reply step: the conversation's summary (its newest
 * message, the customer's) and the {@code Hash} that {@code Consultar} takes; the item a reply step reads.
 *
 * @param summary the conversation as the waiting rule saw it
 * @param hash the conversation's {@code AtendimentoHash}
 */
public record OpenConversation(ConversationSummary summary, String hash) {

    public OpenConversation {
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(hash, "hash");
    }

    public String atendimentoId() {
        return summary.atendimentoId();
    }

    public String messageId() {
        return summary.newestMessageId();
    }
}
