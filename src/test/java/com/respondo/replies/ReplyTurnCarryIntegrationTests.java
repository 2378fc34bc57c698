package com.respondo.replies;

import java.util.List;

import com.respondo.ledger.LedgerStatus;
import com.respondo.sandbox.PostedCall;
import com.respondo.sandbox.SeededConversation;
import com.respondo.sandbox.llm.SandboxLlmControls;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.respondo.replies.Scenario.AURORA;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Per conversation, not per step (issue 17): a turn that initial-response only starts, or that bot-reply leaves to
 * ai-reply, goes through the later steps' decisions in the item that read it, each performed through that step's
 * ledger (its name on the entry, the re-read before posting, one answer per message), and the later steps, when they
 * run, find it settled.
 */
@RepliesIntegrationTest
class ReplyTurnCarryIntegrationTests {

    @Autowired
    Scenario scenario;

    @Autowired
    SandboxLlmControls llm;

    @BeforeEach
    void emptySandbox() {
        scenario.reset();
        llm.reset();
    }

    @Test
    void aNewConversationThatAsksIsAnsweredByTheStepThatReadItWithOneReadAndOneReread() throws Exception {
        SeededConversation ana = scenario.newConversation(AURORA, "Vocês vendem vale-presente?");
        SeededConversation bruno = scenario.newConversation(AURORA, "Tem loja em Joinville?");
        scenario.mark();

        scenario.runCarrying("initial-response", AURORA, "bot-reply", "ai-reply");

        List<PostedCall> sent = scenario.posted("EnviarMensagem");
        assertThat(sent).extracting(PostedCall::inReplyTo)
            .containsExactlyInAnyOrder(ana.mensagem(), bruno.mensagem());
        assertThat(scenario.posted("IniciarAtendimento")).as("started by the answer's delivery").hasSize(2);
        assertThat(scenario.entry("initial-response", ana)).as("no start of its own").isEmpty();
        assertThat(answerHeld(ana)).isTrue();
        assertThat(answerHeld(bruno)).isTrue();
        assertThat(scenario.calls()).as("a read before deciding and a re-read before posting, each")
            .containsEntry("Consultar", 4L)
            .containsEntry("ListarMensagensAtendimento", 4L);
        assertThat(llm.requests()).as("one decision per turn").isEqualTo(2);

        scenario.mark();
        scenario.run("bot-reply", AURORA);
        scenario.run("ai-reply", AURORA);

        assertThat(scenario.posted()).as("the later steps find the turns settled").isEmpty();
    }

    @Test
    void aTurnBotReplyLeavesToAiReplyIsAnsweredInTheSameItem() throws Exception {
        SeededConversation carla = scenario.botConversation(AURORA, "Tem loja em Joinville?");
        scenario.mark();

        scenario.runCarrying("bot-reply", AURORA, "ai-reply");

        assertThat(scenario.posted("EnviarMensagem")).singleElement()
            .satisfies(call -> assertThat(call.inReplyTo()).isEqualTo(carla.mensagem()));
        assertThat(scenario.entry("bot-reply", carla)).get()
            .satisfies(entry -> assertThat(entry.status()).isEqualTo(LedgerStatus.DEFERRED));
        assertThat(scenario.entry("ai-reply", carla)).get()
            .satisfies(entry -> assertThat(entry.status()).isEqualTo(LedgerStatus.SENT));
        assertThat(llm.requests()).isEqualTo(1);

        scenario.mark();
        scenario.run("ai-reply", AURORA);

        assertThat(scenario.posted()).isEmpty();
    }

    @Test
    void aGreetingIsNotCarried() throws Exception {
        SeededConversation davi = scenario.newConversation(AURORA, "Oi, boa tarde");
        scenario.mark();

        scenario.runCarrying("initial-response", AURORA, "bot-reply", "ai-reply");

        assertThat(scenario.posted("EnviarMensagem")).singleElement()
            .satisfies(call -> assertThat(call.inReplyTo()).isEqualTo(davi.mensagem()));
        assertThat(scenario.entry("initial-response", davi)).get()
            .satisfies(entry -> assertThat(entry.status()).isEqualTo(LedgerStatus.SENT));
        assertThat(scenario.entry("bot-reply", davi)).isEmpty();
    }

    private boolean answerHeld(SeededConversation conversation) {
        return scenario.entry("bot-reply", conversation).filter(entry -> entry.status() == LedgerStatus.SENT)
            .or(() -> scenario.entry("ai-reply", conversation).filter(entry -> entry.status() == LedgerStatus.SENT))
            .isPresent();
    }
}
