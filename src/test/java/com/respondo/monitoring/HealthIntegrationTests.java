package com.respondo.monitoring;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.respondo.sandbox.Sandbox;
import com.respondo.tempbox.TempBoxClient;
import com.respondo.tempbox.Tenant;
import com.respondo.tempbox.Tenants;
import com.respondo.testsupport.AdminClients;
import com.respondo.testsupport.MutableClock;
import com.respondo.testsupport.RespondoIntegrationTest;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

@RespondoIntegrationTest
class HealthIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    TempBoxClient client;

    @Autowired
    Tenants tenants;

    @Autowired
    Sandbox sandbox;

    @Autowired
    CircuitBreakerRegistry breakers;

    WebTestClient anonymous;

    WebTestClient admin;

    @BeforeEach
    void clients() {
        anonymous = AdminClients.anonymous(port);
        admin = AdminClients.admin(port);
    }

    @AfterEach
    void reset() {
        breakers.getAllCircuitBreakers().forEach(breaker -> breakers.remove(breaker.getName()));
    }

    @Test
    void theProbesAreOpenAndUpWithoutDetails() {
        anonymous.get()
            .uri("/actuator/health/liveness")
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .jsonPath("$.status").isEqualTo("UP")
            .jsonPath("$.components").doesNotExist();
        anonymous.get()
            .uri("/actuator/health/readiness")
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .jsonPath("$.status").isEqualTo("UP")
            .jsonPath("$.components").doesNotExist();
        anonymous.get()
            .uri("/actuator/health")
            .exchange()
            .expectBody()
            .jsonPath("$.status").isNotEmpty()
            .jsonPath("$.components").doesNotExist();
    }

    @Test
    void theAdminSeesEachTenantsTempBoxTheLlmAndTheBreakersWithoutAnySecret() {
        admin.get()
            .uri("/actuator/health/dependencies")
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .jsonPath("$.status").isEqualTo("UP")
            .jsonPath("$.components.tempbox.components.loja-aurora.status").isEqualTo("UP")
            .jsonPath("$.components.tempbox.components.loja-aurora.details.tenant").isEqualTo("Loja Aurora")
            .jsonPath("$.components.tempbox.components.loja-aurora.details.operation")
            .isEqualTo("ListarMensagensEmAberto")
            .jsonPath("$.components.tempbox.components.clinica-sorriso.status").isEqualTo("UP")
            .jsonPath("$.components.llm.status").isEqualTo("UP")
            .jsonPath("$.components.llm.details.model").isEqualTo("gpt-4o-mini")
            .jsonPath("$.components.llm.details.server").isEqualTo("http://127.0.0.1:" + port + "/sandbox/llm/v1")
            .jsonPath("$.components.breakers.status").isEqualTo("UP");

        String json = new String(admin.get().uri("/actuator/health").exchange().expectBody().returnResult()
            .getResponseBody());
        assertThat(json).contains("\"tempbox\"", "\"llm\"", "\"breakers\"", "\"db\"")
            .doesNotContain("sandbox-loja-aurora", "sandbox-clinica-sorriso", "sandbox-no-key");
    }

    @Test
    void aTenantWhoseTempBoxRefusesTheCallIsDownWithTheReasonButNotTheToken() {
        Tenant aurora = tenants.get("loja-aurora");
        Tenant wrongToken = new Tenant(aurora.id(), aurora.empresa(), "not-the-right-token", aurora.atendente(),
                aurora.name());

        Health health = new TenantTempBoxHealth(client, wrongToken, Duration.ZERO, Clock.systemUTC()).health();

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(String.valueOf(health.getDetails().get("error"))).startsWith("TempBoxUnauthorizedException")
            .doesNotContain("not-the-right-token");
        assertThat(health.getDetails()).containsEntry("tenant", "Loja Aurora").containsKey("latencyMs");
    }

    @Test
    void aTenantsCheckIsReusedForItsTimeToLive() {
        MutableClock clock = new MutableClock(Instant.parse("2026-01-05T12:00:00Z"));
        TenantTempBoxHealth health = new TenantTempBoxHealth(client, tenants.get("clinica-sorriso"),
                Duration.ofSeconds(30), clock);
        long before = sandbox.calls("ListarMensagensEmAberto");

        health.health();
        clock.advance(Duration.ofSeconds(29));
        health.health();
        assertThat(sandbox.calls("ListarMensagensEmAberto")).isEqualTo(before + 1);

        clock.advance(Duration.ofSeconds(2));
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
        assertThat(sandbox.calls("ListarMensagensEmAberto")).isEqualTo(before + 2);
    }

    @Test
    void anOpenBreakerTakesItsDependencyDown() {
        breakers.circuitBreaker("llm").transitionToOpenState();
        breakers.circuitBreaker("tempbox-loja-aurora");

        admin.get()
            .uri("/actuator/health/dependencies")
            .exchange()
            .expectStatus()
            .isEqualTo(503)
            .expectBody()
            .jsonPath("$.components.breakers.status").isEqualTo("DOWN")
            .jsonPath("$.components.breakers.details.llm.state").isEqualTo("OPEN")
            .jsonPath("$.components.breakers.details.tempbox-loja-aurora.state").isEqualTo("CLOSED")
            .jsonPath("$.components.llm.status").isEqualTo("DOWN")
            .jsonPath("$.components.llm.details.breaker").isEqualTo("OPEN");
        anonymous.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
    }
}
