package com.respondo.outcomes.definitions;

import java.util.Locale;

import com.respondo.ledger.LedgerEntry;
import com.respondo.outcomes.HandoffReason;

/**
 * The reason of a hand-off, read from what its ledger entry records: the decision's basis ({@code detail.basis}) and
 * reason ({@code detail.reason}), as the reply steps write them. An LLM's own choice is told by its basis; the other
 * reasons by how the reason starts ({@code human requested}, {@code AI confidence ... below}, {@code LLM unavailable},
 * {@code loop:}) or the output guard's code it names ({@code output-guard:no-source} and
 * {@code output-guard:unknown-source} are "no source", the others "failed check").
 */
public final class HandoffReasons {

    private static final String GUARD = "output-guard:";

    private HandoffReasons() {
    }

    /** The reason of a HANDOFF entry. */
    public static HandoffReason of(LedgerEntry handoff) {
        Object basis = handoff.detail().get("basis");
        Object recorded = handoff.detail().get("reason");
        String reason = (recorded instanceof String text ? text : "").strip();
        return of(basis instanceof String value ? value : "", reason);
    }

    /** The reason of a hand-off decided on that basis ({@code RULE}, {@code LLM}, {@code FALLBACK}) for that reason. */
    public static HandoffReason of(String basis, String reason) {
        String lower = reason.toLowerCase(Locale.ROOT);
        if ("LLM".equals(basis)) {
            return HandoffReason.LLM_CHOICE;
        }
        if (lower.startsWith("human requested")) {
            return HandoffReason.RULE;
        }
        if (lower.startsWith("loop:")) {
            return HandoffReason.LOOP;
        }
        if (lower.contains(GUARD + "no-source") || lower.contains(GUARD + "unknown-source")) {
            return HandoffReason.NO_SOURCE;
        }
        if (lower.contains(GUARD) || lower.contains("failed the check")) {
            return HandoffReason.FAILED_CHECK;
        }
        if (lower.startsWith("ai confidence")) {
            return HandoffReason.LOW_CONFIDENCE;
        }
        if (lower.startsWith("llm unavailable")) {
            return HandoffReason.LLM_UNAVAILABLE;
        }
        if (lower.startsWith("ai answer did not parse") || lower.startsWith("invalid ai answer")
                || lower.startsWith("ai chose no listed agenda slot") || lower.startsWith("unknown ai action")) {
            return HandoffReason.INVALID_ANSWER;
        }
        return HandoffReason.OTHER;
    }
}
