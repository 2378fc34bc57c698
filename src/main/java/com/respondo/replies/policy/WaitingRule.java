package com.respondo.replies.policy;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import com.respondo.conversation.Conversation;
import com.respondo.conversation.ConversationSummary;
import com.respondo.conversation.Ids;
import com.respondo.conversation.ReplySettings;

/**
 * The "waiting" rule of the reply steps: open, owned by nobody or by the bot, newest message from the customer and
 * older than the debounce window, and, where the whole conversation is known, no human attendant present: a human who
 * wrote after the bot's last message, even without taking the conversation, keeps the bot silent for the
 * human-presence pause after that message (30 min by default). Whether Respondo already answered that message is the
 * ledger's to say.
 */
public final class WaitingRule {

    private final Duration debounce;

    private final Duration humanPresencePause;

    /** A rule with the given debounce window (8 s by default) and human-presence pause. */
    public WaitingRule(Duration debounce, Duration humanPresencePause) {
        this.debounce = Objects.requireNonNull(debounce, "debounce");
        this.humanPresencePause = Objects.requireNonNull(humanPresencePause, "humanPresencePause");
    }

    /** A rule with the given debounce window and the default human-presence pause. */
    public WaitingRule(Duration debounce) {
        this(debounce, ReplySettings.DEFAULT_HUMAN_PRESENCE_PAUSE);
    }

    /** A rule with the debounce and the human-presence pause of the settings. */
    public WaitingRule(ReplySettings settings) {
        this(settings.debounce(), settings.humanPresencePause());
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

    /**
     * The status of a full conversation, e.g. the one read before planning: that of its summary, except that a
     * conversation that would wait (or soon) while a human attendant is present does not.
     */
    public WaitingStatus evaluate(Conversation conversation, String botAttendantId, Instant now) {
        WaitingStatus status = conversation.summary()
                .map(summary -> evaluate(summary, botAttendantId, now))
                .orElse(conversation.closed() ? WaitingStatus.CLOSED : WaitingStatus.NO_MESSAGES);
        boolean wouldWait = status.isWaiting() || status == WaitingStatus.DEBOUNCING;
        return wouldWait && humanPresent(conversation, botAttendantId, now) ? WaitingStatus.HUMAN_PRESENT : status;
    }

    /**
     * Whether a person is present at {@code now}: a human attendant wrote after the bot's last message, less than the
     * human-presence pause ago.
     */
    public boolean humanPresent(Conversation conversation, String botAttendantId, Instant now) {
        return conversation.humanSinceBot(botAttendantId)
                .map(message -> message.at().plus(humanPresencePause).isAfter(now))
                .orElse(false);
    }
}
