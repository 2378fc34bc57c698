package com.respondo.admin;

import java.time.Duration;

import com.respondo.testsupport.AdminClients;
import com.respondo.testsupport.RespondoIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.userdetails.ReactiveUserDetailsService;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;
import static org.awaitility.Awaitility.await;

/**
 * Guessing the admin password: failed logins from one address are throttled (429 for the lockout, whatever the
 * password) and logged without the password; the stored hash has a normal work factor; in production a short
 * password stops start-up. The lockout is shortened here so that the window passes within the test.
 */
@RespondoIntegrationTest
@TestPropertySource(properties = { "respondo.admin.login-failures=5", "respondo.admin.login-lockout=2s" })
@ExtendWith(OutputCaptureExtension.class)
class LoginSecurityRegressionTests {

    private static final String GUESS = "guessed-Pa55word-0123";

    @LocalServerPort
    int port;

    @Autowired
    ReactiveUserDetailsService users;

    @Test
    void afterAFewWrongPasswordsTheAddressIsRefusedUntilTheLockoutHasPassed(CapturedOutput output) {
        WebTestClient admin = AdminClients.admin(this.port);
        WebTestClient guesser = AdminClients.anonymous(this.port).mutate()
            .defaultHeaders(headers -> headers.setBasicAuth("admin", GUESS))
            .build();
        for (int attempt = 1; attempt <= 5; attempt++) {
            guesser.get().uri("/admin/jobs").exchange().expectStatus().isUnauthorized();
        }

        guesser.get().uri("/admin/jobs").exchange().expectStatus().isEqualTo(429);
        admin.get().uri("/admin/jobs").exchange()
            .expectStatus().isEqualTo(429)
            .expectHeader().exists(HttpHeaders.RETRY_AFTER);

        await().atMost(Duration.ofSeconds(15))
            .untilAsserted(() -> admin.get().uri("/admin/jobs").exchange().expectStatus().isOk());
        // The right password cleared the count: one more mistake is a plain 401.
        guesser.get().uri("/admin/jobs").exchange().expectStatus().isUnauthorized();
        admin.get().uri("/admin/jobs").exchange().expectStatus().isOk();

        assertThat(output.getAll()).contains("Failed admin login for user 'admin' from 127.0.0.1")
            .contains("Admin logins from 127.0.0.1 refused")
            .doesNotContain(GUESS, RespondoIntegrationTest.ADMIN_PASSWORD);
    }

    @Test
    void theStoredHashUsesANormalWorkFactor() {
        UserDetails user = this.users.findByUsername("admin").block(Duration.ofSeconds(10));
        assertThat(user).isNotNull();
        // BCrypt's cost is the number after the version: 2^cost rounds; 10 is Spring Security's default.
        assertThat(user.getPassword()).matches("(\\{bcrypt\\})?\\$2[aby]?\\$(1[0-9]|[2-3][0-9])\\$.*");
    }

    @Test
    void inProductionAPasswordShorterThanTwelveCharactersStopsStartUpWithOneMessage(CapturedOutput output) {
        assertThatException().isThrownBy(() -> AdminPasswordStartupIntegrationTests.startProduction("Short-Pw-11"))
            .satisfies(failure -> assertThat(failure).hasRootCauseInstanceOf(AdminPasswordTooShortException.class));

        assertThat(output.getAll()).contains("APPLICATION FAILED TO START", "ADMIN_PASSWORD", "12 characters")
            .doesNotContain("Short-Pw-11", "\tat com.respondo", "\tat org.springframework");
    }
}
