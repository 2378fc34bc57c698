package com.respondo.outcomes;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.respondo.sandbox.Sandbox;
import com.respondo.testsupport.AdminClients;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The default run sped up: the demo conversations seeded, the generator adding customer messages (faster than its
 * default), the jobs on their schedules. Every outcome figure moves: hand-offs, closes (the generator's farewells),
 * reopenings and ratings (its messages after a close), first answers and LLM cost; three days later on the sandbox
 * clock, the dashboard's last 24 hours (of the ledger's wall clock) show the closes nobody reopened as automated
 * resolutions.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = { "respondo.admin.password=" + OutcomesOnSandboxTrafficIntegrationTests.PASSWORD,
            "respondo.jobs.scheduler-enabled=true", "respondo.sandbox.generator.enabled=true",
            "respondo.sandbox.generator.messages-per-minute=90",
            "respondo.sandbox.generator.max-open-conversations=15",
            "respondo.outcomes.closed-conversation-ttl=5s", "respondo.outcomes.open-conversation-ttl=5s" })
class OutcomesOnSandboxTrafficIntegrationTests {

    static final String PASSWORD = "outcomes-traffic-password";

    private static final String AURORA = "loja-aurora";

    private static final String SORRISO = "clinica-sorriso";

    @LocalServerPort
    int port;

    @Autowired
    Sandbox sandbox;

    @Test
    void everyFigureMovesOnTheSandboxsOwnTraffic() {
        WebTestClient admin = AdminClients.admin(port, PASSWORD);

        // One message in five goes to the conversation closed last and reopens it, so a close seen while the
        // generator runs may be gone a moment later: the generator rests, and the closes must stay for 40 s (the
        // outcomes read closed conversations again after 5 s here) before the clock moves on; else it runs again.
        await("closes kept while the generator rests").atMost(Duration.ofMinutes(9))
            .pollInterval(Duration.ofSeconds(1))
            .ignoreExceptions()
            .untilAsserted(() -> {
                sandbox.generator(true, 90);
                await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(10))
                    .untilAsserted(() -> everyFigureMoves(admin));
                sandbox.generator(false, 1);
                await().during(Duration.ofSeconds(40)).atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofSeconds(5))
                    .untilAsserted(() -> closesAwaitTheirWindow(admin));
            });
        sandbox.clock().advance(Duration.ofHours(73));

        for (String tenant : new String[] { AURORA, SORRISO }) {
            Map<String, Object> report = outcomes(admin, tenant);
            assertThat(report).as(tenant).isNotNull();
            assertThat(number(report, "conversations", "touched")).as(tenant + " touched " + report).isPositive();
            assertThat(number(report, "automatedResolution", "resolved")).as(tenant + " resolved " + report)
                .isPositive();
            assertThat(number(report, "automatedResolution", "rate")).as(tenant + " resolution rate").isPositive();
            assertThat(number(report, "containment", "contained")).as(tenant + " contained").isPositive();
            assertThat(number(report, "containment", "rate")).as(tenant + " containment rate").isPositive();
            assertThat(number(report, "firstAnswer", "medianSeconds")).as(tenant + " median first answer")
                .isPositive();
            assertThat(number(report, "llmCost", "amount")).as(tenant + " LLM cost").isPositive();
            @SuppressWarnings("unchecked")
            Map<String, Object> byReason = (Map<String, Object>) ((Map<String, Object>) report.get("handoffs"))
                .get("byReason");
            assertThat(byReason.values().stream().mapToDouble(count -> ((Number) count).doubleValue()).sum())
                .as(tenant + " hand-offs by reason " + byReason).isPositive();
        }
        assertThat(number(outcomes(admin, SORRISO), "satisfaction", "average")).as("CSAT").isPositive();
    }

    private void everyFigureMoves(WebTestClient admin) {
        Map<String, Object> aurora = outcomes(admin, AURORA);
        Map<String, Object> sorriso = outcomes(admin, SORRISO);
        assertThat(number(aurora, "handoffs", "conversations") + number(sorriso, "handoffs", "conversations"))
            .as("hand-offs").isPositive();
        assertThat(number(aurora, "automatedResolution", "reopened")
                + number(sorriso, "automatedResolution", "reopened")).as("reopenings").isPositive();
        assertThat(number(sorriso, "satisfaction", "answers")).as("CSAT answers (clinica-sorriso)").isPositive();
        closesAwaitTheirWindow(admin);
    }

    private void closesAwaitTheirWindow(WebTestClient admin) {
        for (String tenant : new String[] { AURORA, SORRISO }) {
            Map<String, Object> report = outcomes(admin, tenant);
            assertThat(number(report, "automatedResolution", "awaitingWindow"))
                .as("closes not reopened, awaiting their 72 h: " + report).isPositive();
        }
    }

    /** The outcomes of the last 24 hours, as the dashboard shows them. */
    private Map<String, Object> outcomes(WebTestClient admin, String tenant) {
        return admin.get()
            .uri("/admin/outcomes?tenant={tenant}", tenant)
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(AdminClients.JSON)
            .returnResult()
            .getResponseBody();
    }

    @SuppressWarnings("unchecked")
    private static double number(Map<String, Object> report, String section, String field) {
        Object value = ((Map<String, Object>) report.get(section)).get(field);
        return value == null ? 0 : ((Number) value).doubleValue();
    }
}
