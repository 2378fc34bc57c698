package com.respondo.replies;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The "waiting" rule of the reply steps: open, owned by nobody or by the bot, newest message from the customer and
 * older than the debounce window. Whether Respondo already answered that message is the ledger's to say.
 */
public final class WaitingRule {

    private final Duration debounce;

    /** A rule with the given debounce window (8 s by default). */
    public WaitingRule(Duration debounce) {
        this.debounce = Objects.requireNonNull(debounce, "debounce");
    }

    /** A rule with the debounce of the settings. */
    public WaitingRule(ReplySettings settings) {
        this(settings.debounce());
    }

    /** The status of a conversation summarised by its newest message (a row of ListarMensagensEmAberto). */
    public WaitingStatus evaluate(ConversationSummary conversation, String botAttendantId, Instant now) {
        if (conversation.closed()) {
            return WaitingStatus.CLOSED;
        }
        boolean unowned = conversation.ownerId() == null || conversation.ownerId().isBlank();
        if (!unowned && !Ids.same(conversation.ownerId(), botAttendantId)) {
            return WaitingStatus.OWNED_BY_HUMAN;
        }
        if (!conversation.newestFromCustomer()) {
            return WaitingStatus.ANSWERED;
        }
        if (conversation.newestAt().plus(debounce).isAfter(now)) {
            return WaitingStatus.DEBOUNCING;
        }
        return unowned ? WaitingStatus.WAITING_UNOWNED : WaitingStatus.WAITING_FOR_BOT;
    }

    /** The status of a full conversation, e.g. the one read again just before posting. */
    public WaitingStatus evaluate(Conversation conversation, String botAttendantId, Instant now) {
        return conversation.summary()
                .map(summary -> evaluate(summary, botAttendantId, now))
                .orElse(conversation.closed() ? WaitingStatus.CLOSED : WaitingStatus.NO_MESSAGES);
    }
}
