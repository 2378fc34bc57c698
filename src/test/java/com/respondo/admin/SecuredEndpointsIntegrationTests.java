package com.respondo.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import com.respondo.testsupport.AdminClients;
import com.respondo.testsupport.RespondoIntegrationTest;


/**
 * Everything the application serves asks for the admin's HTTP Basic password, except health, info and the sandbox;
 * and the actuator, even told to show values, never shows a secret.
 */
@RespondoIntegrationTest
@TestPropertySource(locations = "classpath:secrets-test.properties")
class SecuredEndpointsIntegrationTests {

    static final List<String> SECRETS = List.of(RespondoIntegrationTest.ADMIN_PASSWORD, "sandbox-loja-aurora",
            "sandbox-clinica-sorriso", "sk-test-Respondo-0123456789-SECRET", "whsec-Respondo-0123456789",
            "sig-Respondo-0123456789", "pa55w0rd-Respondo", "rep-Respondo-0123456789");

    @LocalServerPort
    int port;

    WebTestClient anonymous;

    WebTestClient admin;

    @BeforeEach
    void clients() {
        this.anonymous = AdminClients.anonymous(this.port);
        this.admin = AdminClients.signedIn(this.anonymous, RespondoIntegrationTest.ADMIN_PASSWORD);
    }

    @ParameterizedTest
    @ValueSource(strings = { "/", "/admin", "/admin/", "/admin/index.html", "/admin/app.js", "/admin/jobs",
            "/admin/api-docs", "/admin/swagger-ui.html", "/admin/swagger-ui/index.html", "/v3/api-docs",
            "/swagger-ui.html", "/webjars/swagger-ui/index.html", "/actuator", "/actuator/env",
            "/actuator/configprops", "/actuator/metrics", "/actuator/prometheus", "/actuator/circuitbreakers" })
    void everythingElseAsksForTheAdminPassword(String path) {
        this.anonymous.get().uri(path).exchange()
            .expectStatus().isUnauthorized()
            .expectHeader().valueMatches(HttpHeaders.WWW_AUTHENTICATE, "Basic.*");
        this.anonymous.get().uri(path).headers(headers -> headers.setBasicAuth("admin", "wrong-password"))
            .exchange()
            .expectStatus().isUnauthorized();
        this.admin.get().uri(path).exchange()
            .expectStatus().value(status -> assertThat(status).isNotEqualTo(401).isNotEqualTo(403));
    }

    @Test
    void healthInfoAndTheSandboxAreOpen() {
        this.anonymous.get().uri("/actuator/health").exchange().expectStatus().isOk();
        this.anonymous.get().uri("/actuator/info").exchange().expectStatus().isOk();
        this.anonymous.get().uri("/sandbox/llm/v1/models").exchange()
            .expectStatus().value(status -> assertThat(status).isNotEqualTo(401));
    }

    @Test
    void theSandboxIsServedWithoutTheAdminChainsWork() {
        this.anonymous.get().uri("/sandbox/llm/v1/models").exchange()
            .expectStatus().value(status -> assertThat(status).isNotEqualTo(401))
            .expectHeader().doesNotExist("X-Frame-Options");
        this.anonymous.get().uri("/sandbox/llm/v1/models")
            .headers(headers -> headers.setBasicAuth("admin", "wrong-password"))
            .exchange()
            .expectStatus().value(status -> assertThat(status).isNotEqualTo(401));
        this.admin.get().uri("/actuator/info").exchange()
            .expectStatus().isOk()
            .expectHeader().exists("X-Frame-Options");
    }

    @Test
    void theEnvironmentShowsValuesButNoSecret() {
        String env = body("/actuator/env");

        assertThat(env).contains("loja-aurora", "\"value\":\"******\"");
        assertThat(SECRETS).allSatisfy(secret -> assertThat(env).doesNotContain(secret));
        assertThat(body("/actuator/env/spring.ai.openai.api-key")).contains("******")
            .doesNotContain("sk-test-Respondo");
        assertThat(body("/actuator/env/respondo.admin.password")).contains("******")
            .doesNotContain(RespondoIntegrationTest.ADMIN_PASSWORD);
    }

    @Test
    void theConfigurationPropertiesShowValuesButNoSecret() {
        String configprops = body("/actuator/configprops");

        assertThat(configprops).contains("respondo.tempbox", "loja-aurora", "******");
        assertThat(SECRETS).allSatisfy(secret -> assertThat(configprops).doesNotContain(secret));
    }

    private String body(String path) {
        try {
            return this.admin.get().uri(path).exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        }
        catch (IllegalStateException ex) {
            // No answer in time: show what every thread was doing, to find what held the request up.
            System.out.println("No answer to GET " + path + " in time; threads:");
            for (ThreadInfo thread : ManagementFactory.getThreadMXBean().dumpAllThreads(true, true)) {
                System.out.print(thread);
                for (StackTraceElement frame : thread.getStackTrace()) {
                    System.out.println("\t\tat " + frame);
                }
            }
            throw ex;
        }
    }
}
