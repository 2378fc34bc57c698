package com.respondo.replies;

import static com.respondo.replies.Scenario.AURORA;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.respondo.sandbox.PostedCall;
import com.respondo.sandbox.SeededConversation;
import com.respondo.testsupport.AdminClients;

/**
 * What a reply step decides is traced for the console: the customer's message, the text sent, the prompt's name and
 * version, the model's raw answer, its tokens and cost, and the conversation's protocol number, by which the
 * conversation is then found; a second run over the same message adds no row.
 */
@RepliesIntegrationTest
class DecisionTraceIntegrationTests {

    private static final String STEP = "ai-reply";

    @Autowired
    Scenario scenario;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @BeforeEach
    void emptySandbox() {
        scenario.reset();
    }

    @Test
    @SuppressWarnings("unchecked")
    void tracesTheDecisionWithItsPromptVersionRawAnswerTokensAndCostAndFindsItByProtocol() throws Exception {
        SeededConversation conversation = scenario.botConversation(AURORA, "Qual o prazo de entrega para Manaus?");
        scenario.mark();

        scenario.run(STEP, AURORA);

        PostedCall sent = scenario.posted("EnviarMensagem").get(0);
        Map<String, Object> view = conversation(conversation.atendimento().toString());
        List<Map<String, Object>> decisions = (List<Map<String, Object>>) view.get("decisions");
        assertThat(decisions).singleElement().satisfies(decision -> {
            assertThat(decision).containsEntry("step", STEP)
                .containsEntry("action", "REPLY")
                .containsEntry("outcome", "SENT")
                .containsEntry("basis", "LLM")
                .containsEntry("prompt", "ai-reply")
                .containsEntry("botText", sent.text());
            assertThat((String) decision.get("customerText")).isEqualTo("Qual o prazo de entrega para Manaus?");
            assertThat((String) decision.get("promptVersion")).matches("ai-reply\\.st@[0-9a-f]{12}");
            assertThat((String) decision.get("rawAnswer")).contains("\"action\"", "REPLY");
            assertThat((Map<String, Object>) decision.get("tokens")).containsEntry("calls", 1);
            assertThat((Map<String, Object>) decision.get("cost")).containsKeys("currency", "amount", "priced");
        });
        String protocol = (String) view.get("protocol");
        assertThat(protocol).matches("\\d+");
        List<Map<String, Object>> found = AdminClients.admin(port, RepliesIntegrationTest.ADMIN_PASSWORD).get()
            .uri("/admin/conversations?q={protocol}", protocol)
            .exchange()
            .expectStatus().isOk()
            .expectBodyList(AdminClients.JSON)
            .returnResult()
            .getResponseBody();
        assertThat(found).extracting(row -> row.get("atendimento")).contains(conversation.atendimento().toString());

        scenario.run(STEP, AURORA);

        assertThat(jdbc.sql("SELECT COUNT(*) FROM decision_trace WHERE atendimento = :atendimento")
            .param("atendimento", conversation.atendimento().toString())
            .query(Long.class)
            .single()).isEqualTo(1L);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aiReplyFollowingBotReplysAnswerTracesThatCallAsReused() throws Exception {
        SeededConversation rodrigo = scenario.botConversation(AURORA, "Vocês vendem vale-presente?");

        scenario.run("bot-reply", AURORA);
        scenario.run("ai-reply", AURORA);

        List<Map<String, Object>> decisions = (List<Map<String, Object>>) conversation(
                rodrigo.atendimento().toString()).get("decisions");
        assertThat(decisions).extracting(d -> d.get("step"), d -> d.get("action"), d -> d.get("llmReused"))
            .containsExactly(org.assertj.core.groups.Tuple.tuple("bot-reply", "DEFER", false),
                    org.assertj.core.groups.Tuple.tuple("ai-reply", "REPLY", true));
        assertThat(decisions).extracting(d -> d.get("rawAnswer")).doesNotContainNull().containsOnly(
                decisions.get(0).get("rawAnswer"));
        assertThat(decisions).extracting(d -> d.get("promptVersion")).containsOnly(
                decisions.get(0).get("promptVersion"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aTurnCarriedFromInitialResponseKeepsItsProtocol() throws Exception {
        SeededConversation bruno = scenario.newConversation(AURORA, "Tem loja em Joinville?");

        scenario.runCarrying("initial-response", AURORA, "bot-reply", "ai-reply");

        Map<String, Object> view = conversation(bruno.atendimento().toString());
        List<Map<String, Object>> decisions = (List<Map<String, Object>>) view.get("decisions");
        assertThat(decisions).extracting(d -> d.get("step")).contains("ai-reply");
        assertThat((String) view.get("protocol")).as("the protocol read before the turn was carried")
            .matches("\\d+");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aHandOffTurnedToTheNextAttendantKeepsTheLlmCallItCameFrom() throws Exception {
        SeededConversation carla = scenario.botConversation(AURORA, "A camiseta básica branca tem no tamanho GG?");
        SeededConversation davi = scenario.botConversation(AURORA, "A camiseta básica preta tem no tamanho P?");
        scenario.mark();

        scenario.run(STEP, AURORA);

        assertThat(scenario.posted("EncaminharAtendimento")).as("hand-offs rotate among the team")
            .extracting(PostedCall::atendente).doesNotHaveDuplicates().hasSize(2);
        for (SeededConversation conversation : List.of(carla, davi)) {
            List<Map<String, Object>> decisions = (List<Map<String, Object>>) conversation(
                    conversation.atendimento().toString()).get("decisions");
            assertThat(decisions).singleElement().satisfies(decision -> {
                assertThat(decision).containsEntry("action", "HANDOFF").containsEntry("basis", "LLM");
                assertThat((String) decision.get("promptVersion")).matches("ai-reply\\.st@[0-9a-f]{12}");
                assertThat((Map<String, Object>) decision.get("tokens")).containsEntry("calls", 1);
                assertThat((String) decision.get("rawAnswer")).contains("HANDOFF");
            });
        }
    }

    private Map<String, Object> conversation(String atendimento) {
        return AdminClients.admin(port, RepliesIntegrationTest.ADMIN_PASSWORD).get()
            .uri("/admin/conversations/{atendimento}", atendimento)
            .exchange()
            .expectStatus().isOk()
            .expectBody(AdminClients.JSON)
            .returnResult()
            .getResponseBody();
    }
}
