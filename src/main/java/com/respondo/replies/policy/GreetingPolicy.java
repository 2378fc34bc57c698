package com.respondo.replies.policy;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import com.respondo.conversation.Conversation;
import com.respondo.conversation.PtBr;
import com.respondo.conversation.TenantProfile;

/**
 * initial-response's decision: greet with the LLM's greeting when it is valid and passes the outgoing-text check,
 * hand off when the output guard refuses it, otherwise (invalid, failed check, LLM unavailable) with the tenant's
 * fixed greeting or a fixed pt-BR one, because a greeting needs no intelligence and no customer should wait for one;
 * a customer whose first words ask for a human is handed off.
 * <p>
 * Product decision: the greeting answers opening messages that only greet ("oi", "bom dia", "olá, tudo bem?", an
 * emoji). When the opening messages already carry a question or a request, a greeting would leave it unanswered, so
 * initial-response only starts the conversation as the bot ({@link Action.Start}) and leaves the message to bot-reply
 * and ai-reply in the same run; ai-reply's prompt opens with a short greeting when no attendant has written yet.
 */
public final class GreetingPolicy {

    private final HumanRequestRule humanRequest = new HumanRequestRule();
    private final Clock clock;

    /** A policy whose fixed greeting says the period of the day by the clock. */
    public GreetingPolicy(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The decision taken before any LLM call: a hand-off when the customer asks for a human (the writer starts the
     * conversation as the bot, tells the customer and forwards it); only the start when the customer's messages
     * already ask something; else empty (greet).
     */
    public Optional<Decision> beforeLlm(TenantProfile tenant, Conversation conversation,
            List<String> humanAttendants) {
        return beforeLlm(tenant, conversation, () -> humanAttendants);
    }

    /**
     * {@link #beforeLlm(TenantProfile, Conversation, List)}, asking for TempBox's human attendants only when a hand-off
     * is decided and the tenant configures none.
     */
    public Optional<Decision> beforeLlm(TenantProfile tenant, Conversation conversation,
            Supplier<List<String>> humanAttendants) {
        Optional<HumanRequestRule.HumanRequest> request = humanRequest.detect(conversation);
        if (request.isPresent()) {
            List<String> humans = tenant.handoffAttendantIds().isEmpty() ? humanAttendants.get() : List.of();
            return Optional.of(Decision.byRule(new Action.Handoff(FixedTexts.handoff(tenant, clock.instant()),
                    Handoffs.target(tenant, humans), "human requested"), "human requested: " + request.get().words()));
        }
        if (!Salutations.onlySalutations(conversation.burst())) {
            String reason = "customer already asked something: started, left to bot-reply and ai-reply";
            return Optional.of(Decision.byRule(new Action.Start(reason), reason));
        }
        return Optional.empty();
    }

    /**
     * The greeting to send, from the LLM's answer (null when it did not parse); a greeting the output guard refuses
     * (a secret, a link, a phishing ask, another language, the system prompt) is a hand-off with the fixed text
     * instead, since the LLM was talked into it.
     *
     * @param humanAttendants TempBox's human attendants, asked for only when a hand-off is decided and the tenant
     *     configures none
     */
    public Decision decide(TenantProfile tenant, Conversation conversation, @Nullable Greeting greeting,
            OutgoingTextCheck check, Supplier<List<String>> humanAttendants) {
        if (greeting == null) {
            return fixed(tenant, "greeting did not parse");
        }
        Set<String> violations = StructuredAnswerValidator.violations(greeting);
        if (!violations.isEmpty()) {
            return fixed(tenant, "invalid greeting: " + violations);
        }
        String text = greeting.message().strip();
        Optional<String> problem = check.problemWith(text);
        if (problem.isPresent() && problem.get().startsWith(GuardFailure.PREFIX)) {
            List<String> humans = tenant.handoffAttendantIds().isEmpty() ? humanAttendants.get() : List.of();
            String reason = OutgoingTextCheck.failure("greeting", problem.get());
            return Decision.byRule(new Action.Handoff(FixedTexts.HANDOFF, Handoffs.target(tenant, humans), reason),
                    reason);
        }
        if (problem.isPresent()) {
            return fixed(tenant, OutgoingTextCheck.failure("greeting", problem.get()));
        }
        return Decision.byLlm(new Action.Greet(text), null, "greeting written by the LLM");
    }

    /** The greeting to send when the LLM is unavailable: the fixed one. */
    public Decision withoutLlm(TenantProfile tenant) {
        return fixed(tenant, "LLM unavailable");
    }

    private Decision fixed(TenantProfile tenant, String reason) {
        if (tenant.greetingFallback() != null && !tenant.greetingFallback().isBlank()) {
            return Decision.byFallback(new Action.Greet(tenant.greetingFallback().strip()),
                    reason + "; the tenant's fixed greeting");
        }
        String period = PtBr.greetingPeriod(clock.instant(), tenant.zone());
        String text = FixedTexts.greeting(period, tenant.companyForPrompts());
        return Decision.byFallback(new Action.Greet(text), reason + "; fixed greeting");
    }
}
