package com.respondo.outcomes.definitions;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Containment: no person was needed (no hand-off, no person's message) until the conversation ended, that is its
 * first close or, when it was never closed, {@link #SILENCE} with no message from anyone.
 */
public final class Containment {

    /** How long a conversation stays silent before it counts as ended. */
    public static final Duration SILENCE = Duration.ofHours(24);

    private Containment() {
    }

    /** The verdict on a conversation at {@code now}. */
    public static Verdict of(ConversationHistory history, Instant now) {
        Optional<Instant> end = history.firstClose()
            .or(() -> history.lastActivity().map(last -> last.plus(SILENCE)).filter(silent -> !now.isBefore(silent)));
        Optional<Instant> person = history.firstPersonNeeded();
        if (person.isPresent() && (end.isEmpty() || !person.get().isAfter(end.get()))) {
            return Verdict.ESCALATED;
        }
        return end.isPresent() ? Verdict.CONTAINED : Verdict.UNDECIDED;
    }

    /** Where a conversation stands. */
    public enum Verdict {

        /** Ended with no person needed. */
        CONTAINED,

        /** A person was needed before it ended. */
        ESCALATED,

        /** Not ended yet and no person needed so far. */
        UNDECIDED
    }
}
