package com.respondo.outcomes.definitions;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.respondo.conversation.Message;
import com.respondo.outcomes.SatisfactionSurvey;

/**
 * Automated resolution: a conversation closed with no person (no hand-off, no person's message before the close)
 * and not reopened by the customer within {@link #WINDOW} of the close (a customer message after it, the answer to
 * the satisfaction question aside). Until the window has passed, it is awaiting.
 */
public final class AutomatedResolution {

    /** How long after the close a customer message still reopens the conversation. */
    public static final Duration WINDOW = Duration.ofHours(72);

    private AutomatedResolution() {
    }

    /** The verdict on a conversation at {@code now}. */
    public static Verdict of(ConversationHistory history, Instant now) {
        Optional<Instant> closed = history.firstClose();
        if (closed.isEmpty()) {
            return Verdict.OPEN;
        }
        Instant close = closed.get();
        if (history.firstPersonNeeded().filter(at -> !at.isAfter(close)).isPresent()) {
            return Verdict.WITH_PERSON;
        }
        Instant windowEnd = close.plus(WINDOW);
        Set<String> ratings = SatisfactionSurvey.ratings(history.messages())
            .stream()
            .map(rating -> rating.message().id())
            .collect(Collectors.toSet());
        boolean reopened = history.customerMessagesAfter(close)
            .stream()
            .filter(message -> !message.at().isAfter(windowEnd))
            .map(Message::id)
            .anyMatch(id -> !ratings.contains(id));
        if (reopened) {
            return Verdict.REOPENED;
        }
        return now.isBefore(windowEnd) ? Verdict.AWAITING_WINDOW : Verdict.RESOLVED;
    }

    /** Where a conversation stands. */
    public enum Verdict {

        /** Closed with no person and not reopened within the window: an automated resolution. */
        RESOLVED,

        /** Closed with no person, then the customer wrote again within the window. */
        REOPENED,

        /** Closed with no person, not reopened, but the window is not over yet. */
        AWAITING_WINDOW,

        /** A person was needed before the close. */
        WITH_PERSON,

        /** Never closed. */
        OPEN
    }
}
