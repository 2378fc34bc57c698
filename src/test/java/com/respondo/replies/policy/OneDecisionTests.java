package com.respondo.replies.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.respondo.conversation.Channel;
import com.respondo.conversation.ReplySettings;
import com.respondo.conversation.TenantProfile;
import com.respondo.replies.Fixtures;

/**
 * The one decision of a customer turn ({@link AiDecision} with its canned part) read by both policies: bot-reply's
 * sends the canned message it names with enough confidence, and otherwise defers; ai-reply's follows the same answer's
 * action, unaffected by the canned part.
 */
class OneDecisionTests {

    private final BotReplyPolicy bot = new BotReplyPolicy(ReplySettings.defaults());

    private final AiReplyPolicy ai = new AiReplyPolicy(ReplySettings.defaults(), Fixtures.CLOCK);

    private final TenantProfile tenant = Fixtures.tenant();

    private final CannedMenu menu = CannedMenu.of(Fixtures.canned(), Fixtures.WHATSAPP);

    private final OutgoingTextCheck check = OutgoingTextCheck.forChannel(new Channel("WhatsApp", 4096));

    // menu order: 1. Entregamos… (c-delivery) 2. Nosso horário… (c-hours) 3. Para trocas… (c-exchange)

    @Test
    void botReplySendsTheCannedMessageTheOneAnswerNames() {
        AiDecision answer = answer(2, 0.9);

        Decision decision = bot.decide(menu, answer.cannedChoice(), check);

        assertThat(decision.action()).isEqualTo(new Action.SendCanned("c-hours", Fixtures.canned().get(0).text()));
        assertThat(decision.confidence()).isEqualTo(0.9);
    }

    @Test
    void whenTheOneAnswerNamesNoCannedMessageBotReplyDefersAndAiReplyRepliesWithTheSameAnswer() {
        AiDecision answer = answer(0, 0.8);

        assertThat(bot.decide(menu, answer.cannedChoice(), check).action())
            .isEqualTo(new Action.Defer("no canned message fits"));
        assertThat(ai.decide(tenant, AgendaOptions.none(), answer, List.of(), check).action())
            .isEqualTo(new Action.SendReply("Temos vale-presente de R$ 50 a R$ 300."));
    }

    @Test
    void aCannedMessageNamedWithTooLittleConfidenceIsLeftToTheAnswersOwnAction() {
        AiDecision answer = answer(2, 0.6);

        assertThat(bot.decide(menu, answer.cannedChoice(), check).deferred()).isTrue();
        assertThat(ai.decide(tenant, AgendaOptions.none(), answer, List.of(), check).kind())
            .isEqualTo(ActionKind.SEND_REPLY);
    }

    @Test
    void anAnswerWithoutItsCannedPartIsNoCannedChoiceButStillADecision() {
        AiDecision answer = new AiDecision(AiAction.REPLY, "Temos vale-presente de R$ 50 a R$ 300.", 0.8, "fonte",
                null, null);

        assertThat(bot.decide(menu, answer.cannedChoice(), check).reason()).startsWith("invalid canned choice");
        assertThat(ai.decide(tenant, AgendaOptions.none(), answer, List.of(), check).kind())
            .isEqualTo(ActionKind.SEND_REPLY);
    }

    private static AiDecision answer(int canned, double cannedConfidence) {
        return new AiDecision(AiAction.REPLY, "Temos vale-presente de R$ 50 a R$ 300.", 0.8, "fonte", null, null,
                List.of(), canned, cannedConfidence);
    }
}
