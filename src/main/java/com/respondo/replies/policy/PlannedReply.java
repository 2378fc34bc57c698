package com.respondo.replies.policy;

import java.util.Objects;

import com.respondo.conversation.Conversation;

/**
 * What a reply step's processor hands to its writer: the conversation as it was read, the customer message the
 * action answers (its newest), the decision, and when work on it began (for the latency reported per action).
 *
 * @param conversation the conversation as read for planning
 * @param messageId the customer message answered ({@code AtendimentoMensagem}), the ledger's key
 * @param decision what to do and why
 * @param startedNanos {@link System#nanoTime()} when processing began
 */
public record PlannedReply(Conversation conversation, String messageId, Decision decision, long startedNanos) {

    public PlannedReply {
        Objects.requireNonNull(conversation, "conversation");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(decision, "decision");
    }

    public Action action() {
        return decision.action();
    }

    public String atendimentoId() {
        return conversation.atendimentoId();
    }
}
