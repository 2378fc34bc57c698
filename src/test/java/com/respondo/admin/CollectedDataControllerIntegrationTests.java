package com.respondo.admin;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import com.respondo.testsupport.AdminClients;
import com.respondo.testsupport.RespondoIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

@RespondoIntegrationTest
@Import(InMemoryCollectedData.Configuration.class)
class CollectedDataControllerIntegrationTests {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @LocalServerPort
    int port;

    @Autowired
    InMemoryCollectedData store;

    WebTestClient admin;

    @BeforeEach
    void given() {
        admin = AdminClients.admin(port);
        store.add(new CollectedDataRow(1, "loja-aurora", "atd-1", NOW.minus(2, ChronoUnit.HOURS),
                "Maria \"Mari\" Souza", "maria@example.com", "+5511987654321", "52998224725", "CPF", "01310100",
                "troca de produto, tamanho errado", "MEDIA", "NEUTRO", "=HYPERLINK(\"http://evil\")",
                List.of("msg-1", "msg-2")));
        store.add(new CollectedDataRow(2, "loja-aurora", "atd-2", NOW.minus(3, ChronoUnit.DAYS), "João", null, null,
                null, null, null, null, null, null, null, List.of("msg-9")));
        store.add(new CollectedDataRow(3, "clinica-sorriso", "atd-3", NOW.minus(1, ChronoUnit.HOURS), "Ana", null,
                null, null, null, null, "agendar limpeza", "BAIXA", "POSITIVO", null, List.of("msg-5")));
    }

    @AfterEach
    void clear() {
        store.clear();
    }

    @Test
    void listsTheDataCollectedSinceAMomentAsJson() {
        admin.get()
            .uri("/admin/collected-data?tenant=loja-aurora&since={since}", NOW.minus(1, ChronoUnit.DAYS).toString())
            .exchange()
            .expectStatus()
            .isOk()
            .expectHeader()
            .contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
            .expectBody()
            .jsonPath("$.length()").isEqualTo(1)
            .jsonPath("$[0].tenantId").isEqualTo("loja-aurora")
            .jsonPath("$[0].atendimento").isEqualTo("atd-1")
            .jsonPath("$[0].email").isEqualTo("maria@example.com")
            .jsonPath("$[0].documentType").isEqualTo("CPF")
            .jsonPath("$[0].urgency").isEqualTo("MEDIA")
            .jsonPath("$[0].sourceMessageIds").isEqualTo(List.of("msg-1", "msg-2"));
    }

    @Test
    void withoutSinceTheLastDayOfEveryTenantIsListed() {
        admin.get()
            .uri("/admin/collected-data")
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .jsonPath("$[*].atendimento").isEqualTo(List.of("atd-1", "atd-3"));
    }

    @Test
    void exportsCsvWithAHeaderQuotedFieldsAndNoSpreadsheetFormulas() {
        String csv = admin.get()
            .uri("/admin/collected-data?since={since}", NOW.minus(7, ChronoUnit.DAYS).toString())
            .accept(MediaType.parseMediaType("text/csv"))
            .exchange()
            .expectStatus()
            .isOk()
            .expectHeader()
            .contentTypeCompatibleWith(MediaType.parseMediaType("text/csv"))
            .expectBody(String.class)
            .returnResult()
            .getResponseBody();

        assertThat(csv.split("\r\n")).containsExactly(
                "\"tenant\",\"atendimento\",\"collectedAt\",\"name\",\"email\",\"phone\",\"document\","
                        + "\"documentType\",\"cep\",\"intent\",\"urgency\",\"sentiment\",\"summary\",\"sourceMessageIds\"",
                "\"loja-aurora\",\"atd-1\",\"" + NOW.minus(2, ChronoUnit.HOURS) + "\",\"Maria \"\"Mari\"\" Souza\","
                        + "\"maria@example.com\",\"+5511987654321\",\"52998224725\",\"CPF\",\"01310100\","
                        + "\"troca de produto, tamanho errado\",\"MEDIA\",\"NEUTRO\",\"'=HYPERLINK(\"\"http://evil\"\")\","
                        + "\"msg-1 msg-2\"",
                "\"loja-aurora\",\"atd-2\",\"" + NOW.minus(3, ChronoUnit.DAYS) + "\",\"João\",\"\",\"\",\"\",\"\",\"\","
                        + "\"\",\"\",\"\",\"\",\"msg-9\"",
                "\"clinica-sorriso\",\"atd-3\",\"" + NOW.minus(1, ChronoUnit.HOURS) + "\",\"Ana\",\"\",\"\",\"\",\"\","
                        + "\"\",\"agendar limpeza\",\"BAIXA\",\"POSITIVO\",\"\",\"msg-5\"");
    }

    @Test
    void aLargeExportIsReadPageByPage() {
        store.clear();
        int rows = CollectedDataController.PAGE_SIZE * 2 + 7;
        for (int id = 1; id <= rows; id++) {
            store.add(new CollectedDataRow(id, "loja-aurora", "atd-" + id, NOW, null, null, null, null, null, null,
                    null, null, null, null, List.of("msg-" + id)));
        }

        String csv = admin.get()
            .uri("/admin/collected-data?tenant=loja-aurora")
            .accept(MediaType.parseMediaType("text/csv"))
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(String.class)
            .returnResult()
            .getResponseBody();

        String[] lines = csv.split("\r\n");
        assertThat(lines).hasSize(rows + 1);
        assertThat(lines[rows]).startsWith("\"loja-aurora\",\"atd-" + rows + "\",");
    }

    @Test
    void anUnknownTenantOrABadDateIsABadRequest() {
        admin.get()
            .uri("/admin/collected-data?tenant=loja-lua")
            .exchange()
            .expectStatus()
            .isBadRequest()
            .expectHeader()
            .contentType(MediaType.APPLICATION_PROBLEM_JSON)
            .expectBody()
            .jsonPath("$.detail").isEqualTo("Unknown tenant 'loja-lua'");
        admin.get()
            .uri("/admin/collected-data?since=yesterday")
            .exchange()
            .expectStatus()
            .isBadRequest()
            .expectHeader()
            .contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void collectedDataNeedsTheAdminsCredentials() {
        AdminClients.anonymous(port).get().uri("/admin/collected-data").exchange().expectStatus().isUnauthorized();
    }
}
