package com.respondo.replies.policy;

import static com.respondo.replies.Fixtures.ANA;
import static com.respondo.replies.Fixtures.BOT;
import static com.respondo.replies.Fixtures.CARLOS;
import static com.respondo.replies.Fixtures.NOW;
import static com.respondo.testsupport.TestZones.SAO_PAULO;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.respondo.conversation.Channel;
import com.respondo.conversation.Conversation;
import com.respondo.conversation.ReplySettings;
import com.respondo.conversation.TenantProfile;
import com.respondo.replies.Fixtures;

class AiReplyPolicyTests {

    private static final String FIXED_HANDOFF = "Vou te transferir para um atendente. Por favor, aguarde um momento.";
    private static final Instant MONDAY_10 = ZonedDateTime.of(2024, 12, 2, 10, 0, 0, 0, SAO_PAULO).toInstant();

    private final AiReplyPolicy policy = new AiReplyPolicy(ReplySettings.defaults(), Fixtures.CLOCK);
    private final TenantProfile tenant = Fixtures.tenant();
    private final AgendaOptions agenda = AgendaOptions.of(List.of(new AgendaSlot(MONDAY_10, CARLOS)), NOW, 10);
    private final List<String> humans = List.of(ANA);
    private final OutgoingTextCheck check = OutgoingTextCheck.forChannel(new Channel("WhatsApp", 4096));

    private static AiDecision answer(AiAction action, String message, double confidence) {
        return new AiDecision(action, message, confidence, "motivo", null, null);
    }

    @Test
    void repliesWithTheAisMessage() {
        Decision decision = decide(answer(AiAction.REPLY, " Entregamos em Campinas, sim! ", 0.9));

        assertThat(decision.action()).isEqualTo(new Action.SendReply("Entregamos em Campinas, sim!"));
        assertThat(decision.basis()).isEqualTo(Decision.Basis.LLM);
        assertThat(decision.confidence()).isEqualTo(0.9);
        assertThat(decision.reason()).isEqualTo("motivo");
    }

    @Test
    void actsAtExactlyTheThresholdAndHandsOffJustBelowIt() {
        assertThat(decide(answer(AiAction.REPLY, "Sim!", 0.6)).kind()).isEqualTo(ActionKind.SEND_REPLY);

        Decision low = decide(answer(AiAction.REPLY, "Acho que sim?", 0.59));

        assertThat(low.action()).isEqualTo(new Action.Handoff(FIXED_HANDOFF, ANA, "AI confidence 0.59 below 0.6"));
        assertThat(low.basis()).isEqualTo(Decision.Basis.RULE);
        assertThat(low.confidence()).isEqualTo(0.59);
    }

    @Test
    void handsOffWithTheAisMessageToTheTenantsFirstHandoffAttendant() {
        TenantProfile configured = Fixtures.tenant(List.of(BOT, CARLOS, ANA));

        Decision decision = policy.decide(configured, agenda,
                answer(AiAction.HANDOFF, "Vou chamar alguém do financeiro.", 0.8), humans, check);

        assertThat(decision.action()).isEqualTo(new Action.Handoff("Vou chamar alguém do financeiro.", CARLOS,
                "AI handoff"));
    }

    @Test
    void handsOffToTempBoxsHumansWhenTheTenantConfiguresNoneAndToTheRoutingWhenThereAreNone() {
        Decision toAna = decide(answer(AiAction.HANDOFF, "Um momento.", 0.8));
        Decision toRouting = policy.decide(tenant, agenda, answer(AiAction.HANDOFF, "Um momento.", 0.8), List.of(),
                check);

        assertThat(((Action.Handoff) toAna.action()).attendantId()).isEqualTo(ANA);
        assertThat(((Action.Handoff) toRouting.action()).attendantId()).isNull();
    }

    @Test
    void handsOffWithTheFixedMessageWhenTheAisHandoffMessageFailsTheCheck() {
        Decision decision = decide(answer(AiAction.HANDOFF, "", 0.8));

        assertThat(decision.action()).isEqualTo(new Action.Handoff(FIXED_HANDOFF, ANA,
                "AI hand-off message failed the check: blank text"));
    }

