package com.respondo.replies;

import java.util.List;
import java.util.Map;

import com.respondo.jobs.StepMode;
import com.respondo.ledger.LedgerAction;
import com.respondo.ledger.LedgerStatus;
import com.respondo.sandbox.PostedCall;
import com.respondo.sandbox.SeededConversation;
import com.respondo.sandbox.llm.SandboxLlmControls;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.respondo.replies.Scenario.AURORA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** In {@code remote} mode each step hands the same items to TempBox's own automation, once. */
@RepliesIntegrationTest
class RemoteModeIntegrationTests {

    @Autowired
    Scenario scenario;

    @Autowired
    SandboxLlmControls llm;

    @BeforeEach
    void emptySandbox() {
        scenario.reset();
    }

    @Test
    void initialResponseAsksTempBoxsInitialRunOnceForAllNewConversations() throws Exception {
        List<SeededConversation> fresh = List.of(scenario.newConversation(AURORA, "oi"),
                scenario.newConversation(AURORA, "Vocês entregam em Campinas?"));
        scenario.mark();

        scenario.run("initial-response", AURORA, StepMode.REMOTE);
        scenario.run("initial-response", AURORA, StepMode.REMOTE);

        assertThat(scenario.calls()).containsExactlyInAnyOrderEntriesOf(
                Map.of("ListarMensagensEmAberto", 2L, "ProcessarOcorrenciaRespostaInicialBotIa", 1L));
        assertThat(scenario.posted()).extracting(PostedCall::inReplyTo)
            .containsExactlyInAnyOrderElementsOf(fresh.stream().map(SeededConversation::mensagem).toList());
        fresh.forEach(conversation -> assertThat(scenario.entry("initial-response", conversation)).get()
            .satisfies(entry -> {
                assertThat(entry.action()).isEqualTo(LedgerAction.REMOTE);
                assertThat(entry.status()).isEqualTo(LedgerStatus.SENT);
                assertThat(entry.detail()).containsEntry("operation", "ProcessarOcorrenciaRespostaInicialBotIa");
            }));
        assertThat(llm.requests()).isZero();
    }

    @Test
    void botReplyAsksTempBoxsBotForEachWaitingMessage() throws Exception {
        List<SeededConversation> waiting = List.of(scenario.botConversation(AURORA, "Qual o prazo de entrega?"),
                scenario.botConversation(AURORA, "Aceitam pix?"));
        scenario.mark();

        scenario.run("bot-reply", AURORA, StepMode.REMOTE);

        assertThat(scenario.calls()).containsExactlyInAnyOrderEntriesOf(
                Map.of("ListarMensagensEmAberto", 1L, "ResponderMensagemBot", 2L));
        assertThat(scenario.posted()).extracting(PostedCall::operation, PostedCall::inReplyTo)
            .containsExactlyInAnyOrderElementsOf(waiting.stream()
                .map(conversation -> tuple("ResponderMensagemBot", conversation.mensagem()))
                .toList());
        assertThat(llm.requests()).isZero();
    }

    @Test
    void aiReplyAsksTempBoxsAiForEachWaitingConversationOnlyOnce() throws Exception {
        List<SeededConversation> waiting = List.of(scenario.botConversation(AURORA, "Vocês vendem vale-presente?"),
                scenario.botConversation(AURORA, "Tem loja em Joinville?"));
        scenario.mark();

        scenario.run("ai-reply", AURORA, StepMode.REMOTE);
        scenario.run("ai-reply", AURORA, StepMode.REMOTE);

        assertThat(scenario.calls()).containsExactlyInAnyOrderEntriesOf(
                Map.of("ListarMensagensEmAberto", 2L, "ResponderMensagemIa", 2L));
        assertThat(scenario.posted()).extracting(PostedCall::inReplyTo)
            .containsExactlyInAnyOrderElementsOf(waiting.stream().map(SeededConversation::mensagem).toList());
        assertThat(llm.requests()).isZero();
    }
}
