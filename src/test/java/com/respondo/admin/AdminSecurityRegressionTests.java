package com.respondo.admin;

import java.time.Duration;

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
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The attacks on the admin API of issue 13, reproduced: a dry run asked for in a form body (which used to start a
 * live run on every tenant), and a TempBox error that echoes a token (or any configured secret) reaching the
 * executions, errors, jobs and conversations the admin API shows. Shares its context with the other tests that look
 * for secrets ({@code secrets-test.properties}).
 */
@RespondoIntegrationTest
@TestPropertySource(locations = "classpath:secrets-test.properties")
class AdminSecurityRegressionTests {

    /** What TempBox answers to a refused call, echoing the token, plus the other secrets a message could carry. */
    static final String ECHOED = "TempBox EnviarMensagem: Code 401: Token invalido: sandbox-loja-aurora (other tenant "
            + "sandbox-clinica-sorriso, key sk-test-Respondo-0123456789-SECRET, admin "
            + RespondoIntegrationTest.ADMIN_PASSWORD + ")";

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
        admin = AdminClients.admin(port).mutate().responseTimeout(Duration.ofSeconds(60)).build();
    }

    @AfterEach
    void reset() {
        steps.reset();
        Executions.noneRunning(jobRepository, "replies", "data-collection");
    }

    @Test
    void aDryRunAskedForInAFormBodyIsRefusedNotRunLive() {
        Long before = history.lastExecution("replies").map(execution -> execution.id()).orElse(null);

        admin.post()
            .uri("/admin/jobs/{job}/executions", "replies")
            .contentType(MediaType.APPLICATION_FORM_URLENCODED)
            .body(BodyInserters.fromFormData("dryRun", "true").with("tenant", "loja-aurora"))
            .exchange()
            .expectStatus()
            .isEqualTo(415);
        admin.post()
            .uri("/admin/jobs/{job}/executions", "replies")
            .contentType(MediaType.APPLICATION_JSON)
            .bodyValue("{\"dryRun\":true}")
            .exchange()
            .expectStatus()
            .isEqualTo(415);

        assertThat(history.lastExecution("replies").map(execution -> execution.id()).orElse(null)).isEqualTo(before);
        assertThat(steps.partitionsSeen()).isEmpty();
    }

    @Test
    void aDryRunInTheQueryStringStillRunsDry() {
        long id = ((Number) admin.post()
            .uri("/admin/jobs/{job}/executions?dryRun=true", "replies")
            .exchange()
            .expectStatus()
            .isAccepted()
            .expectBody(AdminClients.JSON)
            .returnResult()
            .getResponseBody()
            .get("executionId")).longValue();

        assertThat(Executions.ended(history, id).dryRun()).isTrue();
    }

    @Test
    void aSecretEchoedByTempBoxIsMaskedInEveryAnswerAndExitDescriptionsAreOneLine() {
        steps.failFor("padaria-sol", ECHOED);
        long id = AdminClients.launch(admin, "data-collection");
        Executions.ended(history, id);
        assertThat(jobRepository.getJobExecution(id).getStepExecutions())
            .anySatisfy(step -> assertThat(step.getExitStatus().getExitDescription())
                .contains("Token invalido: sandbox-loja-aurora", "\tat "));
        NewAction action = NewAction.of("padaria-sol", "atd-echoed", "msg-1", "data-collection", LedgerAction.REPLY)
            .withJobExecutionId(id);
        ledger.markFailed(ledger.claim(action).entry(), ECHOED);

        String execution = body("/admin/executions/" + id);
        String errors = body("/admin/errors?limit=100");
        String jobs = body("/admin/jobs");
        String conversation = body("/admin/conversations/atd-echoed");

        for (String answer : new String[] { execution, errors, jobs, conversation }) {
            assertThat(SecuredEndpointsIntegrationTests.SECRETS)
                .allSatisfy(secret -> assertThat(answer).doesNotContain(secret));
        }
        assertThat(execution).contains("Token invalido: ***", "java.lang.IllegalStateException")
            .doesNotContain("\\tat ", "\\n");
        assertThat(errors).contains("Token invalido: ***");
        assertThat(conversation).contains("Token invalido: ***");
    }

    @Test
    void aSecretInTheRequestIsNotEchoedInTheProblem() {
        String unknownTenant = admin.post()
            .uri("/admin/jobs/{job}/executions?tenant=sandbox-clinica-sorriso", "replies")
            .exchange()
            .expectStatus()
            .isBadRequest()
            .expectBody(String.class)
            .returnResult()
            .getResponseBody();

        assertThat(unknownTenant).doesNotContain("sandbox-clinica-sorriso").contains("***");
    }

    private String body(String path) {
        return admin.get().uri(path).exchange().expectStatus().isOk().expectBody(String.class).returnResult()
            .getResponseBody();
    }
}
