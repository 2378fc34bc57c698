package com.respondo.knowledge;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A draft FAQ entry drawn from one handed-off conversation.
 *
 * @param id the suggestion's id
 * @param tenant the tenant
 * @param atendimento the conversation it was drawn from
 * @param question the customer's question before the hand-off, PII masked, as plain text
 * @param answer the person's answer after it, PII masked, as plain text
 * @param status pending, approved or rejected
 * @param file for an approved one, the file written, relative to the tenant's knowledge folder
 * @param createdAt when it was drafted
 * @param decidedAt when it was approved or rejected
 */
public record Suggestion(long id, String tenant, String atendimento, String question, String answer,
        SuggestionStatus status, @Nullable String file, Instant createdAt, @Nullable Instant decidedAt) {
}
