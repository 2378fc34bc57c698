package com.respondo.outcomes;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import com.respondo.jobs.ExecutionView;
import com.respondo.jobs.JobHistory;
import com.respondo.ledger.LedgerAction;
import com.respondo.ledger.LedgerEntry;
import com.respondo.ledger.LedgerStatus;
import com.respondo.replies.RepliesIntegrationTest;
import com.respondo.replies.Scenario;
import com.respondo.sandbox.PostedCall;
import com.respondo.sandbox.SeededConversation;
import com.respondo.sandbox.llm.SandboxLlmControls;
import com.respondo.testsupport.AdminClients;
import com.respondo.testsupport.Executions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static com.respondo.replies.Scenario.AURORA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code GET /admin/outcomes} on the sandbox after the replies job, and the satisfaction question that Clínica
 * Sorriso asks (application-sandbox.yml): the rating is recorded, never answered, and shown as CSAT; what TempBox
 * returned is reused within its TTL.
 */
@RepliesIntegrationTest
class OutcomesIntegrationTests {

    private static final String SORRISO = "clinica-sorriso";

    @LocalServerPort
    int port;

    @Autowired
    Scenario scenario;

    @Autowired
    JobHistory history;

    @Autowired
    SandboxLlmControls llm;

    WebTestClient admin;

    @BeforeEach
    void given() {
        scenario.reset();
        admin = AdminClients.admin(port, RepliesIntegrationTest.ADMIN_PASSWORD);
    }

    @Test
    void showsTheOutcomesOfTheConversationsTheRepliesJobTouchedReadingTempBoxWithoutChangingIt() {
        scenario.botConversation(AURORA, "Vocês vendem vale-presente?");
        scenario.botConversation(AURORA, "Meu pedido não chegou", "quero falar com um atendente");
        SeededConversation bye = scenario.botConversation(AURORA, "Obrigada, era só isso. Tchau!");
        runTheRepliesJob();
        scenario.customerWrites(bye, Duration.ZERO, "oi, de novo: meu pedido ainda não chegou");
        scenario.mark();

        admin.get()
            .uri("/admin/outcomes?tenant={tenant}", AURORA)
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .jsonPath("$.tenant").isEqualTo(AURORA)
            .jsonPath("$.conversations.touched").isEqualTo(3)
            .jsonPath("$.conversations.read").isEqualTo(3)
            .jsonPath("$.handoffs.conversations").isEqualTo(1)
            .jsonPath("$.handoffs.byReason.RULE").isEqualTo(1)
            .jsonPath("$.handoffs.byReason.LLM_CHOICE").isEqualTo(0)
            .jsonPath("$.automatedResolution.reopened").isEqualTo(1)
            .jsonPath("$.automatedResolution.open").isEqualTo(2)
            .jsonPath("$.automatedResolution.rate").isEqualTo(0.0)
            .jsonPath("$.containment.contained").isEqualTo(1)
            .jsonPath("$.containment.escalated").isEqualTo(1)
            .jsonPath("$.containment.undecided").isEqualTo(1)
            .jsonPath("$.containment.rate").isEqualTo(0.5)
            .jsonPath("$.firstAnswer.answered").isEqualTo(3)
            .jsonPath("$.firstAnswer.medianSeconds").value(Number.class,
                    median -> assertThat(median.longValue()).isBetween(60L, 600L))
            .jsonPath("$.llmCost.currency").isEqualTo("BRL")
            .jsonPath("$.llmCost.calls").value(Number.class, calls -> assertThat(calls.longValue()).isPositive())
            .jsonPath("$.llmCost.cachedTokens").value(Number.class,
                    cached -> assertThat(cached.longValue()).as("the sandbox LLM's cached prompt tokens").isPositive())
            .jsonPath("$.llmCost.amount").value(Number.class,
                    amount -> assertThat(amount.doubleValue()).isPositive())
            .jsonPath("$.satisfaction.asked").isEqualTo(false);
        assertThat(scenario.posted()).as("no changing call").isEmpty();
        assertThat(scenario.calls()).containsEntry("ListarRecentes", 1L)
            .containsEntry("ListarMensagensAtendimento", 3L)
            .containsEntry("Consultar", 3L);
    }

