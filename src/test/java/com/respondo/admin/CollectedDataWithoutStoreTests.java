package com.respondo.admin;

import java.util.List;

import com.respondo.tempbox.Tenants;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

class CollectedDataWithoutStoreTests {

    @Test
    void withoutAStoreOfCollectedDataTheEndpointAnswers503() {
        CollectedDataController controller = new CollectedDataController(
                new StaticListableBeanFactory().getBeanProvider(CollectedDataQuery.class), new Tenants(List.of()));
        WebTestClient client = WebTestClient.bindToController(controller).controllerAdvice(new AdminProblems()).build();

        client.get()
            .uri("/admin/collected-data")
            .exchange()
            .expectStatus()
            .isEqualTo(503)
            .expectBody()
            .jsonPath("$.title").isEqualTo("Not available")
            .jsonPath("$.detail").isEqualTo("No store of collected data in this application");
    }
}
