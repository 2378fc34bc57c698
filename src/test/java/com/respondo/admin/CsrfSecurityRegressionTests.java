package com.respondo.admin;

import java.util.Map;
import java.util.function.UnaryOperator;

import com.respondo.testsupport.AdminClients;
import com.respondo.testsupport.RespondoIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cross-site request forgery against the admin API: a browser that holds the admin's Basic credentials sends them
 * with any request another site's page makes it send. State-changing requests that a browser marks as coming from
 * elsewhere ({@code Sec-Fetch-Site}, {@code Origin}) are refused, and those of a browser (it sends {@code Origin},
 * {@code Sec-Fetch-Site} or cookies) need the dashboard's CSRF token; scripts (Basic credentials, none of these
 * headers) need no token. Each change here is a harmless pause switch ({@code PUT /admin/jobs/replies/enabled}).
 */
@RespondoIntegrationTest
class CsrfSecurityRegressionTests {

    @LocalServerPort
    int port;

    WebTestClient admin;

    @BeforeEach
    void client() {
        this.admin = AdminClients.admin(this.port);
    }

    @ParameterizedTest
    @ValueSource(strings = { "cross-site", "same-site" })
    void aRequestTheBrowserSaysAnotherSiteMadeIsRefused(String site) {
        enable(request -> request.header("Sec-Fetch-Site", site))
            .expectStatus().isForbidden()
            .expectBody(String.class).value(body -> assertThat(body).contains(CrossSiteRequestFilter.REFUSAL));
    }

    @ParameterizedTest
    @ValueSource(strings = { "http://evil.example", "null", "http://127.0.0.1:1" })
    void aRequestFromAnotherOriginIsRefused(String origin) {
        enable(request -> request.header(HttpHeaders.ORIGIN, origin))
            .expectStatus().isForbidden()
            .expectBody(String.class).value(body -> assertThat(body).contains(CrossSiteRequestFilter.REFUSAL));
    }

    @Test
    void aBrowserRequestWithoutTheCsrfTokenIsRefused() {
        enable(request -> request.header("Sec-Fetch-Site", "same-origin")
            .header(HttpHeaders.ORIGIN, "http://127.0.0.1:" + this.port))
            .expectStatus().isForbidden();
        enable(request -> request.cookie("XSRF-TOKEN", "forged-token"))
            .expectStatus().isForbidden();
    }

    @Test
    void theDashboardGivesTheTokenItsScriptSendsBack() {
        ResponseCookie token = this.admin.get().uri("/admin").exchange()
            .expectStatus().isOk()
            .expectHeader().valueMatches("Content-Security-Policy", ".*default-src 'none'.*frame-ancestors 'none'.*")
            .returnResult(String.class)
            .getResponseCookies()
            .getFirst("XSRF-TOKEN");
        assertThat(token).isNotNull();
        assertThat(token.isHttpOnly()).isFalse();
        assertThat(token.getSameSite()).isEqualTo("Strict");

        enable(request -> request.header("Sec-Fetch-Site", "same-origin")
            .header(HttpHeaders.ORIGIN, "http://127.0.0.1:" + this.port)
            .cookie("XSRF-TOKEN", token.getValue())
            .header("X-XSRF-TOKEN", token.getValue()))
            .expectStatus().isOk();
        enable(request -> request.cookie("XSRF-TOKEN", token.getValue()).header("X-XSRF-TOKEN", "another-token"))
            .expectStatus().isForbidden();
    }

    @Test
    void theSwaggerUiPageGivesTheTokenToo() {
        ResponseCookie token = this.admin.get().uri("/admin/swagger-ui.html")
            .header("Sec-Fetch-Mode", "navigate")
            .exchange()
            .returnResult(String.class)
            .getResponseCookies()
            .getFirst("XSRF-TOKEN");
        assertThat(token).isNotNull();
        this.admin.get().uri("/admin/jobs").exchange()
            .expectStatus().isOk()
            .expectHeader().doesNotExist(HttpHeaders.SET_COOKIE);
    }

    @Test
    void aScriptWithBasicCredentialsAndNoBrowserHeadersNeedsNoToken() {
        enable(request -> request).expectStatus().isOk();
    }

    private WebTestClient.ResponseSpec enable(
            UnaryOperator<WebTestClient.RequestBodySpec> headers) {
        return headers.apply(this.admin.put().uri("/admin/jobs/replies/enabled"))
            .contentType(MediaType.APPLICATION_JSON)
            .bodyValue(Map.of("enabled", true))
            .exchange();
    }
}
