package com.respondo.admin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.respondo.knowledge.KnowledgeBase;
import com.respondo.knowledge.KnowledgeSuggestions;
import com.respondo.knowledge.Passage;
import com.respondo.ledger.ReplyLedger;
import com.respondo.sandbox.Sandbox;
import com.respondo.sandbox.SeededConversation;
import com.respondo.testsupport.AdminClients;
import com.respondo.testsupport.RespondoIntegrationTest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Suggested knowledge over the sandbox: a conversation Respondo handed off (a HANDOFF sent in the ledger, its text in
 * the conversation), which a person answers and closes, becomes one draft FAQ entry with its PII masked; approved, it
 * is a Markdown file of the tenant's knowledge folder that the search finds; rejected, it is discarded.
 */
@RespondoIntegrationTest
class KnowledgeSuggestionsIntegrationTests {

    private static final String TENANT = "loja-aurora";

    /** A knowledge folder of this class's own (seeded with the sandbox's base), so approved files stay out of data/. */
    private static final Path KNOWLEDGE = folder();

    @DynamicPropertySource
    static void knowledgeFolder(DynamicPropertyRegistry registry) {
        registry.add("respondo.knowledge.dir", KNOWLEDGE::toString);
    }

    @LocalServerPort
    int port;

    @Autowired
    Sandbox sandbox;

    @Autowired
    ReplyLedger ledger;

    @Autowired
    KnowledgeSuggestions suggestions;

    @Autowired
    KnowledgeBase knowledge;

    WebTestClient admin;

    HandedOffConversations conversations;

    @BeforeEach
    void given() {
        admin = AdminClients.admin(port);
        conversations = new HandedOffConversations(sandbox, ledger, TENANT);
    }

    @Test
    void aHandedOffConversationClosedByAPersonIsDraftedOnceWithItsPiiMaskedAndApprovedIntoTheKnowledge() {
        String atendimento = conversations.answeredAndClosed(
                "Vocês entregam em Fernando de Noronha? Meu CPF é 529.982.247-25",
                "Entregamos sim em Fernando de Noronha, por via aérea, em até 12 dias úteis. "
                        + "Dúvidas: (11) 98765-4321");

        suggestions.draftFromClosedHandoffs();

        Map<String, Object> draft = onlySuggestionOf(atendimento);
        assertThat(draft).containsEntry("status", "PENDING").containsEntry("tenant", TENANT);
        assertThat((String) draft.get("question")).isEqualTo("Vocês entregam em Fernando de Noronha? Meu CPF é [CPF]");
        assertThat((String) draft.get("answer")).contains("por via aérea", "[TELEFONE]").doesNotContain("98765");

        assertThat(suggestions.draftFromClosedHandoffs()).noneMatch(again -> again.atendimento().equals(atendimento));
        onlySuggestionOf(atendimento);

        Map<String, Object> approved = admin.post()
            .uri("/admin/knowledge/suggestions/{id}/approve", draft.get("id"))
            .exchange()
            .expectStatus().isOk()
            .expectBody(AdminClients.JSON).returnResult().getResponseBody();
        assertThat(approved).containsEntry("status", "APPROVED");
        String file = (String) approved.get("file");
        assertThat(file).startsWith("sugestoes/").endsWith(".md");
        assertThat(KNOWLEDGE.resolve(TENANT).resolve(file)).content()
            .startsWith("# Vocês entregam em Fernando de Noronha?")
            .contains("Entregamos sim em Fernando de Noronha, por via aérea", "[TELEFONE]")
            .doesNotContain("529.982.247-25", "98765-4321");

        List<Passage> found = knowledge.search(TENANT, "voces entregam em fernando de noronha", 3);
        assertThat(found).first()
            .satisfies(passage -> assertThat(passage.documentPath()).isEqualTo(file))
            .satisfies(passage -> assertThat(passage.text()).contains("por via aérea"));

        admin.post().uri("/admin/knowledge/suggestions/{id}/approve", draft.get("id"))
            .exchange()
            .expectStatus().isEqualTo(409);
    }

    @Test
    void anApprovalWithAnEditedAnswerWritesTheEditNeverOverAnExistingFile() {
        String first = conversations.answeredAndClosed("Posso retirar na loja de Xique-Xique?", "Ainda não, só entrega.");
        String second = conversations.answeredAndClosed("Posso retirar na loja de Xique-Xique?", "Não temos loja lá.");
        suggestions.draftFromClosedHandoffs();

        String firstFile = approve(onlySuggestionOf(first), null);
        String secondFile = approve(onlySuggestionOf(second),
                Map.of("answer", "Não há retirada em Xique-Xique; ligue (11) 98765-4321 para outras opções."));

        assertThat(secondFile).isNotEqualTo(firstFile);
        assertThat(KNOWLEDGE.resolve(TENANT).resolve(firstFile)).content().contains("Ainda não, só entrega.");
        assertThat(KNOWLEDGE.resolve(TENANT).resolve(secondFile)).content()
            .contains("Não há retirada em Xique-Xique; ligue [TELEFONE] para outras opções.");
    }

