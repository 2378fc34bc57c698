package com.respondo.replies.policy;

import com.respondo.conversation.Channel;
import com.respondo.conversation.Conversation;
import com.respondo.conversation.ReplySettings;
import com.respondo.conversation.TenantProfile;
import com.respondo.replies.Fixtures;
import static com.respondo.replies.Fixtures.ANA;
import static com.respondo.replies.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The hand-off message outside business hours says when a person will be back; inside them it does not change. */
class AfterHoursHandoffTests {

    private static final String INSIDE_HOURS = "Vou te transferir para um atendente. Por favor, aguarde um momento.";

    private final TenantProfile tenant = Fixtures.tenant();
    private final List<String> humans = List.of(ANA);
    private final AgendaOptions agenda = AgendaOptions.of(List.of(), NOW, 10);
    private final OutgoingTextCheck check = OutgoingTextCheck.forChannel(new Channel("WhatsApp", 4096));
    private final Conversation asking = Fixtures.conversation().customer("quero falar com um atendente", 1).build();

    @Test
    void aHumanRequestOnFridayEveningIsToldAPersonAnswersSaturdayMorning() {
        AiReplyPolicy policy = new AiReplyPolicy(ReplySettings.defaults(), Fixtures.clockAt(2024, 11, 29, 19, 0));

        Decision decision = policy.beforeLlm(tenant, asking, humans).orElseThrow();

        assertThat(decision.action()).isEqualTo(new Action.Handoff("Vou te transferir para um atendente. No momento "
                + "estamos fora do horário de atendimento: uma pessoa vai te responder amanhã, sábado, "
                + "a partir das 9h.", ANA, "human requested"));
    }

    @Test
    void aFallbackHandOffOnSaturdayAfternoonNamesMonday() {
        AiReplyPolicy policy = new AiReplyPolicy(ReplySettings.defaults(), Fixtures.clockAt(2024, 11, 30, 14, 0));

        Decision decision = policy.decide(tenant, agenda, null, humans, check);

        assertThat(decision.action().outgoingText()).contains("Vou te transferir para um atendente. No momento "
                + "estamos fora do horário de atendimento: uma pessoa vai te responder na segunda-feira, 2 de "
                + "dezembro, a partir das 8h.");
    }

    @Test
    void onAWeekdayHolidayThePersonIsBackTheNextOpenDay() {
        AiReplyPolicy policy = new AiReplyPolicy(ReplySettings.defaults(), Fixtures.clockAt(2024, 11, 15, 10, 0));

        Decision decision = policy.decide(tenant, agenda, null, humans, check);

        assertThat(decision.action().outgoingText()).get().asString()
                .endsWith("uma pessoa vai te responder amanhã, sábado, a partir das 9h.");
    }

    @Test
    void aHandOffForAnUnavailableLlmSaysItToo() {
        AiReplyPolicy policy = new AiReplyPolicy(ReplySettings.defaults(), Fixtures.clockAt(2024, 11, 29, 23, 0));

        Decision decision = policy.withoutLlm(tenant, asking, humans);

        assertThat(decision.action().outgoingText()).get().asString()
                .endsWith("uma pessoa vai te responder amanhã, sábado, a partir das 9h.");
    }

    @Test
    void theLlmsOwnHandOffMessageGetsTheReturnTimeAppended() {
        AiReplyPolicy policy = new AiReplyPolicy(ReplySettings.defaults(), Fixtures.clockAt(2024, 11, 29, 22, 0));
        AiDecision answer = new AiDecision(AiAction.HANDOFF, "Vou chamar uma pessoa da equipe para te ajudar.", 0.9,
                "motivo", null, null);

        Decision decision = policy.decide(tenant, agenda, answer, humans, check);

        assertThat(decision.action()).isEqualTo(new Action.Handoff("Vou chamar uma pessoa da equipe para te ajudar. "
                + "No momento estamos fora do horário de atendimento: uma pessoa vai te responder amanhã, sábado, "
                + "a partir das 9h.", ANA, "AI handoff"));
    }

    @Test
    void theLlmsHandOffMessageStaysAsItIsWhenTheReturnTimeWouldMakeItTooLong() {
        AiReplyPolicy policy = new AiReplyPolicy(ReplySettings.defaults(), Fixtures.clockAt(2024, 11, 29, 22, 0));
        String message = "Vou chamar uma pessoa da equipe para te ajudar.";
        AiDecision answer = new AiDecision(AiAction.HANDOFF, message, 0.9, "motivo", null, null);
        OutgoingTextCheck shortChannel = OutgoingTextCheck.forChannel(new Channel("SMS", message.length() + 10));

        Decision decision = policy.decide(tenant, agenda, answer, humans, shortChannel);

        assertThat(decision.action().outgoingText()).contains(message);
    }

    @Test
    void theGreetingStepsHandOffSaysItToo() {
        GreetingPolicy policy = new GreetingPolicy(Fixtures.clockAt(2024, 12, 1, 9, 0));

        Decision decision = policy.beforeLlm(tenant, asking, humans).orElseThrow();

        assertThat(decision.action().outgoingText()).get().asString()
                .endsWith("uma pessoa vai te responder amanhã, segunda-feira, a partir das 8h.");
    }

    @Test
    void insideBusinessHoursTheHandOffMessageIsUnchanged() {
        AiReplyPolicy policy = new AiReplyPolicy(ReplySettings.defaults(), Fixtures.clockAt(2024, 11, 29, 17, 59));
        GreetingPolicy greeting = new GreetingPolicy(Fixtures.clockAt(2024, 11, 30, 9, 0));

        assertThat(policy.beforeLlm(tenant, asking, humans).orElseThrow().action().outgoingText())
                .contains(INSIDE_HOURS);
        assertThat(greeting.beforeLlm(tenant, asking, humans).orElseThrow().action().outgoingText())
                .contains(INSIDE_HOURS);
    }
}
