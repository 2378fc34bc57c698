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
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;

import static com.respondo.replies.Scenario.AURORA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Run under both forms of ListarMensagensEmAberto (one row per conversation, one per message). */
@ParameterizedClass
@EnumSource(OpenMessagesForm.class)
@RepliesIntegrationTest
class InitialResponseStepIntegrationTests {

    private static final String STEP = "initial-response";

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
    void greetsACustomerWhoOnlyGreetedWithTheLlmsGreeting() throws Exception {
        SeededConversation ana = scenario.newConversation(AURORA, "oi", "boa tarde!");
        scenario.mark();

        assertThat(scenario.run(STEP, AURORA).getStatus()).isEqualTo(BatchStatus.COMPLETED);

        String bot = scenario.company(AURORA).bot().toString();
        assertThat(scenario.posted()).extracting(PostedCall::operation)
            .containsExactly("IniciarAtendimento", "EnviarMensagem");
        PostedCall greeting = scenario.posted("EnviarMensagem").get(0);
        assertThat(greeting.atendente()).hasToString(bot);
        assertThat(greeting.inReplyTo()).isEqualTo(ana.mensagem());
        assertThat(greeting.text()).contains("Ana").contains("assistente virtual da Loja Aurora");
        assertThat(scenario.calls()).containsExactlyInAnyOrderEntriesOf(Map.of("ListarMensagensEmAberto", 1L,
                "ListarMensagensAtendimento", 2L, "Consultar", 2L, "IniciarAtendimento", 1L, "EnviarMensagem", 1L));
        assertThat(llm.requests()).isEqualTo(1);
        assertThat(scenario.entry(STEP, ana)).get().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(LedgerAction.GREETING);
            assertThat(entry.status()).isEqualTo(LedgerStatus.SENT);
            assertThat(entry.text()).isEqualTo(greeting.text());
            assertThat(entry.detail()).containsEntry("basis", "LLM");
        });
    }

    @Test
    void onlyStartsAConversationWhoseCustomerAlreadyAskedSomething() throws Exception {
        SeededConversation lucas = scenario.newConversation(AURORA, "oi", "tudo bem?", "tem o tênis Aurora Run no 42?");
        scenario.mark();

        scenario.run(STEP, AURORA);

        assertThat(scenario.posted()).extracting(PostedCall::operation).containsExactly("IniciarAtendimento");
        assertThat(scenario.calls()).containsExactlyInAnyOrderEntriesOf(Map.of("ListarMensagensEmAberto", 1L,
                "ListarMensagensAtendimento", 1L, "Consultar", 2L, "IniciarAtendimento", 1L));
        assertThat(llm.requests()).isZero();
        assertThat(scenario.entry(STEP, lucas)).get().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(LedgerAction.START);
            assertThat(entry.status()).isEqualTo(LedgerStatus.DEFERRED);
        });
    }

    @Test
    void leavesAConversationNobodyOwnsToAHumanWhoWroteInItWithoutTakingIt() throws Exception {
        SeededConversation ana = scenario.newConversation(AURORA, Duration.ofMinutes(3), "oi");
        scenario.humanWrites(AURORA, ana, Duration.ofMinutes(2), "Olá, Ana! Aqui é a Marina, da Loja Aurora.");
        SeededConversation again = scenario.customerWrites(ana, Duration.ofMinutes(1), "boa tarde!");
        scenario.mark();

        scenario.run(STEP, AURORA);

        assertThat(scenario.posted()).isEmpty();
        assertThat(llm.requests()).isZero();
        assertThat(scenario.entry(STEP, again)).isEmpty();
    }

    @Test
    void sendsNothingWhenIniciarAtendimentoAnswersThatAHumanHasTheConversation() throws Exception {
        SeededConversation ana = scenario.newConversation(AURORA, "oi", "boa tarde!");
        String bot = scenario.company(AURORA).bot().toString();
        String human = scenario.company(AURORA).humans().get(0).id().toString();
        scenario.sandbox.rewriteAnswers("IniciarAtendimento", body -> body.replace(bot, human));
        scenario.mark();

        scenario.run(STEP, AURORA);

        assertThat(scenario.posted()).extracting(PostedCall::operation).containsExactly("IniciarAtendimento");
        assertThat(scenario.entry(STEP, ana)).get().satisfies(entry -> {
            assertThat(entry.status()).isEqualTo(LedgerStatus.ABANDONED);
            assertThat(entry.reason()).contains("human");
        });
    }

    @Test
    void handsOffWithoutTheLlmWhenTheFirstWordsAskForAHuman() throws Exception {
        SeededConversation sonia = scenario.newConversation(AURORA, "Quero falar com um atendente humano, por favor.");
        scenario.mark();

        scenario.run(STEP, AURORA);

        assertThat(scenario.postedButReturns()).extracting(PostedCall::operation)
            .containsExactly("Salvar", "IniciarAtendimento", "EnviarMensagem", "EncaminharAtendimento");
        PostedCall forward = scenario.posted("EncaminharAtendimento").get(0);
        assertThat(scenario.company(AURORA).humans()).extracting(human -> human.id()).contains(forward.atendente());
        assertThat(scenario.posted("EnviarMensagem").get(0).text()).contains("atendente");
        assertThat(scenario.calls()).containsEntry("ListarHashesOutrosHumanosEquipesAtendente", 1L);
        assertThat(llm.requests()).isZero();
        assertThat(scenario.entry(STEP, sonia)).get()
            .satisfies(entry -> assertThat(entry.action()).isEqualTo(LedgerAction.HANDOFF));
    }

    @Test
    void greetsWithTheFixedGreetingWhenTheLlmIsUnavailable() throws Exception {
        llm.apply(llm.settings().withErrorRate(1));
        SeededConversation ana = scenario.newConversation(AURORA, "olá");
        scenario.mark();

        scenario.run(STEP, AURORA);

        assertThat(scenario.posted("EnviarMensagem")).singleElement()
            .satisfies(call -> assertThat(call.text()).contains("Bem-vindo(a) ao atendimento Loja Aurora"));
        assertThat(scenario.entry(STEP, ana)).get()
            .satisfies(entry -> assertThat(entry.detail()).containsEntry("basis", "FALLBACK"));
    }

    @Test
    void waitsForTheDebounceWindowBeforeAnswering() throws Exception {
        SeededConversation ana = scenario.newConversation(AURORA, Duration.ofSeconds(4), "oi");
        scenario.mark();

        scenario.run(STEP, AURORA);
        assertThat(scenario.posted()).isEmpty();
        assertThat(scenario.calls()).containsOnlyKeys("ListarMensagensEmAberto");

        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            scenario.run(STEP, AURORA);
            assertThat(scenario.posted("EnviarMensagem")).extracting(PostedCall::inReplyTo)
                .containsExactly(ana.mensagem());
        });
    }

    @Test
    void neverGreetsTheSameMessageTwice() throws Exception {
        scenario.newConversation(AURORA, "bom dia");
        scenario.run(STEP, AURORA);
        scenario.mark();

        scenario.run(STEP, AURORA);

        assertThat(scenario.posted()).isEmpty();
        assertThat(llm.requests()).isEqualTo(1);
    }
}
