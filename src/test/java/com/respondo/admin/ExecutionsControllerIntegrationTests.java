package com.respondo.admin;

import java.util.List;
import java.util.Map;

import com.respondo.jobs.ExecutionView;
import com.respondo.jobs.JobHistory;
import com.respondo.ledger.LedgerAction;
import com.respondo.ledger.NewAction;
import com.respondo.ledger.ReplyLedger;
import com.respondo.testsupport.AdminClients;
import com.respondo.testsupport.Executions;
import com.respondo.testsupport.FakeSteps;
import com.respondo.testsupport.RespondoIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

@RespondoIntegrationTest
class ExecutionsControllerIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    FakeSteps steps;

    @Autowired
    JobHistory history;

    @Autowired
    JobRepository jobRepository;

    @Autowired
    ReplyLedger ledger;

    WebTestClient admin;

    @BeforeEach
    void clients() {
        admin = AdminClients.admin(port);
    }

    @AfterEach
    void reset() {
        steps.reset();
        Executions.noneRunning(jobRepository, "replies", "data-collection");
    }

    @Test
    void aCompletedExecutionShowsItsStepsFullProgressAndNoErrors() {
        long id = AdminClients.launch(admin, "replies");
        Executions.ended(history, id);

        admin.get()
            .uri("/admin/executions/{id}", id)
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .jsonPath("$.status").isEqualTo("COMPLETED")
            .jsonPath("$.dryRun").isEqualTo(false)
            .jsonPath("$.progress.percent").isEqualTo(100)
            .jsonPath("$.progress.stepsCompleted").isEqualTo(3)
            .jsonPath("$.progress.steps").isEqualTo(3)
            .jsonPath("$.progress.done").isEqualTo(18)
            .jsonPath("$.progress.found").isEqualTo(18)
            .jsonPath("$.steps[0].done").isEqualTo(6)
            .jsonPath("$.steps[0].partitions[*].tenant").isEqualTo(List.of("loja-aurora", "padaria-sol"))
            .jsonPath("$.counts[0].name").isEqualTo("initial-response")
            .jsonPath("$.counts[0].read").isEqualTo(6)
            .jsonPath("$.counts[0].written").isEqualTo(4)
            .jsonPath("$.counts[0].filtered").isEqualTo(2)
            .jsonPath("$.counts[0].failed").isEqualTo(0)
            .jsonPath("$.errors").isEmpty()
            .jsonPath("$.failedActions").isEmpty();
    }

    @Test
    void aFailedPartitionIsReportedWithItsReasonAndTheFailedPostsOfTheExecution() {
        steps.failFor("padaria-sol");
        long id = AdminClients.launch(admin, "data-collection");
        Executions.ended(history, id);
        NewAction action = NewAction.of("padaria-sol", "atd-failed", "msg-1", "data-collection", LedgerAction.REPLY)
            .withJobExecutionId(id);
        ledger.markFailed(ledger.claim(action).entry(), "TempBox EnviarMensagem: HTTP 500");

        admin.get()
            .uri("/admin/executions/{id}", id)
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .jsonPath("$.status").isEqualTo("FAILED")
            .jsonPath("$.errors.length()").isEqualTo(1)
            .jsonPath("$.errors[0].step").isEqualTo("data-collection")
            .jsonPath("$.errors[0].tenant").isEqualTo("padaria-sol")
            .jsonPath("$.errors[0].status").isEqualTo("FAILED")
            .jsonPath("$.errors[0].reason").isEqualTo("java.lang.IllegalStateException: Fake failure for padaria-sol")
            .jsonPath("$.counts[0].failed").isEqualTo(1)
            .jsonPath("$.actions['data-collection'].FAILED").isEqualTo(1)
            .jsonPath("$.failedActions[0].atendimento").isEqualTo("atd-failed")
            .jsonPath("$.failedActions[0].error").isEqualTo("TempBox EnviarMensagem: HTTP 500");
    }

    @Test
    void listsTheLatestExecutionsFilteredByJobAndStatus() {
        steps.failFor("padaria-sol");
        long failed = AdminClients.launch(admin, "data-collection");
        Executions.ended(history, failed);
        steps.reset();
        long completed = AdminClients.launch(admin, "data-collection");
        Executions.ended(history, completed);

        admin.get()
            .uri("/admin/executions?job=data-collection&status=FAILED&limit=100")
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .jsonPath("$[*].status").value(statuses -> assertThat((List<Object>) statuses).containsOnly("FAILED"))
            .jsonPath("$[*].job").value(jobs -> assertThat((List<Object>) jobs).containsOnly("data-collection"))
            .jsonPath("$[0].id").isEqualTo(failed);
        admin.get()
            .uri("/admin/executions?limit=1")
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .jsonPath("$.length()").isEqualTo(1)
            .jsonPath("$[0].id").isEqualTo(completed);
        admin.get().uri("/admin/executions?status=SLEEPING").exchange().expectStatus().isBadRequest();
        admin.get().uri("/admin/executions?job=nightly").exchange().expectStatus().isNotFound();
    }

    @Test
    void listsTheConversationsAnExecutionActedOnWithTheirOutcome() {
        long id = AdminClients.launch(admin, "data-collection");
        Executions.ended(history, id);
        ledger.markSent(ledger.claim(NewAction.of("loja-aurora", "atd-answered", "msg-1", "ai-reply",
                LedgerAction.GREETING).withJobExecutionId(id)).entry());
        ledger.markSent(ledger.claim(NewAction.of("loja-aurora", "atd-answered", "msg-2", "ai-reply",
                LedgerAction.REPLY).withDetail(Map.of("basis", "KNOWLEDGE", "confidence", 0.9, "reason", "prazo"))
            .withJobExecutionId(id)).entry());
        ledger.markSent(ledger.claim(NewAction.of("padaria-sol", "atd-handed-off", "msg-3", "ai-reply",
                LedgerAction.HANDOFF).withDetail(Map.of("reason", "cliente pediu um humano"))
            .withJobExecutionId(id)).entry());
        ledger.markSent(ledger.claim(NewAction.of("padaria-sol", "atd-other-run", "msg-4", "ai-reply",
                LedgerAction.REPLY).withJobExecutionId(id + 1000)).entry());

        admin.get()
            .uri("/admin/executions/{id}/conversations", id)
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .jsonPath("$.length()").isEqualTo(2)
            .jsonPath("$[0].atendimento").isEqualTo("atd-handed-off")
            .jsonPath("$[0].outcome").isEqualTo("HANDOFF")
            .jsonPath("$[0].status").isEqualTo("SENT")
            .jsonPath("$[0].reason").isEqualTo("cliente pediu um humano")
            .jsonPath("$[1].atendimento").isEqualTo("atd-answered")
            .jsonPath("$[1].outcome").isEqualTo("REPLY")
            .jsonPath("$[1].basis").isEqualTo("KNOWLEDGE")
            .jsonPath("$[1].confidence").isEqualTo(0.9)
            .jsonPath("$[1].jobExecutionId").isEqualTo(id);
        admin.get().uri("/admin/executions/{id}/conversations", 987654).exchange().expectStatus().isNotFound();
    }

    @Test
    void aStoppedExecutionFinishesItsChunkStopsAndRestartsToCompletion() {
        steps.close("initial-response");
        long id = AdminClients.launch(admin, "replies");
        ExecutionView running = Executions.started(history, id);
        assertThat(running.progress().percent()).isZero();

        admin.post()
            .uri("/admin/executions/{id}/stop", id)
            .exchange()
            .expectStatus()
            .isAccepted()
            .expectBody()
            .jsonPath("$.executionId").isEqualTo(id)
            .jsonPath("$.status").isEqualTo("STOPPING");
        assertThat(history.execution(id).orElseThrow().status()).as("still running until its chunk ends")
            .isEqualTo("STOPPING");
        steps.open("initial-response");
        ExecutionView stopped = Executions.ended(history, id);

        assertThat(stopped.status()).isEqualTo("STOPPED");
        assertThat(stopped.steps()).extracting(ExecutionView.StepView::name).containsExactly("initial-response");
        assertThat(steps.written("initial-response", "loja-aurora")).containsExactly("loja-aurora-m1",
                "loja-aurora-m2");
        assertThat(steps.written("bot-reply", "loja-aurora")).isEmpty();

        Map<String, Object> restart = admin.post()
            .uri("/admin/executions/{id}/restart", id)
            .exchange()
            .expectStatus()
            .isAccepted()
            .expectHeader()
            .value(HttpHeaders.LOCATION, location -> assertThat(location).startsWith("/admin/executions/"))
            .expectBody(AdminClients.JSON)
            .returnResult()
            .getResponseBody();
        long restarted = ((Number) restart.get("executionId")).longValue();

        assertThat(restarted).isNotEqualTo(id);
        assertThat(restart).containsEntry("job", "replies").containsEntry("tenants", List.of("loja-aurora", "padaria-sol"));
        assertThat(Executions.ended(history, restarted).status()).isEqualTo("COMPLETED");
        assertThat(steps.written("ai-reply", "padaria-sol")).containsExactly("padaria-sol-m1", "padaria-sol-m2");
    }

    @Test
    void stoppingAnEndedExecutionOrRestartingACompletedOneAnswers409() {
        long id = AdminClients.launch(admin, "data-collection");
        Executions.ended(history, id);

        admin.post()
            .uri("/admin/executions/{id}/stop", id)
            .exchange()
            .expectStatus()
            .isEqualTo(409)
            .expectHeader()
            .contentType(MediaType.APPLICATION_PROBLEM_JSON)
            .expectBody()
            .jsonPath("$.title").isEqualTo("Execution in the wrong state")
            .jsonPath("$.detail").isEqualTo("Execution " + id + " is not running (COMPLETED)")
            .jsonPath("$.executionStatus").isEqualTo("COMPLETED");
        admin.post()
            .uri("/admin/executions/{id}/restart", id)
            .exchange()
            .expectStatus()
            .isEqualTo(409)
            .expectBody()
            .jsonPath("$.detail")
            .isEqualTo("Execution " + id + " is COMPLETED: only FAILED or STOPPED executions can be restarted");
    }

    @Test
    void anExecutionRestartedAlreadyCannotBeRestartedAgain() {
        steps.failFor("loja-aurora");
        long failed = AdminClients.launch(admin, "data-collection");
        Executions.ended(history, failed);
        steps.reset();
        long restarted = restart(failed);
        Executions.ended(history, restarted);

        admin.post()
            .uri("/admin/executions/{id}/restart", failed)
            .exchange()
            .expectStatus()
            .isEqualTo(409)
            .expectBody()
            .jsonPath("$.detail")
            .isEqualTo("Execution " + failed + " was restarted already, as execution " + restarted + " (COMPLETED)");
        assertThat(steps.written("data-collection", "padaria-sol")).as("completed partitions are not redone")
            .isEmpty();
        assertThat(steps.written("data-collection", "loja-aurora")).containsExactly("loja-aurora-m1",
                "loja-aurora-m2");
    }

    @Test
    void unknownExecutionsAnswer404ForEveryOperation() {
        admin.get().uri("/admin/executions/424242").exchange().expectStatus().isNotFound();
        admin.post()
            .uri("/admin/executions/424242/stop")
            .exchange()
            .expectStatus()
            .isNotFound()
            .expectHeader()
            .contentType(MediaType.APPLICATION_PROBLEM_JSON)
            .expectBody()
            .jsonPath("$.executionId").isEqualTo(424242);
        admin.post().uri("/admin/executions/424242/restart").exchange().expectStatus().isNotFound();
    }

    private long restart(long id) {
        Map<String, Object> body = admin.post()
            .uri("/admin/executions/{id}/restart", id)
            .exchange()
            .expectStatus()
            .isAccepted()
            .expectBody(AdminClients.JSON)
            .returnResult()
            .getResponseBody();
        return ((Number) body.get("executionId")).longValue();
    }
}
