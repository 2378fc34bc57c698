package com.respondo.replies.policy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import com.respondo.conversation.Conversation;
import com.respondo.conversation.Message;
import com.respondo.conversation.TenantProfile;

/**
 * The follow-up of silent customers: when the bot's message is the newest of a conversation the bot owns and the
 * customer has not answered for {@code nudge-after} (the nudge only inside business hours), one nudge; when the
 * nudge, too, has had no answer for {@code close-after}, a farewell and the close. A customer message starts a new
 * silence (nothing is due until the bot answered it); a conversation a human owns or has joined is never followed up.
 * <p>
 * Each follow-up is keyed in the ledger by a message of its own silence, so that there is at most one of each per
 * silence: the nudge by the bot's first message after the customer's last one, the close by the nudge itself (the
 * bot's newest message once the nudge is sent).
 */
public final class FollowUpPolicy {

    private FollowUpPolicy() {
    }

    /** Which follow-up. */
    public enum Phase {

        /** One short message asking whether the bot's answer helped. */
        NUDGE,

        /** A farewell, then EncerrarAtendimento. */
        CLOSE
    }

    /**
     * A follow-up due now.
     *
     * @param phase which one
     * @param keyMessageId the message its ledger entry is keyed by
     */
    public record Due(Phase phase, String keyMessageId) {
    }

    /**
     * The customer's silence, when the conversation is in one: the bot owns it, no human joined it, and only the bot
     * wrote after the customer's last message.
     *
     * @param firstBotMessage the bot's first message after the customer's last one (the nudge's key)
     * @param newestBotMessage the bot's newest message (the nudge, once sent: the close's key)
     * @param botMessages how many messages the bot wrote in the silence
     */
    public record Silence(Message firstBotMessage, Message newestBotMessage, int botMessages) {
    }

    /** The conversation's silence, or empty when it is not the customer's turn or a person is there. */
    public static Optional<Silence> silence(Conversation conversation, String botAttendantId) {
        if (conversation.closed() || !conversation.ownedBy(botAttendantId)
                || conversation.humanJoined(botAttendantId)) {
            return Optional.empty();
        }
        List<Message> messages = conversation.messages();
        int lastCustomer = messages.size() - 1;
        while (lastCustomer >= 0 && !messages.get(lastCustomer).fromCustomer()) {
            lastCustomer--;
        }
        List<Message> after = messages.subList(lastCustomer + 1, messages.size());
        if (lastCustomer < 0 || after.isEmpty() || !after.stream().allMatch(m -> m.writtenBy(botAttendantId))) {
            return Optional.empty();
        }
        return Optional.of(new Silence(after.get(0), after.get(after.size() - 1), after.size()));
    }

    /**
     * The follow-up due now in the conversation, if any.
     *
     * @param nudgedKeys the nudge keys (bot message ids) whose nudge the ledger shows sent
     */
    public static Optional<Due> due(Conversation conversation, TenantProfile tenant, FollowUpSettings settings,
            Set<String> nudgedKeys, Instant now) {
        if (!settings.enabled()) {
            return Optional.empty();
        }
        Optional<Silence> found = silence(conversation, tenant.botAttendantId());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Silence silence = found.get();
        Instant since = silence.newestBotMessage().at();
        if (!nudgedKeys.contains(silence.firstBotMessage().id())) {
            boolean due = !now.isBefore(since.plus(settings.nudgeAfter())) && tenant.businessHours().isOpenAt(now);
            return due ? Optional.of(new Due(Phase.NUDGE, silence.firstBotMessage().id())) : Optional.empty();
        }
        boolean due = silence.botMessages() > 1 && !now.isBefore(since.plus(settings.closeAfter()));
        return due ? Optional.of(new Due(Phase.CLOSE, silence.newestBotMessage().id())) : Optional.empty();
    }

    /**
     * The nudge to send: the LLM's (null when it did not answer usably) when it passes the outgoing-text check and
     * differs from the bot's last message, otherwise the tenant's fixed nudge.
     */
    public static Decision nudge(@Nullable FollowUpNudge answer, boolean llmAvailable, OutgoingTextCheck check,
            FollowUpSettings settings, @Nullable String lastBotText) {
        if (!llmAvailable) {
            return fixedNudge(settings, "LLM unavailable");
        }
        if (answer == null) {
            return fixedNudge(settings, "nudge did not parse");
        }
        Set<String> violations = StructuredAnswerValidator.violations(answer);
        if (!violations.isEmpty()) {
            return fixedNudge(settings, "invalid nudge: " + violations);
        }
        String text = answer.nudge().strip();
        Optional<String> problem = check.problemWith(text);
        if (problem.isPresent()) {
            return fixedNudge(settings, OutgoingTextCheck.failure("nudge", problem.get()));
        }
        if (lastBotText != null && lastBotText.strip().equalsIgnoreCase(text)) {
            return fixedNudge(settings, "nudge repeats the bot's last message");
        }
        return Decision.byLlm(new Action.SendReply(text), null, "silent customer: nudge written by the LLM");
    }

    /** The farewell and close after the nudge went unanswered. */
    public static Decision close(FollowUpSettings settings) {
        return Decision.byRule(new Action.Close(settings.farewellText()),
                "silent customer: no answer to the nudge for " + settings.closeAfter());
    }

    private static Decision fixedNudge(FollowUpSettings settings, String reason) {
        return Decision.byFallback(new Action.SendReply(settings.nudgeText()),
                "silent customer: " + reason + "; fixed nudge");
    }
}
