package com.respondo.monitoring;

import java.util.HashMap;
import java.util.Map;

import com.respondo.llm.Llm;
import com.respondo.llm.LlmRequest;
import com.respondo.replies.policy.Greeting;
import com.respondo.tempbox.ListarMensagensEmAbertoRequest;
import com.respondo.tempbox.TempBoxClient;
import com.respondo.tempbox.Tenant;
import com.respondo.tempbox.Tenants;
import com.respondo.testsupport.AdminClients;
import com.respondo.testsupport.RespondoIntegrationTest;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

@RespondoIntegrationTest
class MetricsIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    TempBoxClient client;

    @Autowired
    Tenants tenants;

    @Autowired
    Llm llm;

    @Autowired
    WaitingGauge waiting;

    @Autowired
    MeterRegistry registry;

    WebTestClient anonymous;

    WebTestClient admin;

    @BeforeEach
    void clients() {
        anonymous = AdminClients.anonymous(port);
        admin = AdminClients.admin(port);
    }

    @Test
    void thePrometheusEndpointNeedsTheAdminsCredentials() {
        anonymous.get().uri("/actuator/prometheus").exchange().expectStatus().isUnauthorized();
        anonymous.get().uri("/actuator/metrics").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void tempBoxCallsAreTimedByTenantOperationAndOutcomeWithoutTheToken() {
        Tenant aurora = tenants.get("loja-aurora");
        client.listarMensagensEmAberto(aurora, new ListarMensagensEmAbertoRequest(aurora.empresa(), 1, 1));

        String metrics = prometheus();

        assertThat(metrics).containsPattern("respondo_tempbox_calls_seconds_count\\{[^}]*error=\"none\"[^}]*"
                + "operation=\"ListarMensagensEmAberto\"[^}]*outcome=\"success\"[^}]*tenant=\"loja-aurora\"[^}]*\\}");
        assertThat(metrics).as("a histogram, for percentiles across instances")
            .containsPattern("respondo_tempbox_calls_seconds_bucket\\{[^}]*operation=\"ListarMensagensEmAberto\"[^}]*"
                    + "\\} [1-9]");
        assertThat(metrics).doesNotContain(aurora.token());
        assertThat(metrics).as("one measurement per TempBox call, not the WebClient's own as well")
            .doesNotContainPattern("http_client_requests_seconds_count\\{[^}]*/api/");
    }

    @Test
    void requestsToTheSandboxAreNotObservedButTheAdminsAre() {
        anonymous.get().uri("/sandbox/llm/v1/models").exchange()
            .expectStatus().value(status -> assertThat(status).isNotEqualTo(401));
        admin.get().uri("/actuator/health").exchange().expectStatus().isOk();

        String metrics = prometheus();

        assertThat(metrics).containsPattern("http_server_requests_seconds_count\\{[^}]*uri=\"/actuator/health\"");
        assertThat(metrics).doesNotContainPattern("http_server_requests_seconds_count\\{[^}]*uri=\"/sandbox");
        assertThat(metrics).as("no observation per security filter and request").doesNotContain(
                "spring_security_filterchains");
    }

    @Test
    void llmCallsAreTimedAndTheirTokensCountedByTenantAndStep() {
        Map<String, Object> variables = new HashMap<>();
        variables.put("company", "Loja Aurora");
        variables.put("businessHours", "seg-sex 9h-18h");
        variables.put("openNow", "sim");
        variables.put("customerName", "Maria");
        variables.put("channel", "WhatsApp");
        variables.put("greetingPeriod", "Bom dia");
        variables.put("customerMessages", "Oi, quero trocar um produto");
        llm.ask(new LlmRequest("initial-response", "loja-aurora", "initial-response", "atd-metrics", variables),
                Greeting.class);

        String metrics = prometheus();

        assertThat(metrics).containsPattern("respondo_llm_calls_seconds_count\\{[^}]*outcome=\"success\"[^}]*"
                + "prompt=\"initial-response\"[^}]*step=\"initial-response\"[^}]*tenant=\"loja-aurora\"[^}]*\\} 1");
        assertThat(metrics).as("a histogram, for percentiles across instances")
            .containsPattern("respondo_llm_calls_seconds_bucket\\{[^}]*step=\"initial-response\"[^}]*\\} 1");
        assertThat(metrics).containsPattern(
                "respondo_llm_tokens_total\\{[^}]*step=\"initial-response\"[^}]*tenant=\"loja-aurora\"[^}]*"
                        + "type=\"prompt\"[^}]*\\} [1-9]");
        assertThat(metrics).containsPattern("respondo_llm_tokens_total\\{[^}]*type=\"completion\"[^}]*\\} [1-9]");
        assertThat(metrics).as("one measurement per LLM call, not the HTTP client's or Spring AI's own as well")
            .doesNotContain("okhttp_requests")
            .doesNotContain("gen_ai_client");
    }

    @Test
    void theReadersWaitingCountsAndTheStepsAnswerCountersAreExported() {
        waiting.set("loja-aurora", "ai-reply", 5);
        waiting.set("loja-aurora", "ai-reply", 3);
        registry.counter("respondo.answers", "tenant", "loja-aurora", "step", "ai-reply", "kind", "SEND_REPLY",
                "outcome", "SENT").increment();

        String metrics = prometheus();

        assertThat(metrics).containsPattern(
                "respondo_conversations_waiting\\{[^}]*step=\"ai-reply\"[^}]*tenant=\"loja-aurora\"[^}]*\\} 3\\.0");
        assertThat(metrics).containsPattern("respondo_answers_total\\{[^}]*kind=\"SEND_REPLY\"[^}]*\\} 1\\.0");
    }

    private String prometheus() {
        return new String(admin.get()
            .uri("/actuator/prometheus")
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .returnResult()
            .getResponseBody());
    }
}
