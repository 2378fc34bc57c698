package com.respondo.replies;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.respondo.ledger.Claim;
import com.respondo.ledger.LedgerAction;
import com.respondo.ledger.LedgerStatus;
import com.respondo.ledger.NewAction;
import com.respondo.sandbox.ConversationFault;
import com.respondo.sandbox.PostedCall;
import com.respondo.sandbox.SandboxFaults;
import com.respondo.sandbox.SeededConversation;
import com.respondo.tempbox.EnviarMensagemRequest;
import com.respondo.tempbox.Tenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Autowired;

import static com.respondo.replies.Scenario.AURORA;
import static org.assertj.core.api.Assertions.assertThat;

/** What the reply steps do when TempBox answers badly or not at all, or an earlier run left an intent behind. */
@RepliesIntegrationTest
class ReplyFaultsIntegrationTests {

    private static final String STEP = "ai-reply";

    @Autowired
    Scenario scenario;

    List<SeededConversation> waiting;

    @BeforeEach
    void twoWaitingConversations() {
        scenario.reset();
        waiting = List.of(scenario.botConversation(AURORA, "Vocês vendem vale-presente?"),
                scenario.botConversation(AURORA, "Tem loja em Joinville?"));
        scenario.mark();
    }

    @Test
    void conversationsTempBoxDescribesUnreadablyAreLeftToALaterRunAndTheRunGoesOn() throws Exception {
        scenario.sandbox.faults(SandboxFaults.none().withMalformedRate(1).onlyFor("ListarMensagensAtendimento"));

        JobExecution execution = scenario.run(STEP, AURORA);

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        StepExecution step = execution.getStepExecutions().iterator().next();
        assertThat(step.getProcessSkipCount()).isEqualTo(2);
        assertThat(scenario.posted()).isEmpty();
        waiting.forEach(conversation -> assertThat(scenario.entry(STEP, conversation)).get().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(LedgerAction.SKIP);
            assertThat(entry.status()).isEqualTo(LedgerStatus.FAILED);
            assertThat(entry.attempts()).isEqualTo(1);
            assertThat(entry.error()).isEqualTo("ListarMensagensAtendimento: malformed JSON");
        }));

        scenario.sandbox.faults(SandboxFaults.none());
        scenario.mark();
        scenario.run(STEP, AURORA);
        assertThat(scenario.posted("EnviarMensagem")).extracting(PostedCall::inReplyTo)
            .containsExactlyInAnyOrderElementsOf(waiting.stream().map(SeededConversation::mensagem).toList());
    }

    @ParameterizedTest
    @EnumSource(ConversationFault.class)
    void oneConversationTempBoxCannotReadIsItsOwnOutcomeTriedAgainOnLaterRunsThenLeftFailed(ConversationFault fault)
            throws Exception {
        SeededConversation bad = scenario.botConversation(AURORA, "Qual o prazo de entrega?");
        scenario.sandbox.conversationFault(bad.atendimento(), fault);
        scenario.mark();

        JobExecution first = scenario.run(STEP, AURORA);

        assertThat(first.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(scenario.posted("EnviarMensagem")).extracting(PostedCall::inReplyTo)
            .containsExactlyInAnyOrderElementsOf(waiting.stream().map(SeededConversation::mensagem).toList());
        if (fault == ConversationFault.NOT_FOUND) {
            assertThat(scenario.tempBoxBreaker(AURORA).getMetrics().getNumberOfFailedCalls()).isZero();
        }
        for (int run = 2; run <= 3; run++) {
            assertThat(scenario.entry(STEP, bad)).get().satisfies(entry -> {
                assertThat(entry.status()).isEqualTo(LedgerStatus.FAILED);
                assertThat(entry.error()).startsWith("ListarMensagensAtendimento: ");
            });
            assertThat(scenario.run(STEP, AURORA).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        }
        assertThat(scenario.entry(STEP, bad)).get().satisfies(entry -> {
            assertThat(entry.status()).isEqualTo(LedgerStatus.FAILED);
            assertThat(entry.attempts()).isEqualTo(3);
        });

        scenario.mark();
        assertThat(scenario.run(STEP, AURORA).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(scenario.calls()).containsExactlyEntriesOf(Map.of("ListarMensagensEmAberto", 1L));
    }

    @Test
    void anUnavailableTempBoxFailsTheStepNamingTenantAndCause() throws Exception {
        scenario.sandbox.faults(SandboxFaults.none()
            .withErrorRate(1, SandboxFaults.ErrorStyle.HTTP)
            .onlyFor("ListarMensagensAtendimento"));

        JobExecution execution = scenario.run(STEP, AURORA);

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(execution.getStepExecutions().iterator().next().getExitStatus().getExitDescription())
            .isEqualTo("Step ai-reply for tenant 'loja-aurora' failed: TempBox ListarMensagensAtendimento: HTTP 500: "
                    + "Erro interno do servidor");
        assertThat(scenario.posted()).isEmpty();
    }

    @Test
    void anUnreadableListOfOpenConversationsFailsTheStepNamingTenantAndCause() throws Exception {
        scenario.sandbox.faults(SandboxFaults.none().withMalformedRate(1).onlyFor("ListarMensagensEmAberto"));

        JobExecution execution = scenario.run(STEP, AURORA);

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(execution.getStepExecutions().iterator().next().getExitStatus().getExitDescription())
            .isEqualTo("Step ai-reply for tenant 'loja-aurora' failed: TempBox ListarMensagensEmAberto for tenant "
                    + "'loja-aurora' (rows 1 to 100): malformed JSON");
    }

    @Test
    void anotherRunsFreshIntentIsLeftAloneAndAnIntentLeftByACrashIsReconciled() throws Exception {
        SeededConversation fresh = waiting.get(0);
        SeededConversation crashed = waiting.get(1);
        intent(fresh);
        age(intent(crashed));

        scenario.run(STEP, AURORA);

        assertThat(scenario.posted("EnviarMensagem")).extracting(PostedCall::inReplyTo)
            .containsExactly(crashed.mensagem());
        assertThat(scenario.entry(STEP, fresh)).get()
            .satisfies(entry -> assertThat(entry.status()).isEqualTo(LedgerStatus.INTENT));
        assertThat(scenario.entry(STEP, crashed)).get().satisfies(entry -> {
            assertThat(entry.status()).isEqualTo(LedgerStatus.SENT);
            assertThat(entry.attempts()).isEqualTo(2);
        });
    }

    @Test
    void anIntentACrashLeftAfterPostingIsMarkedSentWhenTheStepStartsWithoutPostingAgain() throws Exception {
        SeededConversation posted = waiting.get(0);
        Claim left = intent(posted);
        Tenant tenant = scenario.tenants.get(AURORA);
        scenario.client.enviarMensagem(tenant, EnviarMensagemRequest.text(tenant.empresa(),
                posted.atendimento().toString(), tenant.atendente(), "Texto de uma execução anterior"));
        age(left);
        scenario.mark();

        scenario.run(STEP, AURORA);

        assertThat(scenario.posted("EnviarMensagem")).extracting(PostedCall::inReplyTo)
            .doesNotContain(posted.mensagem());
        assertThat(scenario.ledger.get(left.entry().id()).status()).isEqualTo(LedgerStatus.SENT);
    }

    @Test
    void anIntentACrashLeftUnpostedWhoseMessageNoLongerWaitsIsReleasedWhenTheStepStarts() throws Exception {
        SeededConversation taken = waiting.get(0);
        Claim left = intent(taken);
        Tenant tenant = scenario.tenants.get(AURORA);
        scenario.client.enviarMensagem(tenant, EnviarMensagemRequest.text(tenant.empresa(),
                taken.atendimento().toString(), scenario.company(AURORA).humans().get(0).id().toString(),
                "Olá, aqui é a Marina, vou te ajudar."));
        age(left);
        SeededConversation fresh = waiting.get(1);
        Claim young = intent(fresh);
        scenario.mark();

        scenario.run(STEP, AURORA);

        assertThat(scenario.ledger.get(left.entry().id())).satisfies(entry -> {
            assertThat(entry.status()).isEqualTo(LedgerStatus.ABANDONED);
            assertThat(entry.reason()).contains("interrupted run");
        });
        assertThat(scenario.ledger.get(young.entry().id()).status()).isEqualTo(LedgerStatus.INTENT);
        assertThat(scenario.posted("EnviarMensagem")).extracting(PostedCall::inReplyTo)
            .doesNotContain(taken.mensagem());
    }

    @Test
    void anIntentACrashLeftForAConversationTempBoxNoLongerKnowsIsReleasedAfterOneTry() throws Exception {
        Claim gone = scenario.ledger.claim(NewAction.of(AURORA, UUID.randomUUID().toString(),
                UUID.randomUUID().toString(), STEP, LedgerAction.REPLY).withText("Texto de uma execução anterior"));
        age(gone);

        scenario.run(STEP, AURORA);
        scenario.mark();
        scenario.run(STEP, AURORA);

        assertThat(scenario.ledger.get(gone.entry().id())).satisfies(entry -> {
            assertThat(entry.status()).isEqualTo(LedgerStatus.ABANDONED);
            assertThat(entry.reason()).contains("could not be read");
        });
        assertThat(scenario.calls()).doesNotContainKey("ListarMensagensAtendimento");
    }

    /**
     * A hand-off whose forward failed after its text was posted stays open, and the step's start forwards it later
     * (fails before the fix: it was SENT and the customer stayed with the bot).
     */
    @Test
    void aHandOffWhoseForwardFailedIsForwardedWhenTheStepStartsAgain() throws Exception {
        SeededConversation human = scenario.botConversation(AURORA, "quero falar com um atendente");
        scenario.mark();
        scenario.sandbox.faults(SandboxFaults.none()
            .withErrorRate(1, SandboxFaults.ErrorStyle.ENVELOPE)
            .onlyFor("EncaminharAtendimento"));

        scenario.run(STEP, AURORA);

        assertThat(scenario.posted("EnviarMensagem")).filteredOn(call -> human.mensagem().equals(call.inReplyTo()))
            .hasSize(1);
        assertThat(scenario.entry(STEP, human)).get().satisfies(entry -> {
            assertThat(entry.status()).isEqualTo(LedgerStatus.INTENT);
            assertThat(entry.error()).contains("text posted; EncaminharAtendimento failed");
        });

        scenario.sandbox.faults(SandboxFaults.none());
        scenario.closeBreakers();
        scenario.age(scenario.entry(STEP, human).orElseThrow().id());
        scenario.run(STEP, AURORA);

        assertThat(scenario.posted("EncaminharAtendimento")).filteredOn(PostedCall::stored)
            .singleElement()
            .satisfies(call -> assertThat(call.atendimento()).isEqualTo(human.atendimento()));
        assertThat(scenario.posted("EnviarMensagem")).filteredOn(call -> human.mensagem().equals(call.inReplyTo()))
            .hasSize(1);
        assertThat(scenario.entry(STEP, human)).get()
            .satisfies(entry -> assertThat(entry.status()).isEqualTo(LedgerStatus.SENT));
    }

    /** The intent's last heartbeat ten minutes ago, as a crashed runner left it. */
    private void age(Claim claim) {
        scenario.age(claim.entry().id());
    }

    private Claim intent(SeededConversation conversation) {
        return scenario.ledger.claim(NewAction.of(AURORA, conversation.atendimento().toString(),
                conversation.mensagem().toString(), STEP, LedgerAction.REPLY).withText("Texto de uma execução anterior"));
    }
}
