package com.respondo.admin;

import java.util.List;
import java.util.Map;

import com.respondo.testsupport.AdminClients;
import com.respondo.testsupport.RespondoIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The knowledge endpoints over the sandbox's bundled base (the sandbox profile copies it under the data directory):
 * reindexing a tenant's folder and listing its documents, behind the admin's password and the CSRF rules.
 */
@RespondoIntegrationTest
class KnowledgeControllerIntegrationTests {

    @LocalServerPort
    int port;

    WebTestClient admin;

    @BeforeEach
    void client() {
        this.admin = AdminClients.admin(this.port);
    }

    @Test
    @SuppressWarnings("unchecked")
    void reindexReadsEveryDocumentOfTheTenantAndTheListingShowsThem() {
        Map<String, Object> report = admin.post().uri("/admin/knowledge/{tenant}/reindex", "clinica-sorriso")
            .exchange()
            .expectStatus().isOk()
            .expectBody(AdminClients.JSON).returnResult().getResponseBody();

        assertThat(report).containsEntry("tenant", "clinica-sorriso");
        List<String> read = new java.util.ArrayList<>((List<String>) report.get("added"));
        read.addAll((List<String>) report.get("changed"));
        assertThat(read).hasSizeGreaterThanOrEqualTo(20)
            .contains("convenios.html", "tabela-de-precos.pdf", "pos-operatorio.txt", "urgencias.md");
        assertThat((List<?>) report.get("failed")).isEmpty();

        Map<String, Object> listing = admin.get().uri("/admin/knowledge?tenant={tenant}", "clinica-sorriso")
            .exchange()
            .expectStatus().isOk()
            .expectBody(AdminClients.JSON).returnResult().getResponseBody();

        List<Map<String, Object>> documents = (List<Map<String, Object>>) listing.get("documents");
        assertThat(documents).hasSizeGreaterThanOrEqualTo(20);
        assertThat(documents).extracting(document -> document.get("format"))
            .contains("markdown", "text", "html", "pdf");
        assertThat(documents).filteredOn(document -> document.get("path").equals("tabela-de-precos.pdf"))
            .singleElement()
            .satisfies(document -> {
                assertThat(document.get("title")).isEqualTo("Tabela de preços particulares 2026");
                assertThat((Integer) document.get("chunks")).isPositive();
            });
        assertThat((Integer) listing.get("chunks")).isGreaterThan(documents.size());
        assertThat(listing.get("lastIndexing")).isNotNull();
        assertThat(listing.get("folderExists")).isEqualTo(true);
    }

    @Test
    void anUnknownTenantIsABadRequest() {
        admin.get().uri("/admin/knowledge?tenant=nobody").exchange()
            .expectStatus().isBadRequest()
            .expectBody(AdminClients.JSON)
            .value(problem -> assertThat((String) problem.get("detail")).contains("Unknown tenant 'nobody'"));
        admin.post().uri("/admin/knowledge/nobody/reindex").exchange().expectStatus().isBadRequest();
    }

    @Test
    void theEndpointsAskForThePasswordAndABrowsersReindexForTheCsrfToken() {
        WebTestClient anonymous = AdminClients.anonymous(this.port);
        anonymous.get().uri("/admin/knowledge?tenant=loja-aurora").exchange().expectStatus().isUnauthorized();
        anonymous.post().uri("/admin/knowledge/loja-aurora/reindex").exchange().expectStatus().isUnauthorized();

        admin.post().uri("/admin/knowledge/loja-aurora/reindex")
            .header("Sec-Fetch-Site", "cross-site")
            .exchange()
            .expectStatus().isForbidden();
        admin.post().uri("/admin/knowledge/loja-aurora/reindex")
            .header("Sec-Fetch-Site", "same-origin")
            .header(HttpHeaders.ORIGIN, "http://127.0.0.1:" + this.port)
            .exchange()
            .expectStatus().isForbidden();
    }
}