    @Test
    void aRejectedSuggestionIsDiscardedAndNoLongerPending() {
        String atendimento = conversations.answeredAndClosed("Vocês vendem cartão presente?", "Não vendemos, sinto muito.");
        suggestions.draftFromClosedHandoffs();
        Object id = onlySuggestionOf(atendimento).get("id");

        admin.post().uri("/admin/knowledge/suggestions/{id}/reject", id)
            .exchange()
            .expectStatus().isOk()
            .expectBody(AdminClients.JSON)
            .value(rejected -> {
                assertThat(rejected).containsEntry("status", "REJECTED");
                assertThat(rejected.get("file")).isNull();
            });

        assertThat(listed("?tenant=" + TENANT + "&status=PENDING")).noneMatch(s -> s.get("id").equals(id));
        assertThat(listed("?tenant=" + TENANT + "&status=REJECTED")).anyMatch(s -> s.get("id").equals(id));
        admin.post().uri("/admin/knowledge/suggestions/{id}/approve", id).exchange().expectStatus().isEqualTo(409);
    }

    @Test
    void aConversationStillOpenOrClosedWithoutAPersonsAnswerIsNotDrafted() {
        SeededConversation open = conversations.handedOff("Qual o prazo para Roraima?");
        sandbox.attendantWrites(open.atendimento(), conversations.human(), "Vou verificar e já volto.",
                Duration.ofMinutes(1));
        SeededConversation unanswered = conversations.handedOff("Qual o prazo para o Acre?");
        sandbox.attendantCloses(unanswered.atendimento(), conversations.human());

        suggestions.draftFromClosedHandoffs();

        assertThat(listed("?tenant=" + TENANT)).extracting(suggestion -> suggestion.get("atendimento"))
            .doesNotContain(open.atendimento().toString(), unanswered.atendimento().toString());
    }

    @Test
    void anUnknownSuggestionIsNotFoundAndTheEndpointsAskForThePassword() {
        admin.post().uri("/admin/knowledge/suggestions/999999/approve").exchange()
            .expectStatus().isNotFound()
            .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        admin.post().uri("/admin/knowledge/suggestions/999999/reject").exchange().expectStatus().isNotFound();
        admin.get().uri("/admin/knowledge/suggestions?tenant=nobody").exchange().expectStatus().isBadRequest();

        WebTestClient anonymous = AdminClients.anonymous(port);
        anonymous.get().uri("/admin/knowledge/suggestions").exchange().expectStatus().isUnauthorized();
        anonymous.post().uri("/admin/knowledge/suggestions/1/approve").exchange().expectStatus().isUnauthorized();
        admin.post().uri("/admin/knowledge/suggestions/1/reject")
            .header("Sec-Fetch-Site", "cross-site")
            .exchange()
            .expectStatus().isForbidden();
    }

    private String approve(Map<String, Object> suggestion, @Nullable Map<String, String> edit) {
        WebTestClient.RequestBodySpec approve = admin.post()
            .uri("/admin/knowledge/suggestions/{id}/approve", suggestion.get("id"));
        WebTestClient.RequestHeadersSpec<?> request = edit == null ? approve
                : approve.contentType(MediaType.APPLICATION_JSON).bodyValue(edit);
        Map<String, Object> approved = request.exchange()
            .expectStatus().isOk()
            .expectBody(AdminClients.JSON).returnResult().getResponseBody();
        return (String) approved.get("file");
    }

    private Map<String, Object> onlySuggestionOf(String atendimento) {
        List<Map<String, Object>> of = listed("?tenant=" + TENANT).stream()
            .filter(suggestion -> atendimento.equals(suggestion.get("atendimento")))
            .toList();
        assertThat(of).hasSize(1);
        return of.get(0);
    }

    private List<Map<String, Object>> listed(String query) {
        return admin.get().uri("/admin/knowledge/suggestions" + query)
            .exchange()
            .expectStatus().isOk()
            .expectBodyList(AdminClients.JSON).returnResult().getResponseBody();
    }

    private static Path folder() {
        try {
            return Files.createDirectories(Path.of("target", "suggestions-knowledge-" + UUID.randomUUID()))
                .toAbsolutePath();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
