package com.respondo.replies;

import java.time.Duration;
import java.util.Map;

import com.respondo.ledger.LedgerAction;
import com.respondo.ledger.LedgerStatus;
import com.respondo.sandbox.PostedCall;
import com.respondo.sandbox.SandboxCompany;
import com.respondo.sandbox.SeededConversation;
import com.respondo.sandbox.llm.SandboxLlmControls;
import com.respondo.testsupport.OpenMessagesForm;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.respondo.replies.Scenario.AURORA;
import static com.respondo.replies.Scenario.SORRISO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Run under both forms of ListarMensagensEmAberto (one row per conversation, one per message). */
@ParameterizedClass
@EnumSource(OpenMessagesForm.class)
@RepliesIntegrationTest
class AiReplyStepIntegrationTests {

    private static final String STEP = "ai-reply";

    @Parameter
    OpenMessagesForm form;

    @Autowired
    Scenario scenario;

    @Autowired
    SandboxLlmControls llm;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MeterRegistry meters;

    @BeforeEach
    void emptySandbox() {
        scenario.reset().openMessages(form.shape());
    }

    @Test
    void repliesWithTheLlmsAnswer() throws Exception {
        SeededConversation rodrigo = scenario.botConversation(AURORA, "Vocês vendem vale-presente?");
        scenario.mark();

        scenario.run(STEP, AURORA);

        assertThat(scenario.posted()).singleElement().satisfies(call -> {
            assertThat(call.operation()).isEqualTo("EnviarMensagem");
            assertThat(call.inReplyTo()).isEqualTo(rodrigo.mensagem());
            assertThat(call.text()).startsWith("Olá, Ana!");
        });
        assertThat(scenario.calls()).containsExactlyInAnyOrderEntriesOf(Map.of("ListarMensagensEmAberto", 1L,
                "ListarHashesOutrosHumanosEquipesAtendente", 1L, "ListarMensagensPadrao", 1L,
                "ListarDiasHorariosAtendentesAgendaDisponivel", 1L, "ListarMensagensAtendimento", 2L, "Consultar", 2L,
                "EnviarMensagem", 1L));
        assertThat(scenario.entry(STEP, rodrigo)).get().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(LedgerAction.REPLY);
            assertThat(entry.status()).isEqualTo(LedgerStatus.SENT);
            assertThat(entry.detail()).containsEntry("basis", "LLM").containsKey("confidence");
        });
        assertThat(jdbc.sql("SELECT tenant_id, step, prompt FROM llm_usage WHERE atendimento = :atendimento")
            .param("atendimento", rodrigo.atendimento().toString())
            .query((rs, n) -> rs.getString(1) + "/" + rs.getString(2) + "/" + rs.getString(3))
            .list()).containsExactly("loja-aurora/ai-reply/ai-reply");
        assertThat(meters.get("respondo.answers")
            .tags("tenant", AURORA, "step", STEP, "kind", "send-reply", "outcome", "sent")
            .counter()
            .count()).isPositive();
    }

    @Test
    void handsACustomerWhoAsksForAHumanOffByRuleWithoutTheLlm() throws Exception {
        SeededConversation beatriz = scenario.botConversation(AURORA, "Meu pedido não chegou", "quero falar com um atendente");
        scenario.mark();

        scenario.run(STEP, AURORA);

        assertThat(llm.requests()).isZero();
        assertThat(scenario.postedButReturns()).extracting(PostedCall::operation)
            .containsExactly("Salvar", "EnviarMensagem", "EncaminharAtendimento");
        SandboxCompany aurora = scenario.company(AURORA);
        assertThat(scenario.posted("EncaminharAtendimento").get(0).atendente())
            .isIn(aurora.humans().stream().map(SandboxCompany.Human::id).toList());
        // the agenda is read outside business hours only, for the return the hand-off reserves
        assertThat(scenario.calls()).doesNotContainKeys("ListarMensagensPadrao");
        assertThat(scenario.entry(STEP, beatriz)).get().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(LedgerAction.HANDOFF);
            assertThat(entry.detail()).containsEntry("basis", "RULE").containsKey("attendant");
        });
    }

    @Test
    void handsOffWhenTheLlmDecidesTo() throws Exception {
        SeededConversation thiago = scenario.botConversation(AURORA, "Prefiro que uma pessoa da equipe veja isso.");
        scenario.mark();

        scenario.run(STEP, AURORA);

        assertThat(scenario.postedButReturns()).extracting(PostedCall::operation)
            .containsExactly("Salvar", "EnviarMensagem", "EncaminharAtendimento");
        assertThat(scenario.entry(STEP, thiago)).get()
            .satisfies(entry -> assertThat(entry.detail()).containsEntry("basis", "LLM"));
    }

    @Test
    void schedulesAFollowUpAtAFreeAgendaSlot() throws Exception {
        SeededConversation renata = scenario.botConversation(SORRISO, "Gostaria de agendar uma limpeza");
        scenario.mark();

        scenario.run(STEP, SORRISO);

        assertThat(scenario.posted()).extracting(PostedCall::operation)
            .containsExactly("EnviarMensagem", "AgendarMensagem");
        PostedCall followUp = scenario.posted("AgendarMensagem").get(0);
        assertThat(followUp.scheduledFor()).isNotNull();
        assertThat(followUp.text()).contains("lembrar");
        assertThat(scenario.company(SORRISO).humans()).extracting(SandboxCompany.Human::id)
            .contains(followUp.atendente());
        assertThat(scenario.entry(STEP, renata)).get().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(LedgerAction.SCHEDULE);
            assertThat(entry.status()).isEqualTo(LedgerStatus.SENT);
            assertThat(entry.detail()).containsKeys("slot", "followUp");
        });
    }

    @Test
    void closesTheConversationAfterAFarewell() throws Exception {
        SeededConversation aline = scenario.botConversation(AURORA, "Obrigada, era só isso. Tchau!");
        scenario.mark();

        scenario.run(STEP, AURORA);

        assertThat(scenario.posted()).extracting(PostedCall::operation)
            .containsExactly("EnviarMensagem", "EncerrarAtendimento");
        assertThat(scenario.entry(STEP, aline)).get()
            .satisfies(entry -> assertThat(entry.action()).isEqualTo(LedgerAction.CLOSE));
    }

    @Test
    void doesNotCloseAConversationAHumanWritesInJustAfterTheFarewell() throws Exception {
        SeededConversation aline = scenario.botConversation(AURORA, "Obrigada, era só isso. Tchau!");
        humanWritesAfterEachSend(AURORA, aline, "Aline, antes de encerrar: seu pedido já foi despachado.");
        scenario.mark();

        scenario.run(STEP, AURORA);

        assertThat(scenario.posted()).extracting(PostedCall::operation).containsExactly("EnviarMensagem");
        assertThat(scenario.entry(STEP, aline)).get()
            .satisfies(entry -> assertThat(entry.status()).isEqualTo(LedgerStatus.SENT));
    }

    @Test
    void schedulesNoFollowUpInAConversationAHumanJoinedAfterTheAnswer() throws Exception {
        SeededConversation renata = scenario.botConversation(SORRISO, "Gostaria de agendar uma limpeza");
        humanWritesAfterEachSend(SORRISO, renata, "Renata, aqui é da recepção: posso confirmar por telefone?");
        scenario.mark();

        scenario.run(STEP, SORRISO);

        assertThat(scenario.posted()).extracting(PostedCall::operation).containsExactly("EnviarMensagem");
    }

    @Test
    void leavesAConversationToAHumanWhoWroteInItWithoutTakingIt() throws Exception {
        SeededConversation carla = scenario.botConversation(AURORA, Duration.ofMinutes(3), "Oi");
        scenario.humanWrites(AURORA, carla, Duration.ofMinutes(2), "Oi Carla, aqui é a Marina. Em que posso ajudar?");
        SeededConversation again = scenario.customerWrites(carla, Duration.ofMinutes(1),
                "Vocês vendem vale-presente?");
        scenario.mark();

        scenario.run(STEP, AURORA);

        assertThat(scenario.posted()).isEmpty();
        assertThat(llm.requests()).isZero();
        assertThat(scenario.entry(STEP, again)).isEmpty();
    }

    @Test
    void readsAConversationWithThreeUnansweredMessagesOnceAndAsksTheLlmOnce() throws Exception {
        SeededConversation bruno = scenario.botConversation(AURORA, "Oi", "Tem desconto no pix?",
                "Queria pagar pelo pix");
        scenario.mark();

        scenario.run(STEP, AURORA);

        assertThat(scenario.posted("EnviarMensagem")).singleElement()
            .satisfies(call -> assertThat(call.inReplyTo()).isEqualTo(bruno.mensagem()));
        assertThat(scenario.calls()).containsEntry("ListarMensagensAtendimento", 2L);
        assertThat(llm.requests()).isEqualTo(1);
    }

    /** A human attendant writes, without taking the conversation, right after each message TempBox stores. */
    private void humanWritesAfterEachSend(String tenant, SeededConversation conversation, String text) {
        scenario.sandbox.rewriteAnswers("EnviarMensagem", body -> {
            scenario.humanWrites(tenant, conversation, Duration.ZERO, text);
            return body;
        });
    }

    @Test
    void waitsForTheNextRunWhileTheLlmIsUnavailableThenHandsOff() throws Exception {
        llm.apply(llm.settings().withErrorRate(1));
        SeededConversation recent = scenario.botConversation(AURORA, Duration.ofMinutes(1), "Vocês vendem vale-presente?");
        SeededConversation waiting = scenario.botConversation(AURORA, Duration.ofMinutes(10), "E cartão presente?");
        scenario.mark();

        scenario.run(STEP, AURORA);

        assertThat(scenario.postedButReturns()).extracting(PostedCall::operation, PostedCall::inReplyTo)
            .containsExactly(tuple("Salvar", waiting.mensagem()), tuple("EnviarMensagem", waiting.mensagem()),
                    tuple("EncaminharAtendimento", waiting.mensagem()));
        assertThat(scenario.entry(STEP, recent)).isEmpty();
        assertThat(scenario.entry(STEP, waiting)).get()
            .satisfies(entry -> assertThat(entry.detail()).containsEntry("basis", "FALLBACK"));
    }
}
