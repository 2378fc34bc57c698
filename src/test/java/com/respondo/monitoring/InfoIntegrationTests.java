package com.respondo.monitoring;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.respondo.testsupport.AdminClients;
import com.respondo.testsupport.RespondoIntegrationTest;

/**
 * {@code /actuator/info} says which build runs: the Maven build's version and artifact ({@code build-info}), and the
 * commit when the build had a git directory ({@code git.properties}).
 */
@RespondoIntegrationTest
class InfoIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void theInfoEndpointShowsTheBuild() {
        AdminClients.anonymous(this.port).get().uri("/actuator/info").exchange()
            .expectStatus().isOk()
            .expectBody()
            .jsonPath("$.build.artifact").isEqualTo("respondo")
            .jsonPath("$.build.version").isNotEmpty()
            .jsonPath("$.build.time").isNotEmpty();
    }
}
