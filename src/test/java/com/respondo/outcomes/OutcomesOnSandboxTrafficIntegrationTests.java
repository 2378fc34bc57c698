package com.respondo.outcomes;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.respondo.sandbox.PostedCall;
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

        await().atMost(Duration.ofMinutes(6)).pollInterval(Duration.ofSeconds(10))
            .untilAsserted(() -> everyFigureMoves(admin));
        sandbox.generator(false, 1);
        // The generator writes one message in five in the conversation closed last, reopening it: the closes seen
        // may be gone by now. With nothing generated any more, the customer Respondo answered last in each company
        // says goodbye, and Respondo closes that conversation for good.
        for (String tenant : new String[] { AURORA, SORRISO }) {
            sandbox.customerWrites(lastAnsweredAndKept(sandbox.company(tenant).empresa()), "Obrigada, era só isso!");
        }
        await().atMost(Duration.ofMinutes(2)).pollDelay(Duration.ofSeconds(6)).pollInterval(Duration.ofSeconds(6))
            .untilAsserted(() -> closesAwaitTheirWindow(admin));
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

    /** The conversation of the company Respondo answered last and still holds (not handed off, not closed). */
    private UUID lastAnsweredAndKept(UUID empresa) {
        Set<UUID> letGo = new HashSet<>();
        List<UUID> answered = new ArrayList<>();
        for (PostedCall call : sandbox.record()) {
            if (empresa.equals(call.empresa()) && call.stored() && call.atendimento() != null) {
                switch (call.operation()) {
                    case "EncaminharAtendimento", "EncerrarAtendimento" -> letGo.add(call.atendimento());
                    case "EnviarMensagem" -> answered.add(call.atendimento());
                    default -> {
                    }
                }
            }
        }
        answered.removeAll(letGo);
        assertThat(answered).as("conversations of " + empresa + " Respondo answered and kept").isNotEmpty();
        return answered.get(answered.size() - 1);
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