    @Test
    void asksTheSatisfactionQuestionAfterTheFarewellThenRecordsTheRatingWithoutAnsweringIt() throws Exception {
        SeededConversation bye = scenario.botConversation(SORRISO, "Obrigada, era só isso. Tchau!");
        scenario.mark();
        scenario.run("ai-reply", SORRISO);
        assertThat(scenario.posted()).extracting(PostedCall::operation)
            .containsExactly("EnviarMensagem", "EncerrarAtendimento");
        assertThat(scenario.posted("EnviarMensagem").get(0).text()).endsWith("\n\n" + SatisfactionSurvey.QUESTION);

        SeededConversation rating = scenario.customerWrites(bye, Duration.ZERO, "5");
        long llmRequests = llm.requests();
        scenario.mark();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            scenario.run("bot-reply", SORRISO);
            scenario.run("ai-reply", SORRISO);
            assertThat(scenario.entry("ai-reply", rating)).isPresent();
        });

        assertThat(scenario.posted()).as("the rating is not answered").isEmpty();
        assertThat(llm.requests()).as("no LLM asked about it").isEqualTo(llmRequests);
        for (String step : new String[] { "bot-reply", "ai-reply" }) {
            Optional<LedgerEntry> entry = scenario.entry(step, rating);
            assertThat(entry).as(step).get().satisfies(recorded -> {
                assertThat(recorded.action()).isEqualTo(LedgerAction.DEFER);
                assertThat(recorded.status()).isEqualTo(LedgerStatus.DEFERRED);
                assertThat(recorded.detail()).containsEntry("reason", "satisfaction rating: 5");
            });
        }
        admin.get()
            .uri("/admin/outcomes?tenant={tenant}", SORRISO)
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .jsonPath("$.satisfaction.asked").isEqualTo(true)
            .jsonPath("$.satisfaction.answers").isEqualTo(1)
            .jsonPath("$.satisfaction.average").isEqualTo(5.0)
            .jsonPath("$.satisfaction.distribution.5").isEqualTo(1)
            .jsonPath("$.automatedResolution.reopened").isEqualTo(0)
            .jsonPath("$.automatedResolution.awaitingWindow").isEqualTo(1);
    }

    @Test
    void aDashboardPollingAgainWithinTheTtlMakesNoTempBoxCallsAndAConversationActedOnSinceIsReadAgain() {
        scenario.botConversation(AURORA, "Vocês vendem vale-presente?");
        SeededConversation bye = scenario.botConversation(AURORA, "Obrigada, era só isso. Tchau!");
        runTheRepliesJob();
        outcomesOf(AURORA).jsonPath("$.conversations.read").isEqualTo(2);
        scenario.mark();

        outcomesOf(AURORA).jsonPath("$.conversations.read").isEqualTo(2)
            .jsonPath("$.firstAnswer.answered").isEqualTo(2);
        assertThat(scenario.calls()).as("TempBox calls of the second request").isEmpty();

        SeededConversation again = scenario.customerWrites(bye, Duration.ZERO,
                "oi, de novo: esqueci de perguntar do frete");
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            runTheRepliesJob();
            assertThat(scenario.entry("ai-reply", again).or(() -> scenario.entry("bot-reply", again))).isPresent();
        });
        scenario.mark();
        outcomesOf(AURORA).jsonPath("$.automatedResolution.reopened").isEqualTo(1);
        assertThat(scenario.calls()).as("only the conversation Respondo acted on since is read again")
            .containsEntry("ListarRecentes", 1L)
            .containsEntry("ListarMensagensAtendimento", 1L)
            .containsEntry("Consultar", 1L);
    }

    @Test
    void anUnknownTenantOrAnEmptyPeriodIsABadRequest() {
        admin.get()
            .uri("/admin/outcomes?tenant=nobody")
            .exchange()
            .expectStatus()
            .isBadRequest()
            .expectHeader()
            .contentType(MediaType.APPLICATION_PROBLEM_JSON);
        admin.get()
            .uri("/admin/outcomes?tenant={tenant}&from=2026-12-02T00:00:00Z&to=2026-12-01T00:00:00Z", AURORA)
            .exchange()
            .expectStatus()
            .isBadRequest();
    }

    private WebTestClient.BodyContentSpec outcomesOf(String tenant) {
        return admin.get().uri("/admin/outcomes?tenant={tenant}", tenant).exchange().expectStatus().isOk()
            .expectBody();
    }

    private void runTheRepliesJob() {
        Map<String, Object> launched = admin.post()
            .uri("/admin/jobs/replies/executions")
            .exchange()
            .expectStatus()
            .isAccepted()
            .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
            })
            .returnResult()
            .getResponseBody();
        ExecutionView execution = Executions.ended(history, ((Number) launched.get("executionId")).longValue());
        assertThat(execution.status()).isEqualTo("COMPLETED");
    }
}
