package com.respondo.replies;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.respondo.jobs.StepMode;
import com.respondo.ledger.LedgerAction;
import com.respondo.ledger.LedgerEntry;
import com.respondo.ledger.LedgerStatus;
import com.respondo.sandbox.PostedCall;
import com.respondo.sandbox.SandboxFaults;
import com.respondo.sandbox.SeededConversation;
import com.respondo.sandbox.llm.SandboxLlmControls;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
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
    void initialResponseAsksTempBoxsInitialRunOncePerTenantHoweverManyBucketsItHas() throws Exception {
        List<SeededConversation> fresh = new ArrayList<>();
        Set<Integer> buckets = new HashSet<>();
        while (buckets.size() < 3 || fresh.size() < 4) {
            SeededConversation conversation = scenario.newConversation(AURORA, "oi");
            fresh.add(conversation);
            buckets.add(Math.floorMod(conversation.atendimento().toString().toLowerCase(Locale.ROOT).hashCode(), 3));
        }
        scenario.sandbox.holdAutomations(true);
        scenario.mark();

        JobExecution execution = scenario.run("initial-response", AURORA, StepMode.REMOTE, 3);

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(scenario.calls()).containsEntry("ProcessarOcorrenciaRespostaInicialBotIa", 1L);
        fresh.forEach(conversation -> assertThat(scenario.entry("initial-response", conversation)).get()
            .satisfies(entry -> assertThat(entry.status()).isEqualTo(LedgerStatus.SENT)));
        scenario.sandbox.releaseAutomations();
        assertThat(scenario.posted()).extracting(PostedCall::inReplyTo)
            .containsExactlyInAnyOrderElementsOf(fresh.stream().map(SeededConversation::mensagem).toList());
    }

    @Test
    void aRequestTempBoxMayHaveTakenIsNotAskedAgainBeforeUnconfirmedAfterNorWithoutReadingTheConversation()
            throws Exception {
        SeededConversation waiting = scenario.botConversation(AURORA, "Tem loja em Joinville?");
        scenario.sandbox.holdAutomations(true);
        scenario.sandbox.faults(SandboxFaults.none()
            .withTimeouts(1, Duration.ofSeconds(4), true)
            .onlyFor("ResponderMensagemIa"));
        scenario.mark();

        scenario.run("ai-reply", AURORA, StepMode.REMOTE);
        scenario.sandbox.faults(SandboxFaults.none());
        scenario.run("ai-reply", AURORA, StepMode.REMOTE);

        assertThat(scenario.calls()).containsEntry("ResponderMensagemIa", 1L);
        LedgerEntry asked = scenario.entry("ai-reply", waiting).orElseThrow();
        assertThat(asked.status()).isEqualTo(LedgerStatus.INTENT);

        scenario.age(asked.id());
        scenario.mark();
        scenario.run("ai-reply", AURORA, StepMode.REMOTE);

        assertThat(scenario.calls()).containsEntry("ListarMensagensAtendimento", 1L)
            .containsEntry("ResponderMensagemIa", 1L);
        assertThat(scenario.ledger.get(asked.id())).satisfies(entry -> {
            assertThat(entry.status()).isEqualTo(LedgerStatus.SENT);
            assertThat(entry.attempts()).isEqualTo(2);
        });
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
