package com.respondo.replies.policy;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import com.respondo.conversation.Conversation;
import com.respondo.conversation.Message;
import com.respondo.conversation.ReplySettings;
import com.respondo.conversation.TenantProfile;

/**
 * bot-reply's decision: send the canned message the LLM chose when its confidence reaches the threshold and the text
 * passes the outgoing-text check; otherwise defer to ai-reply. A customer asking for a human is deferred before any
 * LLM call, so ai-reply hands off. Without the LLM, the keyword/menu fallback answers only unambiguous cases.
 */
public final class BotReplyPolicy {

    private final HumanRequestRule humanRequest = new HumanRequestRule();
    private final KeywordFallback fallback = new KeywordFallback();
    private final ConversationLoop loop = new ConversationLoop();
    private final double threshold;

    /** A policy with the settings' canned confidence threshold (0.75 by default). */
    public BotReplyPolicy(ReplySettings settings) {
        this.threshold = settings.cannedConfidenceThreshold();
    }

    /**
     * The decision taken before any LLM call, if one is: defer when nothing waits, when the customer asks for a human
     * or the bot's last two answers did not move the conversation (ai-reply hands off in both cases), or when the
     * company has no canned message fit for the channel.
     */
    public Optional<Decision> beforeLlm(Conversation conversation, CannedMenu canned, String botAttendantId) {
        if (conversation.burst().isEmpty()) {
            return Optional.of(defer("no customer message waiting"));
        }
        Optional<HumanRequestRule.HumanRequest> request = humanRequest.detect(conversation);
        if (request.isPresent()) {
            return Optional.of(defer("human requested: " + request.get().words()));
        }
        Optional<String> noProgress = loop.noProgress(conversation, botAttendantId);
        if (noProgress.isPresent()) {
            return Optional.of(defer(noProgress.get()));
        }
        if (canned.isEmpty()) {
            return Optional.of(defer("no canned message for this channel"));
        }
        return Optional.empty();
    }

    /** The decision from the LLM's choice (null when it did not parse). */
    public Decision decide(CannedMenu canned, @Nullable CannedChoice choice, OutgoingTextCheck check) {
        if (choice == null) {
            return defer("canned choice did not parse");
        }
        Set<String> violations = StructuredAnswerValidator.violations(choice);
        if (!violations.isEmpty()) {
            return defer("invalid canned choice: " + violations);
        }
        double confidence = Objects.requireNonNull(choice.confidence());
        int option = Objects.requireNonNull(choice.option());
        if (option == 0) {
            return Decision.byLlm(new Action.Defer("no canned message fits"), confidence, reason(choice));
        }
        Optional<CannedMessage> chosen = canned.option(option);
        if (chosen.isEmpty()) {
            return Decision.byLlm(new Action.Defer("option " + option + " out of range"), confidence, reason(choice));
        }
        if (confidence < threshold) {
            return Decision.byLlm(new Action.Defer("confidence " + confidence + " below " + threshold), confidence,
                    reason(choice));
        }
        return send(chosen.get(), check)
                .map(action -> Decision.byLlm(action, confidence, reason(choice)))
                .orElseGet(() -> Decision.byLlm(new Action.Defer("canned message failed the check"), confidence,
                        OutgoingTextCheck.failure("canned message",
                                check.problemWith(chosen.get().text()).orElse(""))));
    }

    /** The decision when the LLM is unavailable: the keyword/menu fallback's unambiguous answer, else defer. */
    public Decision withoutLlm(TenantProfile tenant, Conversation conversation, CannedMenu canned,
            OutgoingTextCheck check) {
        List<Message> burst = conversation.burst();
        Optional<CannedMessage> match = fallback.choose(canned, burst, tenant.companyName());
        if (match.isEmpty()) {
            return Decision.byFallback(new Action.Defer("LLM unavailable and no unambiguous canned match"),
                    "LLM unavailable; no unambiguous keyword or menu match");
        }
        return send(match.get(), check)
                .map(action -> Decision.byFallback(action, "LLM unavailable; keyword or menu match"))
                .orElseGet(() -> Decision.byFallback(new Action.Defer("canned message failed the check"),
                        "LLM unavailable; matched canned message failed the check"));
    }

    /**
     * The decision, deferred to ai-reply ({@link ConversationLoop#REPEAT}) when the canned message equals the bot's
     * previous message: the customer is never sent the same text twice in a row, and ai-reply answers instead.
     */
    public Decision withoutRepeat(Decision decision, Conversation conversation, String botAttendantId) {
        Optional<String> text = decision.action().outgoingText();
        if (text.isEmpty() || !loop.repeatsBot(conversation, botAttendantId, text.get())) {
            return decision;
        }
        return new Decision(new Action.Defer(ConversationLoop.REPEAT), Decision.Basis.RULE, decision.confidence(),
                ConversationLoop.REPEAT + ": canned message equals the bot's previous message");
    }

    private static Optional<Action> send(CannedMessage canned, OutgoingTextCheck check) {
        String text = canned.text().strip();
        return check.passes(text) ? Optional.of(new Action.SendCanned(canned.id(), text)) : Optional.empty();
    }

    private static Decision defer(String reason) {
        return Decision.byRule(new Action.Defer(reason), reason);
    }

    private static String reason(CannedChoice choice) {
        return choice.reason() == null ? "" : choice.reason();
    }
}
