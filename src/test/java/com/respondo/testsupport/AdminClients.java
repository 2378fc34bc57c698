package com.respondo.testsupport;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

/**
 * HTTP clients of the running application for the tests: anonymous, and with the admin's credentials (those of
 * {@link RespondoIntegrationTest} unless a test class sets its own password).
 */
public final class AdminClients {

    public static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };

    private AdminClients() {
    }

    /**
     * A client without credentials. Every request opens its own connection instead of taking one from Reactor Netty's
     * JVM-wide pool that every test's client shares: a response whose body a test never reads keeps its pooled
     * connection (spring-framework#29817), and in full runs a request then waited its whole 30 s timeout with every
     * thread of the JVM idle, queued behind such connections (seen in SecuredEndpointsIntegrationTests and in
     * KnowledgeSuggestionsIntegrationTests, on CI).
     */
    public static WebTestClient anonymous(int port) {
        return WebTestClient.bindToServer(
                new ReactorClientHttpConnector(HttpClient.create(ConnectionProvider.newConnection())))
            .baseUrl("http://127.0.0.1:" + port)
            .responseTimeout(Duration.ofSeconds(30))
            .build();
    }

    /** A client with the credentials of {@link RespondoIntegrationTest#ADMIN_PASSWORD}. */
    public static WebTestClient admin(int port) {
        return admin(port, RespondoIntegrationTest.ADMIN_PASSWORD);
    }

    public static WebTestClient admin(int port, String password) {
        return signedIn(anonymous(port), password);
    }

    /** {@code client} with the admin's credentials on every request. */
    public static WebTestClient signedIn(WebTestClient client, String password) {
        return client.mutate().defaultHeaders(headers -> headers.setBasicAuth("admin", password)).build();
    }

    /** The {@code Authorization} header value of the admin with this password, for clients other than WebTestClient. */
    public static String basicAuthorization(String password) {
        return "Basic " + Base64.getEncoder().encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** Launches the job through the admin API; the new execution's id. */
    public static long launch(WebTestClient admin, String job) {
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
