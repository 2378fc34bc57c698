package com.respondo.replies.delivery;

import java.util.List;
import java.util.Optional;

import com.respondo.conversation.Conversation;
import com.respondo.conversation.Ids;
import com.respondo.conversation.Message;
import com.respondo.conversation.UntrustedText;
import com.respondo.replies.policy.Action;
import com.respondo.replies.policy.ReplyStep;

/**
 * The writer's checks on the conversation read again just before posting (Consultar + ListarMensagensAtendimento):
 * whether what was decided still applies, and whether an earlier ambiguous send (timeout, 500) was in fact stored.
 */
public final class RereadCheck {

    private RereadCheck() {
    }

    /**
     * Why the decision taken on {@code customerMessageId} must not be posted any more, or empty when it still
     * applies: the conversation was closed, a human took it, an attendant answered, or a newer customer message
     * arrived (the next run answers the whole burst). Meant for an action's first effect: once the action's own
     * text is posted, its later effects (forward, schedule, close) follow from the ledger's record, not from here.
     */
    public static Optional<String> abandonReason(Conversation current, String customerMessageId,
            String botAttendantId) {
        if (current.closed()) {
            return Optional.of("conversation closed");
        }
        if (current.ownerId() != null && !current.ownerId().isBlank() && !current.ownedBy(botAttendantId)) {
            return Optional.of("a human attendant took the conversation");
        }
        Optional<Message> newest = current.newestMessage();
        if (newest.isEmpty()) {
            return Optional.of("conversation has no messages");
        }
        if (!newest.get().fromCustomer()) {
            return Optional.of("an attendant answered");
        }
        if (!Ids.same(newest.get().id(), customerMessageId)) {
            return Optional.of("a newer customer message arrived");
        }
        return Optional.empty();
    }

    /**
     * {@link #abandonReason(Conversation, String, String)} for a reply step, {@link #followUpAbandonReason} for a
     * follow-up step, whose key is the bot's message that began the customer's silence.
     */
    public static Optional<String> abandonReason(ReplyStep step, Conversation current, String keyMessageId,
            String botAttendantId) {
        return step.followsUp() ? followUpAbandonReason(current, keyMessageId, botAttendantId)
                : abandonReason(current, keyMessageId, botAttendantId);
    }

    /**
     * Why a follow-up keyed by a bot message of the customer's silence must not be posted any more, or empty when it
     * still applies: the conversation was closed, a human took or joined it, the key message is gone, or the customer
     * wrote after it (the silence is over).
     */
    public static Optional<String> followUpAbandonReason(Conversation current, String keyMessageId,
            String botAttendantId) {
        if (current.closed()) {
            return Optional.of("conversation closed");
        }
        if (!current.ownedBy(botAttendantId) || current.humanJoined(botAttendantId)) {
            return Optional.of("a human attendant took or joined the conversation");
        }
        boolean after = false;
        for (Message message : current.messages()) {
            if (after && message.fromCustomer()) {
                return Optional.of("the customer answered");
            }
            after = after || Ids.same(message.id(), keyMessageId);
        }
        return after ? Optional.empty() : Optional.of("the silence's message is not in the conversation");
    }

    /**
     * Why the effect that follows an action's text (forward, schedule, close) must not be done, by the conversation
     * read again just before it, or empty when it still applies: the conversation was closed, a human took it, or a
     * human attendant wrote after the bot's last message (a person is present, with or without taking it); a
     * follow-up is also not scheduled in a conversation a human attendant has joined at any time, as TempBox would
     * send it later with no one checking.
     */
    public static Optional<String> laterEffectAbandonReason(Conversation current, Action action,
            String botAttendantId) {
        if (current.closed()) {
            return Optional.of("conversation closed");
        }
        if (current.ownerId() != null && !current.ownerId().isBlank() && !current.ownedBy(botAttendantId)) {
            return Optional.of("a human attendant took the conversation");
        }
        if (current.humanSinceBot(botAttendantId).isPresent()) {
            return Optional.of("a human attendant wrote in the conversation");
        }
        if (action instanceof Action.Schedule && current.humanJoined(botAttendantId)) {
            return Optional.of("a human attendant joined the conversation");
        }
        return Optional.empty();
    }

    /**
     * Whether the bot's text already follows the customer message in the conversation (compared ignoring case,
     * accents, spacing and punctuation, which TempBox may alter): an ambiguous send that was stored.
     */
    public static boolean alreadySent(Conversation current, String customerMessageId, String text,
            String botAttendantId) {
        return alreadySent(current.messages(), customerMessageId, text, botAttendantId);
    }

    /** The same check over a conversation's messages, oldest first. */
    public static boolean alreadySent(List<Message> messages, String customerMessageId, String text,
            String botAttendantId) {
        String expected = UntrustedText.fold(text);
        boolean after = false;
        for (Message message : messages) {
            if (after && message.writtenBy(botAttendantId) && UntrustedText.fold(message.text()).equals(expected)) {
                return true;
            }
            after = after || Ids.same(message.id(), customerMessageId);
        }
        return false;
    }
}
