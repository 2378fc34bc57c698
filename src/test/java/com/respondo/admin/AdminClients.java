package com.respondo.admin;

import java.time.Duration;
import java.util.Map;

import com.respondo.testsupport.RespondoIntegrationTest;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * HTTP clients of the running application for the admin API tests: anonymous, and with the admin's credentials.
 */
final class AdminClients {

    static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };

    private AdminClients() {
    }

    static WebTestClient anonymous(int port) {
        return WebTestClient.bindToServer()
            .baseUrl("http://127.0.0.1:" + port)
            .responseTimeout(Duration.ofSeconds(30))
            .build();
    }

    static WebTestClient admin(int port) {
        return anonymous(port).mutate()
            .defaultHeaders(headers -> headers.setBasicAuth("admin", RespondoIntegrationTest.ADMIN_PASSWORD))
            .build();
    }

    static long launch(WebTestClient admin, String job) {
        Map<String, Object> body = admin.post()
            .uri("/admin/jobs/{job}/executions", job)
            .exchange()
            .expectStatus()
            .isAccepted()
            .expectBody(JSON)
            .returnResult()
            .getResponseBody();
        return ((Number) body.get("executionId")).longValue();
    }
}
