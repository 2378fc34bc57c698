package com.respondo.ledger;

/**
 * Where an action on a customer message stands.
 */
public enum LedgerStatus {

    /** Recorded before sending; not known to be sent yet (a crash or a concurrent run may have left it). */
    INTENT,

    /** Sent: the customer message has its answer. */
    SENT,

    /** Sending failed; the action may be claimed again. */
    FAILED,

    /** Not sent because the conversation changed before posting; the action may be claimed again. */
    ABANDONED,

    /** Left to a later step or run on purpose. */
    DEFERRED,

    /** Not acted upon on purpose. */
    SKIPPED;

    /**
     * Whether an entry in this status holds the one answer its customer message may get (in flight or sent).
     */
    public boolean holdsAnswer() {
        return this == INTENT || this == SENT;
    }

    /**
     * Of two statuses of one customer message (from different steps), the one that says more about whether it is
     * answered: SENT, then INTENT, FAILED, ABANDONED, DEFERRED, SKIPPED.
     */
    static LedgerStatus strongest(LedgerStatus a, LedgerStatus b) {
        return a.rank() >= b.rank() ? a : b;
    }

    private int rank() {
        return switch (this) {
            case SENT -> 5;
            case INTENT -> 4;
            case FAILED -> 3;
            case ABANDONED -> 2;
            case DEFERRED -> 1;
            case SKIPPED -> 0;
        };
    }
}