    @Test
    void schedulesTheFollowUpAtTheListedSlot() {
        Decision decision = decide(new AiDecision(AiAction.SCHEDULE, "Agendei para segunda às 10h.", 0.85, "agenda",
                "Olá! Lembrete da sua visita hoje às 10h.", 1));

        assertThat(decision.action()).isEqualTo(new Action.Schedule("Agendei para segunda às 10h.",
                new AgendaSlot(MONDAY_10, CARLOS), "Olá! Lembrete da sua visita hoje às 10h."));
        assertThat(decision.action().outgoingTexts()).hasSize(2);
    }

    @Test
    void schedulesAFixedReminderWhenTheAiGivesNoFollowUp() {
        Decision decision = decide(new AiDecision(AiAction.SCHEDULE, "Agendado!", 0.85, "", " ", 1));

        assertThat(((Action.Schedule) decision.action()).followUpText())
                .isEqualTo("Olá! Passando para lembrar do horário agendado: seg 02/12 às 10:00.");
    }

    @Test
    void answersWithoutTheFollowUpInAConversationAHumanJoined() {
        Decision scheduled = decide(new AiDecision(AiAction.SCHEDULE, "Agendei para segunda às 10h.", 0.85, "agenda",
                "Lembrete da sua consulta", 1));
        Conversation joined = Fixtures.conversation().customer("oi", 90).human("Sou a Ana", 60).bot("Olá!", 50)
            .customer("quero agendar", 1).build();
        Conversation botOnly = Fixtures.conversation().customer("oi", 90).bot("Olá!", 50).customer("quero agendar", 1)
            .build();

        Decision withoutFollowUp = policy.withoutFollowUpOnceHumanJoined(scheduled, joined, BOT);

        assertThat(withoutFollowUp.action()).isEqualTo(new Action.SendReply("Agendei para segunda às 10h."));
        assertThat(withoutFollowUp.reason()).contains("a human attendant joined");
        assertThat(policy.withoutFollowUpOnceHumanJoined(scheduled, botOnly, BOT)).isEqualTo(scheduled);
    }

    @Test
    void handsOffWhenTheSlotIsNotOneOfTheListedOnes() {
        for (Integer slot : new Integer[] {null, 2, 0, -1}) {
            Decision decision = decide(new AiDecision(AiAction.SCHEDULE, "Agendado!", 0.85, "", "Lembrete", slot));

            assertThat(decision.kind()).as("slot %s", slot).isEqualTo(ActionKind.HANDOFF);
            assertThat(decision.action().outgoingText()).contains(FIXED_HANDOFF);
        }
    }

    @Test
    void handsOffWhenTheScheduledFollowUpFailsTheCheck() {
        Decision decision = decide(new AiDecision(AiAction.SCHEDULE, "Agendado!", 0.85, "", "Olá {nome}!", 1));

        assertThat(decision.kind()).isEqualTo(ActionKind.HANDOFF);
        assertThat(decision.reason()).contains("follow-up failed the check");
    }

    @Test
    void closesWithTheAisFarewell() {
        Decision decision = decide(answer(AiAction.CLOSE, "Obrigado pelo contato, Maria! Até logo.", 0.95));

        assertThat(decision.action()).isEqualTo(new Action.Close("Obrigado pelo contato, Maria! Até logo."));
    }

    @Test
    void handsOffWhenAnyTextFailsTheCheckNeverSendingIt() {
        for (AiAction action : List.of(AiAction.REPLY, AiAction.CLOSE, AiAction.SCHEDULE)) {
            Decision decision = decide(new AiDecision(action, "Olá {{customerName}}", 0.99, "", "Lembrete", 1));

            assertThat(decision.action()).as(action.name())
                    .isEqualTo(new Action.Handoff(FIXED_HANDOFF, ANA, decision.reason()));
            assertThat(decision.reason()).contains("failed the check");
        }
    }

