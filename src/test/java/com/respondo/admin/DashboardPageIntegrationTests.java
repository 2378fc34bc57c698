package com.respondo.admin;

import com.respondo.testsupport.AdminClients;
import com.respondo.testsupport.RespondoIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

@RespondoIntegrationTest
class DashboardPageIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void theDashboardIsServedAtAdminBehindTheBrowsersBasicPrompt() {
        AdminClients.anonymous(port)
            .get()
            .uri("/admin")
            .exchange()
            .expectStatus()
            .isUnauthorized()
            .expectHeader()
            .valueMatches("WWW-Authenticate", "Basic .*");

        String page = new String(AdminClients.admin(port)
            .get()
            .uri("/admin")
            .exchange()
            .expectStatus()
            .isOk()
            .expectHeader()
            .contentTypeCompatibleWith(MediaType.TEXT_HTML)
            .expectBody()
            .returnResult()
            .getResponseBody());
        assertThat(page).contains("<title>Respondo · Operations</title>", "/admin/dashboard.js");
        AdminClients.admin(port).get().uri("/admin/dashboard.js").exchange().expectStatus().isOk();
        AdminClients.anonymous(port).get().uri("/admin/dashboard.js").exchange().expectStatus().isUnauthorized();
    }
}
