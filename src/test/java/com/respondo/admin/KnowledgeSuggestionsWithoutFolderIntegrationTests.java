package com.respondo.admin;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.respondo.knowledge.KnowledgeSuggestions;
import com.respondo.knowledge.Suggestion;
import com.respondo.ledger.ReplyLedger;
import com.respondo.sandbox.Sandbox;
import com.respondo.testsupport.AdminClients;
import com.respondo.testsupport.RespondoIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where {@code respondo.knowledge.dir} names no folder, suggestions are still drafted, but approving one has nowhere
 * to write it: 409, naming the setting, and the suggestion stays pending.
 */
@RespondoIntegrationTest
@TestPropertySource(properties = { "respondo.knowledge.dir=" + KnowledgeSuggestionsWithoutFolderIntegrationTests.ABSENT,
        "respondo.knowledge.seed=" })
class KnowledgeSuggestionsWithoutFolderIntegrationTests {

    static final String ABSENT = "target/no-such-knowledge-folder";

    @LocalServerPort
    int port;

    @Autowired
    Sandbox sandbox;

    @Autowired
    ReplyLedger ledger;

    @Autowired
    KnowledgeSuggestions suggestions;

    @Test
    void approvingIsAConflictNamingTheKnowledgeFolderSetting() {
        String atendimento = new HandedOffConversations(sandbox, ledger, "clinica-sorriso")
            .answeredAndClosed("Vocês atendem aos sábados?", "Sim, das 8h às 12h.");
        List<Suggestion> drafted = suggestions.draftFromClosedHandoffs();
        Suggestion suggestion = drafted.stream()
            .filter(draft -> draft.atendimento().equals(atendimento))
            .findFirst()
            .orElseThrow();

        Map<String, Object> problem = AdminClients.admin(port).post()
            .uri("/admin/knowledge/suggestions/{id}/approve", suggestion.id())
            .exchange()
            .expectStatus().isEqualTo(409)
            .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
            .expectBody(AdminClients.JSON).returnResult().getResponseBody();

        assertThat((String) problem.get("detail")).contains("respondo.knowledge.dir");
        assertThat(Files.exists(Path.of(ABSENT))).isFalse();
        assertThat(suggestions.list("clinica-sorriso", null)).filteredOn(s -> s.id() == suggestion.id())
            .singleElement()
            .satisfies(pending -> assertThat(pending.status().name()).isEqualTo("PENDING"));
    }
}
