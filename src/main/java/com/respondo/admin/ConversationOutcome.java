package com.respondo.admin;

import java.time.Instant;
import java.util.Locale;

import com.respondo.ledger.LedgerEntry;
import org.jspecify.annotations.Nullable;

/**
 * One conversation in a list: its newest reply-ledger entry, which is its outcome so far.
 *
 * @param atendimento the TempBox conversation id
 * @param tenant its tenant
 * @param outcome the newest entry's action (REPLY, HANDOFF, CANNED, SCHEDULE, CLOSE, DEFER, SKIP...)
 * @param status where that action stands (SENT, FAILED, DEFERRED...)
 * @param step the step that acted
 * @param basis what the decision rested on (RULE, LLM...), when recorded
 * @param confidence the LLM's confidence, when recorded
 * @param reason why: the decision's reason, else the entry's (why it was deferred, skipped, abandoned)
 * @param jobExecutionId the execution that last acted on it
 * @param at when that entry last changed
 */
record ConversationOutcome(String atendimento, String tenant, String outcome, String status, String step,
        @Nullable String basis, @Nullable Object confidence, @Nullable String reason, @Nullable Long jobExecutionId,
        Instant at) {

    static ConversationOutcome of(LedgerEntry newest) {
        Object basis = newest.detail().get("basis");
        Object reason = newest.detail().get("reason");
        return new ConversationOutcome(newest.atendimento(), newest.tenantId(), newest.action().name(),
                newest.status().name(), newest.step(), (basis != null) ? basis.toString() : null,
                newest.detail().get("confidence"), (reason != null) ? reason.toString() : newest.reason(),
                newest.jobExecutionId(), newest.updatedAt());
    }

    /** Whether its reason contains the text, ignoring case. */
    boolean hasReason(String text) {
        return reason != null && reason.toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT));
    }
}
