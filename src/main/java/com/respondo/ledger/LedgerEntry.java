package com.respondo.ledger;

import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One row of the reply ledger, as stored.
 *
 * @param id the entry's id, for {@code markSent} and friends
 * @param tenantId the tenant
 * @param atendimento the conversation id
 * @param mensagem the customer message id
 * @param step the step that acted
 * @param action what was done or decided
 * @param status where the action stands
 * @param text the text sent (or about to be sent), if any
 * @param detail decision details (reason, confidence, target attendant, schedule date, follow-up...)
 * @param attempts how many times the action was claimed or retried
 * @param error the last sending error, for FAILED
 * @param reason why it was abandoned, deferred or skipped
 * @param jobExecutionId the job execution that last acted on it, if any
 * @param createdAt when it was first recorded
 * @param updatedAt when it last changed
 * @param sentAt when it was sent, for SENT
 * @param version how many times it was claimed (first claimed, claimed again, taken over): the fence of every change
 *     after a post ({@link ReplyLedger#markSent(LedgerEntry)} and friends apply only while it is still this one)
 * @param unknownSendAt for an INTENT, when its last send ended without TempBox's answer (timeout, 5xx) and the
 *     conversation did not show its text yet: TempBox may still store it, so the entry holds its message's answer
 *     until the conversation is read again after the settle delay; null otherwise
 */
public record LedgerEntry(long id, String tenantId, String atendimento, String mensagem, String step,
        LedgerAction action, LedgerStatus status, @Nullable String text, Map<String, Object> detail, int attempts,
        @Nullable String error, @Nullable String reason, @Nullable Long jobExecutionId, Instant createdAt,
        Instant updatedAt, @Nullable Instant sentAt, long version, @Nullable Instant unknownSendAt) {
}
