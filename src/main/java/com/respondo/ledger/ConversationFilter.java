package com.respondo.ledger;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Which conversations {@link LedgerQueries#latestPerConversation} lists: each condition given narrows the list.
 *
 * @param jobExecutionId only the entries this job execution last acted on
 * @param tenantId only this tenant's conversations
 * @param atendimentoPrefix conversations whose id starts with this text (case-insensitive), or that are among
 *     {@code atendimentos}
 * @param atendimentos conversations found by other means (e.g. the customer data collected from them); with
 *     {@code atendimentoPrefix} either matches
 * @param outcome only conversations whose newest entry is this action
 * @param limit at most this many conversations, 1 to 500
 */
public record ConversationFilter(@Nullable Long jobExecutionId, @Nullable String tenantId,
        @Nullable String atendimentoPrefix, List<String> atendimentos, @Nullable LedgerAction outcome, int limit) {

    public static final int MAX_LIMIT = 500;

    public ConversationFilter {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
        atendimentos = List.copyOf(atendimentos);
    }

    /** The conversations a job execution acted on. */
    public static ConversationFilter ofExecution(long jobExecutionId, int limit) {
        return new ConversationFilter(jobExecutionId, null, null, List.of(), null, limit);
    }

    boolean searches() {
        return atendimentoPrefix != null || !atendimentos.isEmpty();
    }
}