    @Test
    void handsOffWhenTheAnswerDidNotParseOrIsInvalid() {
        assertThat(decide(null).action()).isEqualTo(new Action.Handoff(FIXED_HANDOFF, ANA, "AI answer did not parse"));
        assertThat(decide(new AiDecision(null, "oi", 0.9, "", null, null)).reason()).contains("invalid AI answer");
        assertThat(decide(new AiDecision(AiAction.REPLY, "oi", null, "", null, null)).kind())
                .isEqualTo(ActionKind.HANDOFF);
        assertThat(decide(new AiDecision(AiAction.REPLY, "oi", 1.01, "", null, null)).kind())
                .isEqualTo(ActionKind.HANDOFF);
        assertThat(decide(new AiDecision(AiAction.REPLY, null, 0.9, "", null, null)).kind())
                .isEqualTo(ActionKind.HANDOFF);
    }

    @Test
    void handsOffBeforeAnyLlmCallWhenTheCustomerAsksForAHuman() {
        Conversation asking = Fixtures.conversation().customer("oi", 2).customer("me passa pra alguém", 1).build();

        Decision decision = policy.beforeLlm(tenant, asking, humans).orElseThrow();

        assertThat(decision.action()).isEqualTo(new Action.Handoff(FIXED_HANDOFF, ANA, "human requested"));
        assertThat(decision.basis()).isEqualTo(Decision.Basis.RULE);
        assertThat(decision.reason()).startsWith("human requested: ");
    }

    @Test
    void asksTheLlmWhenTheCustomerDoesNotAskForAHuman() {
        Conversation conversation = Fixtures.conversation().customer("qual o prazo de entrega?", 1).build();

        assertThat(policy.beforeLlm(tenant, conversation, humans)).isEmpty();
    }

    @Test
    void defersWhileTheLlmIsUnavailableThenHandsOffOnceTheCustomerWaitedLongEnough() {
        Conversation recent = Fixtures.conversation().customer("primeira", 4).customer("segunda", 1).build();
        Conversation old = Fixtures.conversation().customer("primeira", 5).customer("segunda", 1).build();

        Decision waiting = policy.withoutLlm(tenant, recent, humans);
        Decision handoff = policy.withoutLlm(tenant, old, humans);

        assertThat(waiting.action()).isEqualTo(new Action.Defer("LLM unavailable; retry next run"));
        assertThat(handoff.action()).isEqualTo(new Action.Handoff(FIXED_HANDOFF, ANA, "LLM unavailable"));
        assertThat(handoff.basis()).isEqualTo(Decision.Basis.FALLBACK);
    }

    @Test
    void theLlmWaitIsConfigurable() {
        AiReplyPolicy impatient = new AiReplyPolicy(new ReplySettings(Duration.ofSeconds(8), 0.75, 0.6,
                Duration.ofMinutes(1), 3000, 4, 10), Fixtures.CLOCK);
        Conversation conversation = Fixtures.conversation().customer("oi", 1).build();

        assertThat(impatient.withoutLlm(tenant, conversation, humans).kind()).isEqualTo(ActionKind.HANDOFF);
    }

    @Test
    void defersWhenNothingWaits() {
        Conversation answered = Fixtures.conversation().customer("oi", 10).bot("Olá!", 9).build();

        assertThat(policy.beforeLlm(tenant, answered, humans)).get().extracting(Decision::kind)
                .isEqualTo(ActionKind.DEFER);
        assertThat(policy.withoutLlm(tenant, answered, humans).kind()).isEqualTo(ActionKind.DEFER);
    }

    @Test
    void recordsALongLlmReasonBoundedAndOnOneLine() {
        Decision decision = decide(new AiDecision(AiAction.REPLY, "Sim!", 0.9, "linha\n" + "x".repeat(5000), null,
                null));

        assertThat(decision.reason()).hasSizeLessThanOrEqualTo(500).doesNotContain("\n");
    }

    private Decision decide(AiDecision answer) {
        return policy.decide(tenant, agenda, answer, humans, check);
    }
}
