package com.respondo.replies.policy;

import static com.respondo.replies.Fixtures.ANA;
import static com.respondo.replies.Fixtures.BOT;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.respondo.conversation.Channel;
import com.respondo.conversation.Conversation;
import com.respondo.conversation.ReplySettings;
import com.respondo.conversation.TenantProfile;
import com.respondo.replies.Fixtures;

/** Issue 16, item 5: the reply policies neither repeat the bot's previous message nor keep answering in circles. */
class LoopPolicyTests {

    private static final String QUESTION = "Qual o prazo de entrega para Curitiba?";
    private static final String ANSWER = "O prazo aparece no carrinho depois de informar o CEP.";

    private final AiReplyPolicy ai = new AiReplyPolicy(ReplySettings.defaults(), Fixtures.CLOCK);
    private final BotReplyPolicy bot = new BotReplyPolicy(ReplySettings.defaults());
    private final TenantProfile tenant = Fixtures.tenant();
    private final List<String> humans = List.of(ANA);
    private final CannedMenu menu = CannedMenu.of(Fixtures.canned(), Fixtures.WHATSAPP);
    private final OutgoingTextCheck check = OutgoingTextCheck.forChannel(new Channel("WhatsApp", 4096));

    private final Conversation twiceNotUnderstood = Fixtures.conversation().customer(QUESTION, 5).bot(ANSWER, 4)
        .customer("não entendi", 3).bot("Para Curitiba, de 3 a 5 dias úteis.", 2).customer("nao entendi", 1).build();

    @Test
    void aiReplyHandsOffByRuleBeforeTheLlmAfterTwoAnswersThatDidNotHelp() {
        Decision decision = ai.beforeLlm(tenant, twiceNotUnderstood, humans).orElseThrow();

        assertThat(decision.action()).isInstanceOfSatisfying(Action.Handoff.class, handoff -> {
            assertThat(handoff.text()).isEqualTo(FixedTexts.HANDOFF);
            assertThat(handoff.attendantId()).isEqualTo(ANA);
        });
        assertThat(decision.basis()).isEqualTo(Decision.Basis.RULE);
        assertThat(decision.reason()).startsWith(ConversationLoop.NO_PROGRESS);
    }

    @Test
    void theNoProgressHandOffSaysWhenAPersonIsBackOutsideBusinessHours() {
        AiReplyPolicy atNight = new AiReplyPolicy(ReplySettings.defaults(), Fixtures.clockAt(22, 30));

        Decision decision = atNight.beforeLlm(tenant, twiceNotUnderstood, humans).orElseThrow();

        assertThat(decision.action().outgoingText()).get().asString()
            .startsWith(FixedTexts.TRANSFER).contains("fora do horário de atendimento");
    }

    @Test
    void botReplyLeavesANoProgressConversationToAiReply() {
        Decision decision = bot.beforeLlm(twiceNotUnderstood, menu, BOT).orElseThrow();

        assertThat(decision.deferred()).isTrue();
        assertThat(decision.reason()).startsWith(ConversationLoop.NO_PROGRESS);
    }

    @Test
    void bothPoliciesAskTheLlmAfterOneAnswerThatDidNotHelp() {
        Conversation once = Fixtures.conversation().customer(QUESTION, 3).bot(ANSWER, 2).customer("não entendi", 1)
            .build();

        assertThat(ai.beforeLlm(tenant, once, humans)).isEmpty();
        assertThat(bot.beforeLlm(once, menu, BOT)).isEmpty();
    }

    @Test
    void anAiReplyEqualToTheBotsPreviousMessageIsHandedOffInstead() {
        Conversation conversation = Fixtures.conversation().customer(QUESTION, 3).bot(ANSWER, 2)
            .customer("e aí?", 1).build();
        Decision repeated = ai.decide(tenant, AgendaOptions.none(),
                new AiDecision(AiAction.REPLY, "o prazo aparece no carrinho depois de informar o CEP!", 0.9, "", null,
                        null), humans, check);

        Decision decision = ai.withoutRepeat(repeated, tenant, conversation, humans);

        assertThat(decision.action()).isEqualTo(new Action.Handoff(FixedTexts.HANDOFF, ANA, decision.reason()));
        assertThat(decision.reason()).startsWith(ConversationLoop.REPEAT);
        assertThat(decision.confidence()).isEqualTo(0.9);
    }

    @Test
    void aDifferentAiReplyIsSentAsItIs() {
        Conversation conversation = Fixtures.conversation().customer(QUESTION, 3).bot(ANSWER, 2)
            .customer("e aí?", 1).build();
        Decision reply = Decision.byLlm(new Action.SendReply("Para Curitiba, de 3 a 5 dias úteis."), 0.9, "");

        assertThat(ai.withoutRepeat(reply, tenant, conversation, humans)).isSameAs(reply);
    }

    @Test
    void aHandOffWhoseFixedTextWasTheBotsPreviousMessageStillHandsOff() {
        Conversation conversation = Fixtures.conversation().customer(QUESTION, 3).bot(FixedTexts.HANDOFF, 2)
            .customer("alô?", 1).build();
        Decision handoff = new Decision(new Action.Handoff(FixedTexts.HANDOFF, ANA, "AI handoff"),
                Decision.Basis.LLM, 0.9, "");

        assertThat(ai.withoutRepeat(handoff, tenant, conversation, humans)).isSameAs(handoff);
    }

    @Test
    void aCannedMessageEqualToTheBotsPreviousMessageIsLeftToAiReply() {
        String hours = Fixtures.canned().get(0).text();
        Conversation conversation = Fixtures.conversation().customer("qual o horário?", 3).bot(hours, 2)
            .customer("e no feriado?", 1).build();
        Decision chosen = bot.decide(menu, new CannedChoice(2, 0.9, "horário"), check);

        Decision decision = bot.withoutRepeat(chosen, conversation, BOT);

        assertThat(chosen.kind()).isEqualTo(ActionKind.SEND_CANNED);
        assertThat(decision.deferred()).isTrue();
        assertThat(decision.reason()).startsWith(ConversationLoop.REPEAT);
        assertThat(bot.withoutRepeat(chosen, Fixtures.conversation().customer("qual o horário?", 1).build(), BOT))
            .isSameAs(chosen);
    }
}
