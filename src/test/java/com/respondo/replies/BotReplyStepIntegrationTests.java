package com.respondo.replies;

import java.time.Duration;
import java.util.Map;

import com.respondo.ledger.LedgerAction;
import com.respondo.ledger.LedgerStatus;
import com.respondo.sandbox.PostedCall;
import com.respondo.sandbox.SeededConversation;
import com.respondo.sandbox.llm.SandboxLlmControls;
import com.respondo.testsupport.OpenMessagesForm;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;

import static com.respondo.replies.Scenario.AURORA;
import static org.assertj.core.api.Assertions.assertThat;

/** Run under both forms of ListarMensagensEmAberto (one row per conversation, one per message). */
@ParameterizedClass
@EnumSource(OpenMessagesForm.class)
@RepliesIntegrationTest
class BotReplyStepIntegrationTests {

    private static final String STEP = "bot-reply";

    private static final String FREIGHT = "O frete é grátis em compras acima de R$ 299.";

    @Parameter
    OpenMessagesForm form;

    @Autowired
    Scenario scenario;

    @Autowired
    SandboxLlmControls llm;

    @BeforeEach
    void emptySandbox() {
        scenario.reset().openMessages(form.shape());
    }

    @Test
    void sendsTheCannedMessageTheLlmChoosesWithEnoughConfidence() throws Exception {
        SeededConversation carlos = scenario.botConversation(AURORA, "Quanto custa o frete? Qual o valor para o meu CEP?");
        scenario.mark();

        scenario.run(STEP, AURORA);

        assertThat(scenario.posted()).singleElement().satisfies(call -> {
            assertThat(call.operation()).isEqualTo("EnviarMensagem");
            assertThat(call.text()).startsWith(FREIGHT);
            assertThat(call.inReplyTo()).isEqualTo(carlos.mensagem());
            assertThat(call.atendente()).isEqualTo(scenario.company(AURORA).bot());
        });
        // the one decision of the turn offers the agenda's free slots too, read once per run
        assertThat(scenario.calls()).containsExactlyInAnyOrderEntriesOf(Map.of("ListarMensagensEmAberto", 1L,
                "ListarMensagensPadrao", 1L, "ListarDiasHorariosAtendentesAgendaDisponivel", 1L,
                "ListarMensagensAtendimento", 2L, "Consultar", 2L, "EnviarMensagem", 1L));
        assertThat(llm.requests()).isEqualTo(1);
        assertThat(scenario.entry(STEP, carlos)).get().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(LedgerAction.CANNED);
            assertThat(entry.status()).isEqualTo(LedgerStatus.SENT);
            assertThat(entry.detail()).containsKey("canned").containsEntry("basis", "LLM");
        });
    }

    @Test
    void readsAConversationWithThreeUnansweredMessagesOnceAndAsksTheLlmOnce() throws Exception {
        SeededConversation carlos = scenario.botConversation(AURORA, "Boa tarde", "Uma dúvida sobre a entrega",
                "Quanto custa o frete? Qual o valor para o meu CEP?");
        scenario.mark();

        scenario.run(STEP, AURORA);

        assertThat(scenario.posted()).singleElement().satisfies(call -> {
            assertThat(call.text()).startsWith(FREIGHT);
            assertThat(call.inReplyTo()).isEqualTo(carlos.mensagem());
        });
        // the one decision of the turn offers the agenda's free slots too, read once per run
        assertThat(scenario.calls()).containsExactlyInAnyOrderEntriesOf(Map.of("ListarMensagensEmAberto", 1L,
                "ListarMensagensPadrao", 1L, "ListarDiasHorariosAtendentesAgendaDisponivel", 1L,
                "ListarMensagensAtendimento", 2L, "Consultar", 2L, "EnviarMensagem", 1L));
        assertThat(llm.requests()).isEqualTo(1);
    }

    @Test
    void staysSilentWhileAHumanWhoWroteWithoutTakingTheConversationIsPresent() throws Exception {
        SeededConversation carlos = scenario.botConversation(AURORA, Duration.ofMinutes(3), "Oi");
        scenario.humanWrites(AURORA, carlos, Duration.ofMinutes(2), "Oi, aqui é a Marina. Já vejo isso para você.");
        SeededConversation again = scenario.customerWrites(carlos, Duration.ofMinutes(1),
                "Quanto custa o frete? Qual o valor para o meu CEP?");
        scenario.mark();

        scenario.run(STEP, AURORA);

        assertThat(scenario.posted()).isEmpty();
        assertThat(llm.requests()).isZero();
        assertThat(scenario.entry(STEP, again)).isEmpty();
    }

    @Test
    void leavesTheMessageToAiReplyWhenNoCannedMessageFitsAndDoesNotAskAgain() throws Exception {
        SeededConversation rodrigo = scenario.botConversation(AURORA, "Vocês vendem vale-presente?");
        scenario.mark();

        scenario.run(STEP, AURORA);

        assertThat(scenario.posted()).isEmpty();
        assertThat(scenario.entry(STEP, rodrigo)).get().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(LedgerAction.DEFER);
            assertThat(entry.status()).isEqualTo(LedgerStatus.DEFERRED);
        });

        scenario.mark();
        scenario.run(STEP, AURORA);

        assertThat(scenario.calls()).containsExactlyEntriesOf(Map.of("ListarMensagensEmAberto", 1L));
        assertThat(llm.requests()).isEqualTo(1);
    }

    @Test
    void leavesACustomerWhoAsksForAHumanToAiReplyWithoutAskingTheLlm() throws Exception {
        SeededConversation beatriz = scenario.botConversation(AURORA, "Já faz 12 dias", "quero falar com um atendente");
        scenario.mark();

        scenario.run(STEP, AURORA);

        assertThat(scenario.posted()).isEmpty();
        assertThat(llm.requests()).isZero();
        assertThat(scenario.entry(STEP, beatriz)).get()
            .satisfies(entry -> assertThat(entry.status()).isEqualTo(LedgerStatus.DEFERRED));
    }

    @Test
    void answersClearCasesByKeywordsWhileTheLlmIsUnavailable() throws Exception {
        llm.apply(llm.settings().withErrorRate(1));
        SeededConversation clear = scenario.botConversation(AURORA, "Quanto custa o frete? Qual o valor para o meu CEP?");
        SeededConversation unclear = scenario.botConversation(AURORA, "Vocês vendem vale-presente?");
        scenario.mark();

        scenario.run(STEP, AURORA);

        assertThat(scenario.posted()).singleElement().satisfies(call -> {
            assertThat(call.inReplyTo()).isEqualTo(clear.mensagem());
            assertThat(call.text()).startsWith(FREIGHT);
        });
        assertThat(scenario.entry(STEP, clear)).get()
            .satisfies(entry -> assertThat(entry.detail()).containsEntry("basis", "FALLBACK"));
        assertThat(scenario.entry(STEP, unclear)).get()
            .satisfies(entry -> assertThat(entry.status()).isEqualTo(LedgerStatus.DEFERRED));
        assertThat(scenario.posted()).extracting(PostedCall::operation).containsOnly("EnviarMensagem");
    }
}
