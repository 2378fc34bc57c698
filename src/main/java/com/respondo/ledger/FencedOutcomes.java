package com.respondo.ledger;

import java.time.OffsetDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;

/**
 * The outcomes the {@link ReplyLedger} records for a claimed intent (sent, failed, abandoned, send unknown,
 * incomplete, one more attempt), each applied only while the entry is still at the version its delivery claimed: a
 * late outcome of a runner taken for dead is logged, not written.
 */
final class FencedOutcomes {

    private static final Logger log = LoggerFactory.getLogger(FencedOutcomes.class);

    private final LedgerTable table;

    FencedOutcomes(LedgerTable table) {
        this.table = table;
    }

    /** See {@link ReplyLedger#markSent}. */
    boolean markSent(LedgerEntry claimed) {
        OffsetDateTime now = table.nowColumn();
        String sql = """
                UPDATE reply_ledger SET status = 'SENT', answering = %s, sent_at = :now, updated_at = :now,
                       error = NULL, reason = NULL, unknown_send_at = NULL
                WHERE id = :id AND claim_version = :version AND status IN ('INTENT', 'FAILED', 'ABANDONED')""";
        int updated;
        try {
            updated = table.inNewTransaction(
                    () -> LedgerTable.fenced(table.sql(sql.formatted("mensagem")), claimed).param("now", now).update());
        }
        catch (DuplicateKeyException ex) {
            // Another step holds this message's answer, and ours was posted too: record the truth without the key.
            log.warn("Reply ledger entry {} was sent although another step already answered its message",
                    claimed.id());
            updated = table.inNewTransaction(
                    () -> LedgerTable.fenced(table.sql(sql.formatted("NULL")), claimed).param("now", now).update());
        }
        return updated == 1 || heldStill(claimed, table.get(claimed.id()), LedgerStatus.SENT);
    }

    /** See {@link ReplyLedger#markFailed} and {@link ReplyLedger#markAbandoned}. */
    LedgerEntry finishIntent(LedgerEntry claimed, LedgerStatus status, String column, String text) {
        LedgerEntry entry = table.inNewTransaction(() -> {
            LedgerTable.fenced(table.sql("""
                    UPDATE reply_ledger SET status = :status, answering = NULL, %s = :text, updated_at = :now,
                           unknown_send_at = NULL
                    WHERE id = :id AND claim_version = :version AND status = 'INTENT'""".formatted(column)), claimed)
                .param("status", status.name())
                .param("text", text)
                .param("now", table.nowColumn())
                .update();
            return table.get(claimed.id());
        });
        heldStill(claimed, entry, status);
        return entry;
    }

    /**
     * Changes a claimed INTENT's error and what {@code assignments} say, with its update time (fenced): see
     * {@link ReplyLedger#markSendUnknown} and {@link ReplyLedger#markIncomplete}.
     */
    LedgerEntry updateIntent(LedgerEntry claimed, String assignments, String error) {
        LedgerEntry entry = table.inNewTransaction(() -> {
            LedgerTable.fenced(table.sql("UPDATE reply_ledger SET " + assignments + ", updated_at = :now "
                    + "WHERE id = :id AND claim_version = :version AND status = 'INTENT'"), claimed)
                .param("now", table.nowColumn())
                .param("error", LedgerTable.abbreviate(error))
                .update();
            return table.get(claimed.id());
        });
        heldStill(claimed, entry, LedgerStatus.INTENT);
        return entry;
    }

    /** See {@link ReplyLedger#recordAttempt}. */
    LedgerEntry recordAttempt(LedgerEntry claimed) {
        table.inNewTransaction(() -> LedgerTable.fenced(table.sql("""
                UPDATE reply_ledger SET attempts = attempts + 1, updated_at = :now, heartbeat_at = CURRENT_TIMESTAMP
                WHERE id = :id AND claim_version = :version AND status = 'INTENT'"""), claimed)
            .param("now", table.nowColumn())
            .update());
        LedgerEntry entry = table.get(claimed.id());
        heldStill(claimed, entry, LedgerStatus.INTENT);
        return entry;
    }

    /**
     * Whether the claim still holds the entry (it is at the claimed version); logs, when not, the outcome that was not
     * written over another runner's claim.
     */
    private static boolean heldStill(LedgerEntry claimed, LedgerEntry now, LedgerStatus outcome) {
        if (now.version() == claimed.version()) {
            return now.status() == outcome;
        }
        log.warn("Reply ledger entry {} was claimed again by another runner (version {}, now {}, {}): {} not recorded "
                + "for the claim of version {}", claimed.id(), claimed.version(), now.version(), now.status(), outcome,
                claimed.version());
        return false;
    }
}
