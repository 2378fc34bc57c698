package com.respondo.ledger;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The intents that a crash or a lost answer left behind, found and taken over by how old they are in the database's
 * time ({@code CURRENT_TIMESTAMP}) against their heartbeat: no JVM's clock or time zone decides that another runner
 * crashed.
 */
final class UnconfirmedIntents {

    /** The database's time {@code :ago} milliseconds ago (portable: H2 and PostgreSQL). */
    private static final String AGO = "CURRENT_TIMESTAMP - CAST(:ago AS BIGINT) * INTERVAL '0.001' SECOND";

    /**
     * An intent nobody is at work on, in the database's time: its heartbeat older than {@code :ago} ms, or its last
     * send ended without an answer more than {@code :settle} ms ago.
     */
    private static final String UNCONFIRMED = "(heartbeat_at <= " + AGO + " OR unknown_send_at <= "
            + AGO.replace(":ago", ":settle") + ")";

    private final LedgerTable table;

    UnconfirmedIntents(LedgerTable table) {
        this.table = table;
    }

    /** See {@link ReplyLedger#findUnconfirmed(String, Duration, Duration)}. */
    List<LedgerEntry> find(String tenantId, Duration unconfirmedFor, Duration unknownSendSettle) {
        return table.sql("""
                SELECT * FROM reply_ledger
                WHERE tenant_id = :tenant AND status = 'INTENT' AND %s
                ORDER BY heartbeat_at, id""".formatted(UNCONFIRMED))
            .param("tenant", tenantId)
            .param("ago", unconfirmedFor.toMillis())
            .param("settle", unknownSendSettle.toMillis())
            .query(table.rows())
            .list();
    }

    /** See {@link ReplyLedger#takeOver(LedgerEntry, Duration, Duration)}. */
    Optional<LedgerEntry> takeOver(LedgerEntry unconfirmed, Duration unconfirmedFor, Duration unknownSendSettle) {
        int updated = table.inNewTransaction(() -> LedgerTable.fenced(table.sql("""
                UPDATE reply_ledger SET claim_version = claim_version + 1, heartbeat_at = CURRENT_TIMESTAMP,
                       updated_at = :now
                WHERE id = :id AND claim_version = :version AND status = 'INTENT'
                  AND %s""".formatted(UNCONFIRMED)), unconfirmed)
            .param("now", table.nowColumn())
            .param("ago", unconfirmedFor.toMillis())
            .param("settle", unknownSendSettle.toMillis())
            .update());
        return (updated == 1) ? Optional.of(table.get(unconfirmed.id())) : Optional.empty();
    }
}
