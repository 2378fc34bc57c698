package com.respondo.admin;


import com.respondo.testsupport.AdminClients;
import com.respondo.testsupport.RespondoIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springdoc.core.configuration.SpringDocKotlinConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

@RespondoIntegrationTest
class OpenApiIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void theAdminApiIsDescribedWithOpenApiBehindTheAdminsCredentials() {
        AdminClients.anonymous(port).get().uri("/admin/api-docs").exchange().expectStatus().isUnauthorized();

        AdminClients.admin(port)
            .get()
            .uri("/admin/api-docs")
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .jsonPath("$.info.title").isEqualTo("Respondo admin API")
            .jsonPath("$.components.securitySchemes.basic.scheme").isEqualTo("basic")
            .jsonPath("$.paths['/admin/jobs'].get").exists()
            .jsonPath("$.paths['/admin/jobs/{name}/executions'].post").exists()
            .jsonPath("$.paths['/admin/jobs/{name}/executions'].get").exists()
            .jsonPath("$.paths['/admin/jobs/{name}/enabled'].put").exists()
            .jsonPath("$.paths['/admin/executions/{id}'].get").exists()
            .jsonPath("$.paths['/admin/executions/{id}/stop'].post").exists()
            .jsonPath("$.paths['/admin/executions/{id}/restart'].post").exists()
            .jsonPath("$.paths['/admin/conversations/{atendimento}'].get").exists()
            .jsonPath("$.paths['/admin/collected-data'].get").exists()
            .jsonPath("$.paths['/admin/knowledge/suggestions'].get").exists()
            .jsonPath("$.paths['/admin/knowledge/suggestions/{id}/approve'].post").exists()
            .jsonPath("$.paths['/admin/knowledge/suggestions/{id}/reject'].post").exists()
            .jsonPath("$.paths['/sandbox/llm/v1/chat/completions']").doesNotExist();
    }

    @Test
    void theAdminOperationsDeclareTheirRealResponsesWithErrorsAsProblemDetails() {
        String launch = "$.paths['/admin/jobs/{name}/executions'].post.responses";
        String stop = "$.paths['/admin/executions/{id}/stop'].post.responses";
        AdminClients.admin(port)
            .get()
            .uri("/admin/api-docs")
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .jsonPath(launch + "['202'].content['application/json'].schema.$ref")
            .isEqualTo("#/components/schemas/Launch")
            .jsonPath(launch + "['200']").doesNotExist()
            .jsonPath(launch + "['404'].content['application/problem+json'].schema.$ref")
            .isEqualTo("#/components/schemas/ProblemDetail")
            .jsonPath(launch + "['409']").exists()
            .jsonPath(stop + "['202']").exists()
            .jsonPath(stop + "['409'].content['application/problem+json']").exists()
            .jsonPath("$.paths['/admin/conversations/{atendimento}'].get.responses['404']").exists()
            .jsonPath("$.paths['/admin/executions/{id}/conversations'].get.responses['404']").exists()
            .jsonPath("$.paths['/admin/executions'].get.responses['400']").exists()
            .jsonPath("$.paths['/admin/conversations'].get.responses['400']").exists()
            .jsonPath("$.paths['/admin/backlog'].get.responses['200']").exists()
            .jsonPath("$.paths['/admin/knowledge/suggestions/{id}/approve'].post.responses['409']").exists()
            .jsonPath("$.paths['/admin/knowledge'].get.responses['400']").exists()
            .jsonPath("$.paths['/admin/knowledge/{tenant}/reindex'].post.responses['400']").exists()
            .jsonPath("$.components.schemas.ProblemDetail.properties.status").exists();
    }

    /**
     * The first generation of the document stays quick (1-2 s, it was 8-30 s on a loaded machine, near this class's
     * 30 s response timeout): springdoc's Kotlin support, which reflects over every schema's class with
     * kotlin-reflect, is off, as nothing of ours is Kotlin.
     */
    @Test
    void theDocumentIsBuiltWithoutSpringdocsKotlinReflection() {
        assertThat(context.getBeanNamesForType(SpringDocKotlinConfiguration.class)).isEmpty();
    }

    @Test
    void theSwaggerUiIsServedUnderAdmin() {
        WebTestClient admin = AdminClients.admin(port);
        String location = admin.get()
            .uri("/admin/swagger-ui.html")
            .exchange()
            .expectStatus()
            .is3xxRedirection()
            .returnResult(Void.class)
            .getResponseHeaders()
            .getLocation()
            .toString();

        assertThat(location).contains("swagger-ui/index.html");
        String page = new String(admin.get().uri(location).exchange().expectStatus().isOk().expectBody()
            .returnResult().getResponseBody());
        assertThat(page).contains("Swagger UI");
        AdminClients.anonymous(port).get().uri(location).exchange().expectStatus().isUnauthorized();
    }
}
