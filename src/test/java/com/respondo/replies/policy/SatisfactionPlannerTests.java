package com.respondo.replies.policy;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import com.respondo.conversation.Conversation;
import com.respondo.conversation.Message;
import com.respondo.outcomes.SatisfactionSurvey;

import static org.assertj.core.api.Assertions.assertThat;

class SatisfactionPlannerTests {

    private static final String BOT = "00000000-0000-0000-0000-0000000000b0";
    private static final Instant T0 = Instant.parse("2026-12-01T12:00:00Z");

    private final AtomicInteger stepPlans = new AtomicInteger();

    @Test
    void endsTheFarewellWithTheQuestionWhenTheTenantAsksIt() {
        Decision decision = new SatisfactionPlanner(closing(), true).plan(conversation(
                Message.fromCustomer("m1", "Ana", "Obrigada, era só isso", T0)));

        assertThat(decision.action()).isEqualTo(new Action.Close("Por nada!\n\n" + SatisfactionSurvey.QUESTION));
        assertThat(decision.reason()).endsWith("; satisfaction question asked");
    }

    @Test
    void leavesTheFarewellAsItIsWhenTheTenantDoesNotAsk() {
        Decision decision = new SatisfactionPlanner(closing(), false).plan(conversation(
                Message.fromCustomer("m1", "Ana", "Obrigada, era só isso", T0)));

        assertThat(decision.action()).isEqualTo(new Action.Close("Por nada!"));
    }

    @Test
    void recordsARatingAfterTheQuestionAsASettlingDeferralWithoutAskingTheStep() {
        Decision decision = new SatisfactionPlanner(closing(), true).plan(conversation(
                Message.fromCustomer("m1", "Ana", "Obrigada", T0),
                Message.fromAttendant("m2", BOT, "Bot", "Por nada!\n\n" + SatisfactionSurvey.QUESTION, T0.plusSeconds(5)),
                Message.fromCustomer("m3", "Ana", "5", T0.plusSeconds(60))));

        assertThat(decision.action()).isEqualTo(new Action.Defer("satisfaction rating: 5", true));
        assertThat(decision.basis()).isEqualTo(Decision.Basis.RULE);
        assertThat(stepPlans).hasValue(0);
    }

    @Test
    void aQuestionAfterTheRatingIsPlannedByTheStep() {
        Decision decision = new SatisfactionPlanner(closing(), true).plan(conversation(
                Message.fromAttendant("m2", BOT, "Bot", "Por nada!\n\n" + SatisfactionSurvey.QUESTION, T0),
                Message.fromCustomer("m3", "Ana", "5", T0.plusSeconds(60)),
                Message.fromCustomer("m4", "Ana", "ah, vocês abrem sábado?", T0.plusSeconds(70))));

        assertThat(decision.action()).isInstanceOf(Action.Close.class);
        assertThat(stepPlans).hasValue(1);
    }

    private ReplyPlanner closing() {
        return conversation -> {
            stepPlans.incrementAndGet();
            return Decision.byLlm(new Action.Close("Por nada!"), 0.9, "farewell");
        };
    }

    private static Conversation conversation(Message... messages) {
        return new Conversation("clinica-sorriso", "c-1", "h-1", BOT, false, 1, "Ana", List.of(messages));
    }
}
