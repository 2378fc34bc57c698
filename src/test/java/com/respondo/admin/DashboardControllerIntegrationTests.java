package com.respondo.admin;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.respondo.jobs.JobHistory;
import com.respondo.ledger.LedgerAction;
import com.respondo.ledger.NewAction;
import com.respondo.ledger.ReplyLedger;
import com.respondo.llm.LlmUsage;
import com.respondo.llm.LlmUsageRepository;
import com.respondo.testsupport.AdminClients;
import com.respondo.testsupport.Executions;
import com.respondo.testsupport.FakeSteps;
import com.respondo.testsupport.RespondoIntegrationTest;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

@RespondoIntegrationTest
class DashboardControllerIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    ReplyLedger ledger;

    @Autowired
    LlmUsageRepository usage;

    @Autowired
    CircuitBreakerRegistry breakers;

    @Autowired
    FakeSteps steps;

    @Autowired
    JobHistory history;

    @Autowired
    JobRepository jobRepository;

    WebTestClient admin;

    String tenant;

    @BeforeEach
    void given() {
        admin = AdminClients.admin(port);
        tenant = "t-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterEach
    void reset() {
        breakers.getAllCircuitBreakers().forEach(breaker -> breakers.remove(breaker.getName()));
        steps.reset();
        Executions.noneRunning(jobRepository, "replies", "data-collection");
    }

    @Test
    void countsTheAnswersSentThisHourByKind() {
        sent(LedgerAction.REPLY, "m1");
        sent(LedgerAction.REPLY, "m2");
        sent(LedgerAction.CANNED, "m3");
        sent(LedgerAction.HANDOFF, "m4");
        ledger.claim(NewAction.of(tenant, "atd", "m5", "ai-reply", LedgerAction.CLOSE));
        ledger.markFailed(ledger.claim(NewAction.of(tenant, "atd", "m6", "ai-reply", LedgerAction.SCHEDULE))
            .entry(), "boom");

        admin.get()
            .uri("/admin/stats/answers?hours=2&tenant={tenant}", tenant)
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .jsonPath("$.kinds").isEqualTo(java.util.List.of("GREETING", "CANNED", "REPLY", "HANDOFF", "SCHEDULE",
                    "CLOSE"))
            .jsonPath("$.hours.length()").isEqualTo(1)
            .jsonPath("$.hours[0].counts.REPLY").isEqualTo(2)
            .jsonPath("$.hours[0].counts.CANNED").isEqualTo(1)
            .jsonPath("$.hours[0].counts.HANDOFF").isEqualTo(1)
            .jsonPath("$.hours[0].counts.CLOSE").doesNotExist()
            .jsonPath("$.hours[0].counts.SCHEDULE").doesNotExist();
    }

    @Test
    void addsUpTheLlmCallsTokensAndLatencyOfTheHour() {
        long before = currentHourCalls();
        usage.record(new LlmUsage(tenant, "ai-reply", "atd", "ai-reply", "m", 100, 10, Duration.ofMillis(200),
                Instant.now()));
        usage.record(new LlmUsage(tenant, "ai-reply", "atd", "ai-reply", "m", 300, 30, Duration.ofMillis(400),
                Instant.now()));

        admin.get()
            .uri("/admin/stats/llm?hours=1")
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .jsonPath("$.hours.length()").isEqualTo(1)
            .jsonPath("$.hours[0].calls").isEqualTo((int) before + 2)
            .jsonPath("$.hours[0].maxLatencyMs").isNotEmpty()
            .jsonPath("$.hours[0].promptTokens").isNotEmpty();
        admin.get()
            .uri("/admin/stats/llm?hours=0")
            .exchange()
            .expectStatus()
            .isBadRequest()
            .expectHeader()
            .contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void showsEachCircuitBreakersState() {
        breakers.circuitBreaker("tempbox-loja-aurora").transitionToOpenState();
        breakers.circuitBreaker("llm");

        admin.get()
            .uri("/admin/breakers")
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .jsonPath("$[*].name").isEqualTo(java.util.List.of("llm", "tempbox-loja-aurora"))
            .jsonPath("$[0].state").isEqualTo("CLOSED")
            .jsonPath("$[1].state").isEqualTo("OPEN")
            .jsonPath("$[1].failureRate").isEqualTo(-1.0);
    }

    @Test
    void showsTheBacklogWaitingPerTenantAndStep() {
        ledger.claim(NewAction.of(tenant, "atd-1", "m1", "ai-reply", LedgerAction.REPLY));
        ledger.claim(NewAction.of(tenant, "atd-2", "m2", "ai-reply", LedgerAction.REPLY));
        ledger.recordDeferred(NewAction.of(tenant, "atd-3", "m3", "ai-reply", LedgerAction.DEFER),
                "outside business hours");
        ledger.recordDeferred(NewAction.of(tenant, "atd-4", "m4", "initial-response", LedgerAction.DEFER),
                "outside business hours");
        sent(LedgerAction.REPLY, "m5");

        admin.get()
            .uri("/admin/backlog")
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .jsonPath("$[?(@.tenant == '" + tenant + "')].step").isEqualTo(List.of("ai-reply", "initial-response"))
            .jsonPath("$[?(@.tenant == '" + tenant + "' && @.step == 'ai-reply')].intents").isEqualTo(List.of(2))
            .jsonPath("$[?(@.tenant == '" + tenant + "' && @.step == 'ai-reply')].deferred").isEqualTo(List.of(1))
            .jsonPath("$[?(@.tenant == '" + tenant + "' && @.step == 'initial-response')].deferred")
            .isEqualTo(List.of(1));
    }

    @Test
    void listsTheLatestFailedExecutionsAndFailedPosts() {
        steps.failFor("loja-aurora");
        long id = AdminClients.launch(admin, "data-collection");
        Executions.ended(history, id);
        ledger.markFailed(ledger.claim(NewAction.of(tenant, "atd-x", "m1", "ai-reply", LedgerAction.REPLY))
            .entry(), "TempBox EnviarMensagem: timeout");

        admin.get()
            .uri("/admin/errors?limit=5")
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .jsonPath("$.executions[0].id").isEqualTo(id)
            .jsonPath("$.executions[0].status").isEqualTo("FAILED")
            .jsonPath("$.executions[0].errors[0].tenant").isEqualTo("loja-aurora")
            .jsonPath("$.executions[0].errors[0].reason")
            .isEqualTo("java.lang.IllegalStateException: Fake failure for loja-aurora")
            .jsonPath("$.actions[0].tenant").isEqualTo(tenant)
            .jsonPath("$.actions[0].error").isEqualTo("TempBox EnviarMensagem: timeout");
    }

    private void sent(LedgerAction action, String message) {
        ledger.markSent(ledger.claim(NewAction.of(tenant, "atd", message, "ai-reply", action)).entry());
    }

    private long currentHourCalls() {
        return usage.hourlyTotals(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.HOURS))
            .stream()
            .mapToLong(com.respondo.llm.LlmHourlyUsage::calls)
            .sum();
    }
}
