package com.respondo.replies;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * initial-response's decision: greet with the LLM's greeting when it is valid and passes the outgoing-text check,
 * otherwise (invalid, failed check, LLM unavailable) with a fixed pt-BR greeting, because a greeting needs no
 * intelligence and no customer should wait for one; a customer whose first words ask for a human is handed off.
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
     * conversation as the bot, tells the customer and forwards it), else empty.
     */
    public Optional<Decision> beforeLlm(TenantProfile tenant, Conversation conversation,
            List<String> humanAttendants) {
        return humanRequest.detect(conversation).map(request -> Decision.byRule(
                new Action.Handoff(FixedTexts.HANDOFF, Handoffs.target(tenant, humanAttendants),
                        "human requested"), "human requested: " + request.words()));
    }

    /** The greeting to send, from the LLM's answer (null when it did not parse). */
    public Decision decide(TenantProfile tenant, Conversation conversation, @Nullable Greeting greeting,
            OutgoingTextCheck check) {
        if (greeting == null) {
            return fixed(tenant, "greeting did not parse");
        }
        Set<String> violations = Constraints.violations(greeting);
        if (!violations.isEmpty()) {
            return fixed(tenant, "invalid greeting: " + violations);
        }
        String text = greeting.message().strip();
        Optional<String> problem = check.problemWith(text);
        if (problem.isPresent()) {
            return fixed(tenant, "greeting failed the check: " + problem.get());
        }
        return Decision.byLlm(new Action.Greet(text), null, "greeting written by the LLM");
    }

    /** The greeting to send when the LLM is unavailable: the fixed one. */
    public Decision withoutLlm(TenantProfile tenant) {
        return fixed(tenant, "LLM unavailable");
    }

    private Decision fixed(TenantProfile tenant, String reason) {
        String period = PtBr.greetingPeriod(clock.instant(), tenant.zone());
        String text = FixedTexts.greeting(period, ReplyPrompts.company(tenant));
        return Decision.byFallback(new Action.Greet(text), reason + "; fixed greeting");
    }
}
