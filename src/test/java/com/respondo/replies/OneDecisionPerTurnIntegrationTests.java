package com.respondo.replies;

import java.time.Duration;

import com.respondo.ledger.LedgerAction;
import com.respondo.ledger.LedgerStatus;
import com.respondo.sandbox.SeededConversation;
import com.respondo.sandbox.llm.SandboxLlmControls;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.respondo.replies.Scenario.AURORA;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One LLM request per customer turn: bot-reply asks the one decision; when it sends no canned message, ai-reply
 * follows that answer without asking the LLM, or reading the conversation, again, and still reads it again before
 * posting. A customer turn that changed between the steps gets its own decision, and nothing is posted where a
 * person wrote meanwhile.
 */
@RepliesIntegrationTest
class OneDecisionPerTurnIntegrationTests {

    @Autowired
    Scenario scenario;

    @Autowired
    SandboxLlmControls llm;

    @BeforeEach
    void emptySandbox() {
        scenario.reset();
    }

    @Test
    void aiReplyFollowsTheAnswerBotReplyAskedForWithoutAskingAgain() throws Exception {
        SeededConversation rodrigo = scenario.botConversation(AURORA, "Vocês vendem vale-presente?");

        scenario.run("bot-reply", AURORA);
        assertThat(scenario.entry("bot-reply", rodrigo)).get()
            .satisfies(entry -> assertThat(entry.status()).isEqualTo(LedgerStatus.DEFERRED));
        assertThat(llm.requests()).isEqualTo(1);
        scenario.mark();
        scenario.run("ai-reply", AURORA);

        assertThat(llm.requests()).as("ai-reply asked nothing").isEqualTo(1);
        assertThat(scenario.posted("EnviarMensagem")).singleElement().satisfies(call -> {
            assertThat(call.inReplyTo()).isEqualTo(rodrigo.mensagem());
            assertThat(call.text()).containsIgnoringCase("vale-presente");
        });
        assertThat(scenario.entry("ai-reply", rodrigo)).get().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(LedgerAction.REPLY);
            assertThat(entry.status()).isEqualTo(LedgerStatus.SENT);
            assertThat(entry.detail()).containsEntry("basis", "LLM").containsKey("sources");
        });
        assertThat(scenario.calls()).as("only the re-read before posting")
            .containsEntry("ListarMensagensAtendimento", 1L)
            .containsEntry("Consultar", 1L);
    }

    @Test
    void aCustomerWhoWroteAgainBetweenTheStepsGetsADecisionForTheNewTurn() throws Exception {
        SeededConversation rodrigo = scenario.botConversation(AURORA, Duration.ofMinutes(2),
                "Vocês vendem vale-presente?");
        scenario.run("bot-reply", AURORA);
        SeededConversation again = scenario.customerWrites(rodrigo, Duration.ofSeconds(30),
                "Quero falar com um atendente, por favor");
        scenario.mark();

        scenario.run("ai-reply", AURORA);

        assertThat(scenario.posted("EnviarMensagem")).singleElement()
            .satisfies(call -> assertThat(call.inReplyTo()).isEqualTo(again.mensagem()));
        assertThat(scenario.entry("ai-reply", again)).get()
            .satisfies(entry -> assertThat(entry.action()).isEqualTo(LedgerAction.HANDOFF));
    }

    @Test
    void nothingIsPostedWhereAPersonWroteBetweenTheSteps() throws Exception {
        SeededConversation rodrigo = scenario.botConversation(AURORA, "Vocês vendem vale-presente?");
        scenario.run("bot-reply", AURORA);
        scenario.humanWrites(AURORA, rodrigo, Duration.ofSeconds(10), "Oi Rodrigo, aqui é a Marina, já te ajudo.");
        scenario.mark();

        scenario.run("ai-reply", AURORA);

        assertThat(scenario.posted()).isEmpty();
        assertThat(llm.requests()).isEqualTo(1);
    }
}
