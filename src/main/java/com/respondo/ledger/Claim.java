package com.respondo.ledger;

/**
 * The answer to {@link ReplyLedger#claim(NewAction)}: whether the caller may send, and the entry that decided it.
 *
 * @param outcome whether the caller may send
 * @param entry the caller's entry (INTENT when claimed), or for {@link Outcome#ALREADY_ANSWERED} the other step's
 *     entry that holds the answer
 */
public record Claim(Outcome outcome, LedgerEntry entry) {

    /**
     * Whether the caller now holds the intent and may send.
     */
    public boolean claimed() {
        return outcome == Outcome.CLAIMED;
    }

    /**
     * What a claim found.
     */
    public enum Outcome {

        /** The intent is recorded and committed: send, then mark it sent or failed. */
        CLAIMED,

        /** This step already finished with this message (SENT, DEFERRED or SKIPPED): do nothing. */
        ALREADY_DONE,

        /**
         * An intent of this step exists but its outcome is unknown (a crash or a concurrent run left it): reconcile by
         * reading the conversation before sending anything.
         */
        UNCONFIRMED,

        /** Another step holds this message's one answer (INTENT or SENT): do nothing. */
        ALREADY_ANSWERED
    }
}
