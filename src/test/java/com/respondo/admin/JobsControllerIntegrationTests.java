package com.respondo.admin;

import java.util.List;
import java.util.Map;

import com.respondo.jobs.ExecutionView;
import com.respondo.jobs.JobHistory;
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
class JobsControllerIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    FakeSteps steps;

    @Autowired
    JobHistory history;

    @Autowired
    JobRepository jobRepository;

    WebTestClient anonymous;

    WebTestClient admin;

    @BeforeEach
    void clients() {
        anonymous = AdminClients.anonymous(port);
        admin = AdminClients.admin(port);
    }

    @AfterEach
    void reset() {
        steps.reset();
        Executions.noneRunning(jobRepository, "replies", "data-collection");
    }

    @Test
    void launchingAJobAnswers202WithTheExecutionAndWhereToFollowIt() {
        Map<String, Object> body = admin.post()
            .uri("/admin/jobs/replies/executions")
            .exchange()
            .expectStatus()
            .isAccepted()
            .expectHeader()
            .value(HttpHeaders.LOCATION, location -> assertThat(location).matches("/admin/executions/\\d+"))
            .expectBody(AdminClients.JSON)
            .returnResult()
            .getResponseBody();

        long id = ((Number) body.get("executionId")).longValue();
        assertThat(body).containsEntry("job", "replies")
            .containsEntry("tenants", List.of("loja-aurora", "padaria-sol"));
        Executions.ended(history, id);
        admin.get()
            .uri("/admin/executions/{id}", id)
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .jsonPath("$.id").isEqualTo(id)
            .jsonPath("$.job").isEqualTo("replies")
            .jsonPath("$.status").isEqualTo("COMPLETED")
            .jsonPath("$.startTime").isNotEmpty()
            .jsonPath("$.endTime").isNotEmpty()
            .jsonPath("$.steps[*].name").isEqualTo(List.of("initial-response", "bot-reply", "ai-reply"))
            .jsonPath("$.steps[0].status").isEqualTo("COMPLETED")
            .jsonPath("$.steps[0].readCount").isEqualTo(6)
            .jsonPath("$.steps[0].writeCount").isEqualTo(4)
            .jsonPath("$.steps[0].filterCount").isEqualTo(2)
            .jsonPath("$.steps[0].skipCount").isEqualTo(0)
            .jsonPath("$.steps[0].partitions.length()").isEqualTo(2);
    }

    @Test
    void launchingForOneTenantCoversOnlyIt() {
        admin.post()
            .uri("/admin/jobs/data-collection/executions?tenant=padaria-sol")
            .exchange()
            .expectStatus()
            .isAccepted()
            .expectBody()
            .jsonPath("$.tenants").isEqualTo(List.of("padaria-sol"));
    }

    @Test
    void launchingWhileAnExecutionRunsAnswers409() {
        steps.close("initial-response");
        ExecutionView running = Executions.started(history, AdminClients.launch(admin, "replies"));

        admin.post()
            .uri("/admin/jobs/replies/executions?tenant=loja-aurora")
            .exchange()
            .expectStatus()
            .isEqualTo(409)
            .expectHeader()
            .contentType(MediaType.APPLICATION_PROBLEM_JSON)
            .expectBody()
            .jsonPath("$.status").isEqualTo(409)
            .jsonPath("$.title").isEqualTo("Job already running")
            .jsonPath("$.detail").isEqualTo("Job 'replies' is already running for tenant(s) loja-aurora (execution(s) ["
                    + running.id() + "])")
            .jsonPath("$.runningExecutions").isEqualTo(List.of((int) running.id()));
    }

    @Test
    void anUnknownJobAnswers404AndAnUnknownTenant400() {
        admin.post()
            .uri("/admin/jobs/nightly/executions")
            .exchange()
            .expectStatus()
            .isNotFound()
            .expectHeader()
            .contentType(MediaType.APPLICATION_PROBLEM_JSON)
            .expectBody()
            .jsonPath("$.title").isEqualTo("Unknown job")
            .jsonPath("$.detail").isEqualTo("No job named 'nightly' (jobs: data-collection, follow-ups, replies)");
        admin.post()
            .uri("/admin/jobs/replies/executions?tenant=loja-lua")
            .exchange()
            .expectStatus()
            .isBadRequest()
            .expectBody()
            .jsonPath("$.title").isEqualTo("Unknown tenant");
    }

    @Test
    void anUnknownExecutionAnswers404AndABadIdAProblemToo() {
        admin.get()
            .uri("/admin/executions/987654")
            .exchange()
            .expectStatus()
            .isNotFound()
            .expectHeader()
            .contentType(MediaType.APPLICATION_PROBLEM_JSON)
            .expectBody()
            .jsonPath("$.detail").isEqualTo("No execution of Respondo's jobs has id 987654");
        admin.get()
            .uri("/admin/executions/latest")
            .exchange()
            .expectStatus()
            .isBadRequest()
            .expectHeader()
            .contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void listsEveryJobWithItsScheduleAndLastExecution() {
        long id = AdminClients.launch(admin, "data-collection");
        Executions.ended(history, id);

        admin.get()
            .uri("/admin/jobs")
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .jsonPath("$[*].name").isEqualTo(List.of("data-collection", "follow-ups", "replies"))
            .jsonPath("$[0].description").isEqualTo("Collects customer data from new customer messages")
            .jsonPath("$[0].schedule.cron").isEqualTo("0 */10 * * * *")
            .jsonPath("$[0].enabled").isEqualTo(true)
            .jsonPath("$[0].tenants").isEqualTo(List.of("loja-aurora", "padaria-sol"))
            .jsonPath("$[0].steps[0].name").isEqualTo("data-collection")
            .jsonPath("$[0].steps[0].mode").isEqualTo("local")
            .jsonPath("$[0].lastExecution.id").isEqualTo(id)
            .jsonPath("$[0].lastExecution.status").isEqualTo("COMPLETED")
            .jsonPath("$[0].lastExecution.startTime").isNotEmpty()
            .jsonPath("$[0].lastExecution.endTime").isNotEmpty()
            .jsonPath("$[2].schedule.fixedDelay").isEqualTo("PT15S")
            .jsonPath("$[2].steps[*].name").isEqualTo(List.of("initial-response", "bot-reply", "ai-reply"));
    }

    @Test
    void aDryRunLaunchTellsEveryStepNotToPostAnything() {
        Map<String, Object> body = admin.post()
            .uri("/admin/jobs/data-collection/executions?dryRun=true&tenant=loja-aurora")
            .exchange()
            .expectStatus()
            .isAccepted()
            .expectBody(AdminClients.JSON)
            .returnResult()
            .getResponseBody();

        assertThat(body).containsEntry("dryRun", true);
        long id = ((Number) body.get("executionId")).longValue();
        assertThat(Executions.ended(history, id).dryRun()).isTrue();
        assertThat(steps.settingsSeen()).singleElement().satisfies(settings -> {
            assertThat(settings.stepName()).isEqualTo("data-collection");
            assertThat(settings.dryRun()).isTrue();
        });
        admin.get().uri("/admin/executions/{id}", id).exchange().expectBody().jsonPath("$.dryRun").isEqualTo(true);
    }

    @Test
    void theHistoryOfAJobListsItsExecutionsNewestFirstPageByPage() {
        long first = AdminClients.launch(admin, "data-collection");
        Executions.ended(history, first);
        long second = AdminClients.launch(admin, "data-collection");
        Executions.ended(history, second);
        long third = AdminClients.launch(admin, "data-collection");
        Executions.ended(history, third);

        admin.get()
            .uri("/admin/jobs/data-collection/executions?page=0&size=2")
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .jsonPath("$.job").isEqualTo("data-collection")
            .jsonPath("$.page").isEqualTo(0)
            .jsonPath("$.size").isEqualTo(2)
            .jsonPath("$.executions[*].id").isEqualTo(List.of((int) third, (int) second))
            .jsonPath("$.executions[0].status").isEqualTo("COMPLETED")
            .jsonPath("$.executions[0].steps[0].name").isEqualTo("data-collection");
        Map<String, Object> secondPage = admin.get()
            .uri("/admin/jobs/data-collection/executions?page=1&size=2")
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(AdminClients.JSON)
            .returnResult()
            .getResponseBody();
        assertThat(((Number) secondPage.get("total")).longValue()).isGreaterThanOrEqualTo(3);
        assertThat((List<?>) secondPage.get("executions")).isNotEmpty()
            .allSatisfy(execution -> assertThat(((Number) ((Map<?, ?>) execution).get("id")).longValue())
                .isLessThan(second));
        admin.get().uri("/admin/jobs/nightly/executions").exchange().expectStatus().isNotFound();
        admin.get()
            .uri("/admin/jobs/replies/executions?size=1000")
            .exchange()
            .expectStatus()
            .isBadRequest()
            .expectHeader()
            .contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void aJobsScheduleCanBePausedAndResumedWhileRunning() {
        admin.put()
            .uri("/admin/jobs/replies/enabled")
            .contentType(MediaType.APPLICATION_JSON)
            .bodyValue(Map.of("enabled", false))
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .jsonPath("$.name").isEqualTo("replies")
            .jsonPath("$.enabled").isEqualTo(false)
            .jsonPath("$.nextRun").doesNotExist();
        admin.get().uri("/admin/jobs").exchange().expectBody().jsonPath("$[2].enabled").isEqualTo(false);
        AdminClients.launch(admin, "replies");

        admin.put()
            .uri("/admin/jobs/replies/enabled")
            .contentType(MediaType.APPLICATION_JSON)
            .bodyValue(Map.of("enabled", true))
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .jsonPath("$.enabled").isEqualTo(true);
        admin.put()
            .uri("/admin/jobs/nightly/enabled")
            .contentType(MediaType.APPLICATION_JSON)
            .bodyValue(Map.of("enabled", true))
            .exchange()
            .expectStatus()
            .isNotFound();
        admin.put()
            .uri("/admin/jobs/replies/enabled")
            .contentType(MediaType.APPLICATION_JSON)
            .bodyValue(Map.of())
            .exchange()
            .expectStatus()
            .isBadRequest()
            .expectHeader()
            .contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void theLastExecutionOfEachJobCarriesItsProgressAndPerStepCounts() {
        long id = AdminClients.launch(admin, "replies");
        Executions.ended(history, id);

        admin.get()
            .uri("/admin/jobs")
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .jsonPath("$[2].lastExecution.id").isEqualTo(id)
            .jsonPath("$[2].lastExecution.running").isEqualTo(false)
            .jsonPath("$[2].lastExecution.progress.percent").isEqualTo(100)
            .jsonPath("$[2].lastExecution.steps[*].name").isEqualTo(List.of("initial-response", "bot-reply", "ai-reply"))
            .jsonPath("$[2].lastExecution.steps[2].read").isEqualTo(6)
            .jsonPath("$[2].lastExecution.steps[2].written").isEqualTo(4)
            .jsonPath("$[2].lastExecution.steps[2].filtered").isEqualTo(2)
            .jsonPath("$[2].lastExecution.steps[2].skipped").isEqualTo(0)
            .jsonPath("$[2].lastExecution.steps[2].failed").isEqualTo(0)
            .jsonPath("$[2].lastExecution.errors").isEqualTo(0);
    }

    @Test
    void theAdminApiNeedsTheAdminsCredentials() {
        int instances = jobRepository.findJobInstances("replies").size();

        anonymous.post().uri("/admin/jobs/replies/executions").exchange().expectStatus().isUnauthorized();
        anonymous.get().uri("/admin/jobs").exchange().expectStatus().isUnauthorized();
        AdminClients.signedIn(anonymous, "wrong")
            .get()
            .uri("/admin/executions/1")
            .exchange()
            .expectStatus()
            .isUnauthorized();
        assertThat(jobRepository.findJobInstances("replies")).hasSize(instances);
    }
}
