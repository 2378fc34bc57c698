package com.respondo.replies.policy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
 * ai-reply's decision. A customer asking for a human is handed off by rule before any LLM call. A valid AI answer
 * with enough confidence is followed (REPLY, HANDOFF, SCHEDULE at a listed slot, CLOSE); anything else (unparseable,
 * invalid, low confidence, a text failing the outgoing check, an unknown slot) hands off with a fixed pt-BR message,
 * never a guess. While the LLM is unavailable the conversation is deferred to the next run, and handed off once the
 * customer has waited longer than the configured time (5 min by default).
 */
public final class AiReplyPolicy {

    private final HumanRequestRule humanRequest = new HumanRequestRule();
    private final ConversationLoop loop = new ConversationLoop();
    private final double threshold;
    private final Duration unavailableWait;
    private final Clock clock;

    /** A policy with the settings' AI threshold and LLM wait, timed by the clock. */
    public AiReplyPolicy(ReplySettings settings, Clock clock) {
        this.threshold = settings.aiConfidenceThreshold();
        this.unavailableWait = settings.llmUnavailableHandoffAfter();
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The decision taken before any LLM call, if one is: defer when nothing waits; hand off when the customer asks
     * for a human, or when the bot's last two answers did not move the conversation ({@link ConversationLoop}).
     *
     * @param humanAttendants the human attendants TempBox lists for the bot's teams, used when the tenant configures
     *        none
     */
    public Optional<Decision> beforeLlm(TenantProfile tenant, Conversation conversation,
            List<String> humanAttendants) {
        if (conversation.burst().isEmpty()) {
            return Optional.of(Decision.byRule(new Action.Defer("no customer message waiting"),
                    "no customer message waiting"));
        }
        Optional<Decision> requested = humanRequest.detect(conversation).map(request -> Decision.byRule(
                new Action.Handoff(FixedTexts.handoff(tenant, clock.instant()),
                        Handoffs.target(tenant, humanAttendants), "human requested"),
                "human requested: " + request.words()));
        return requested.or(() -> loop.noProgress(conversation, tenant.botAttendantId())
                .map(reason -> fixedHandoff(tenant, humanAttendants, null, reason)));
    }

    /**
     * The decision from the AI's answer (null when it did not parse), for a prompt that gave no knowledge source.
     *
     * @param agenda the slots listed in the prompt, which the answer's {@code slot} numbers
     */
    public Decision decide(TenantProfile tenant, AgendaOptions agenda, @Nullable AiDecision answer,
            List<String> humanAttendants, OutgoingTextCheck check) {
        return decide(tenant, agenda, KnowledgeSources.none(), answer, humanAttendants, check);
    }

    /**
     * The decision from the AI's answer (null when it did not parse). A REPLY citing a source the prompt did not give,
     * or stating figures with no source while the sources supported an answer, is handed off
     * ({@link SourceCheck}); a followed REPLY records the ids it cites.
     *
     * @param agenda the slots listed in the prompt, which the answer's {@code slot} numbers
     * @param sources the knowledge passages the prompt gave
     */
    public Decision decide(TenantProfile tenant, AgendaOptions agenda, KnowledgeSources sources,
            @Nullable AiDecision answer, List<String> humanAttendants, OutgoingTextCheck check) {
        HandOff handOff = new HandOff(tenant, humanAttendants, answer == null ? null : answer.confidence(),
                clock.instant());
        if (answer == null) {
            return handOff.because("AI answer did not parse");
        }
        Set<String> violations = StructuredAnswerValidator.violations(answer);
        if (!violations.isEmpty()) {
            return handOff.because("invalid AI answer: " + violations);
        }
        double confidence = Objects.requireNonNull(answer.confidence());
        if (confidence < threshold) {
            return handOff.because("AI confidence " + confidence + " below " + threshold);
        }
        String message = answer.message() == null ? "" : answer.message().strip();
        Optional<String> problem = check.problemWith(message);
        switch (Objects.requireNonNull(answer.action())) {
            case REPLY:
                return problem.or(() -> SourceCheck.problemWith(sources, answer.citedSources(), message))
                        .map(p -> handOff.because(OutgoingTextCheck.failure("AI reply", p)))
                        .orElseGet(() -> Decision.byLlm(new Action.SendReply(message), confidence, reason(answer))
                                .citing(sources.isEmpty() ? List.of() : answer.citedSources()));
            case HANDOFF:
                return problem.map(p -> handOff.because(OutgoingTextCheck.failure("AI hand-off message", p)))
                        .orElseGet(() -> Decision.byLlm(new Action.Handoff(withReturnTime(message, tenant, check),
                                handOff.target(), "AI handoff"), confidence, reason(answer)));
            case SCHEDULE:
                return problem.map(p -> handOff.because(OutgoingTextCheck.failure("AI message", p)))
                        .orElseGet(() -> schedule(tenant, agenda, answer, message, check, handOff));
            case CLOSE:
                return problem.map(p -> handOff.because(OutgoingTextCheck.failure("AI farewell", p)))
                        .orElseGet(() -> Decision.byLlm(new Action.Close(message), confidence, reason(answer)));
            default:
                return handOff.because("unknown AI action " + answer.action());
        }
    }

    /**
     * The decision, with a follow-up ({@link Action.Schedule}) reduced to its answer when a human attendant has joined
     * the conversation (wrote in it at any time, or owns it): TempBox would send the follow-up later, as the slot's
     * attendant, in a conversation a person follows, with no one checking it then.
     */
    public Decision withoutFollowUpOnceHumanJoined(Decision decision, Conversation conversation,
            String botAttendantId) {
        if (decision.action() instanceof Action.Schedule schedule && conversation.humanJoined(botAttendantId)) {
            return decision.acting(new Action.SendReply(schedule.text()),
                    decision.reason() + "; no follow-up scheduled: a human attendant joined the conversation");
        }
        return decision;
    }

    /**
     * The decision, turned into the fixed hand-off ({@link ConversationLoop#REPEAT}) when the text it sends now equals
     * the bot's previous message: the customer is never sent the same text twice in a row. A hand-off whose fixed
     * text would itself repeat is kept as it is, since the conversation must reach a person all the same.
     */
    public Decision withoutRepeat(Decision decision, TenantProfile tenant, Conversation conversation,
            List<String> humanAttendants) {
        Optional<String> text = decision.action().outgoingText();
        String bot = tenant.botAttendantId();
        if (text.isEmpty() || !loop.repeatsBot(conversation, bot, text.get())) {
            return decision;
        }
        Decision handoff = fixedHandoff(tenant, humanAttendants, decision.confidence(),
                ConversationLoop.REPEAT + ": " + decision.kind() + " text equals the bot's previous message");
        return loop.repeatsBot(conversation, bot, handoff.action().outgoingText().orElseThrow()) ? decision : handoff;
    }

    /**
     * The decision when the LLM is unavailable (breaker open, retries exhausted): defer to the next run until the
     * customer's oldest unanswered message is older than the wait, then hand off.
     */
    public Decision withoutLlm(TenantProfile tenant, Conversation conversation, List<String> humanAttendants) {
        List<Message> burst = conversation.burst();
        if (burst.isEmpty()) {
            return Decision.byRule(new Action.Defer("no customer message waiting"), "no customer message waiting");
        }
        Instant waitingSince = burst.get(0).at();
        Duration waited = Duration.between(waitingSince, clock.instant());
        if (waited.compareTo(unavailableWait) < 0) {
            return Decision.byFallback(new Action.Defer("LLM unavailable; retry next run"),
                    "LLM unavailable for " + waited.toSeconds() + " s; hand off after " + unavailableWait.toSeconds()
                            + " s");
        }
        return Decision.byFallback(new Action.Handoff(FixedTexts.handoff(tenant, clock.instant()),
                Handoffs.target(tenant, humanAttendants), "LLM unavailable"),
                "LLM unavailable and customer waiting for " + waited.toSeconds() + " s");
    }

    private Decision fixedHandoff(TenantProfile tenant, List<String> humanAttendants, @Nullable Double confidence,
            String reason) {
        return new HandOff(tenant, humanAttendants, confidence, clock.instant()).because(reason);
    }

    private Decision schedule(TenantProfile tenant, AgendaOptions agenda, AiDecision answer, String message,
            OutgoingTextCheck check, HandOff handOff) {
        Optional<AgendaSlot> slot = answer.slot() == null ? Optional.empty() : agenda.slot(answer.slot());
        if (slot.isEmpty()) {
            return handOff.because("AI chose no listed agenda slot: " + answer.slot());
        }
        String followUp = answer.followUpMessage() == null || answer.followUpMessage().isBlank()
                ? FixedTexts.reminder(AgendaOptions.describe(slot.get(), tenant.zone()))
                : answer.followUpMessage().strip();
        Optional<String> problem = check.problemWith(followUp);
        if (problem.isPresent()) {
            return handOff.because(OutgoingTextCheck.failure("AI follow-up", problem.get()));
        }
        return Decision.byLlm(new Action.Schedule(message, slot.get(), followUp), answer.confidence(),
                reason(answer));
    }

    /** The LLM's hand-off message, saying when a person will be back outside hours unless that makes it too long. */
    private String withReturnTime(String message, TenantProfile tenant, OutgoingTextCheck check) {
        String text = FixedTexts.handoff(message, tenant, clock.instant());
        return check.problemWith(text).isEmpty() ? text : message;
    }

    private static String reason(AiDecision answer) {
        return answer.reason() == null ? "" : answer.reason();
    }

    /**
     * The hand-off that replaces an answer Respondo cannot follow: fixed text (saying when a person will be back
     * outside business hours), the reason recorded.
     */
    private static final class HandOff {

        private final @Nullable String target;
        private final @Nullable Double confidence;
        private final String text;

        HandOff(TenantProfile tenant, List<String> humanAttendants, @Nullable Double confidence, Instant now) {
            this.target = Handoffs.target(tenant, humanAttendants);
            this.confidence = confidence;
            this.text = FixedTexts.handoff(tenant, now);
        }

        String text() {
            return text;
        }

        @Nullable String target() {
            return target;
        }

        Decision because(String reason) {
            return new Decision(new Action.Handoff(text, target, reason), Decision.Basis.RULE,
                    confidence, reason);
        }
    }
}
