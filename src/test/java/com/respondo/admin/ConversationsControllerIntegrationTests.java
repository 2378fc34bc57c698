package com.respondo.admin;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.respondo.ledger.LedgerAction;
import com.respondo.ledger.LedgerEntry;
import com.respondo.ledger.NewAction;
import com.respondo.ledger.ReplyLedger;
import com.respondo.llm.LlmUsage;
import com.respondo.llm.LlmUsageRepository;
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
class ConversationsControllerIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    ReplyLedger ledger;

    @Autowired
    LlmUsageRepository usage;

    @Autowired
    InMemoryCollectedData collected;

    WebTestClient admin;

    String atendimento;

    @BeforeEach
    void given() {
        admin = AdminClients.admin(port);
        atendimento = UUID.randomUUID().toString();
    }

    @AfterEach
    void clear() {
        collected.clear();
    }

    @Test
    void showsEachActionWithItsTextDecisionStatusTimesAndTheTokensThatLedToIt() {
        usage.record(new LlmUsage("loja-aurora", "initial-response", atendimento, "initial-response", "gpt-4o-mini",
                300, 40, Duration.ofMillis(120), Instant.now().minusSeconds(5)));
        LedgerEntry greeting = ledger.claim(NewAction.of("loja-aurora", atendimento, "msg-1", "initial-response",
                LedgerAction.GREETING).withText("Olá, Maria! Como posso ajudar?")).entry();
        ledger.markSent(greeting);
        usage.record(new LlmUsage("loja-aurora", "ai-reply", atendimento, "ai-reply", "gpt-4o-mini", 900, 80,
                Duration.ofMillis(450), Instant.now().minusSeconds(1)));
        LedgerEntry handoff = ledger.claim(NewAction.of("loja-aurora", atendimento, "msg-2", "ai-reply",
                LedgerAction.HANDOFF)
            .withText("Vou chamar um atendente.")
            .withDetail(Map.of("reason", "cliente pediu reembolso", "confidence", 0.42))).entry();
        ledger.markFailed(handoff, "TempBox EncaminharAtendimento: HTTP 500");
        collected.add(new CollectedDataRow(1, "loja-aurora", atendimento, Instant.now().truncatedTo(ChronoUnit.SECONDS),
                "Maria", null, null, null, null, null, "reembolso", null, null, null, List.of("msg-2")));

        admin.get()
            .uri("/admin/conversations/{atendimento}", atendimento)
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .jsonPath("$.atendimento").isEqualTo(atendimento)
            .jsonPath("$.tenant").isEqualTo("loja-aurora")
            .jsonPath("$.actions.length()").isEqualTo(2)
            .jsonPath("$.actions[0].step").isEqualTo("initial-response")
            .jsonPath("$.actions[0].action").isEqualTo("GREETING")
            .jsonPath("$.actions[0].status").isEqualTo("SENT")
            .jsonPath("$.actions[0].text").isEqualTo("Olá, Maria! Como posso ajudar?")
            .jsonPath("$.actions[0].sentAt").isNotEmpty()
            .jsonPath("$.actions[0].tokens.promptTokens").isEqualTo(300)
            .jsonPath("$.actions[0].tokens.completionTokens").isEqualTo(40)
            .jsonPath("$.actions[0].llmCalls[0].latencyMs").isEqualTo(120)
            .jsonPath("$.actions[1].action").isEqualTo("HANDOFF")
            .jsonPath("$.actions[1].status").isEqualTo("FAILED")
            .jsonPath("$.actions[1].decision.reason").isEqualTo("cliente pediu reembolso")
            .jsonPath("$.actions[1].decision.confidence").isEqualTo(0.42)
            .jsonPath("$.actions[1].error").isEqualTo("TempBox EncaminharAtendimento: HTTP 500")
            .jsonPath("$.actions[1].tokens.promptTokens").isEqualTo(900)
            .jsonPath("$.tokens.calls").isEqualTo(2)
            .jsonPath("$.tokens.promptTokens").isEqualTo(1200)
            .jsonPath("$.tokens.completionTokens").isEqualTo(120)
            .jsonPath("$.collectedData[0].name").isEqualTo("Maria")
            .jsonPath("$.collectedData[0].intent").isEqualTo("reembolso");
    }

    @Test
    void findsConversationsByIdCustomerNameOrPhoneAndFiltersThemByOutcomeAndReason() {
        String handedOff = "c0ffee-" + atendimento;
        String answered = UUID.randomUUID().toString();
        ledger.markSent(ledger.claim(NewAction.of("loja-aurora", handedOff, "msg-h", "ai-reply",
                LedgerAction.HANDOFF).withDetail(Map.of("basis", "RULE", "reason", "Cliente pediu reembolso")))
            .entry());
        ledger.markSent(ledger.claim(NewAction.of("loja-aurora", answered, "msg-a1", "initial-response",
                LedgerAction.GREETING)).entry());
        ledger.markSent(ledger.claim(NewAction.of("loja-aurora", answered, "msg-a2", "ai-reply",
                LedgerAction.REPLY).withDetail(Map.of("basis", "KNOWLEDGE", "reason", "prazo de entrega")))
            .entry());
        collected.add(new CollectedDataRow(2, "loja-aurora", answered, Instant.now(), "Joana Prado", null,
                "11987654321", null, null, null, null, null, null, null, List.of("msg-a1")));

        admin.get()
            .uri("/admin/conversations?q=C0FFEE-")
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .jsonPath("$.length()").isEqualTo(1)
            .jsonPath("$[0].atendimento").isEqualTo(handedOff)
            .jsonPath("$[0].outcome").isEqualTo("HANDOFF")
            .jsonPath("$[0].reason").isEqualTo("Cliente pediu reembolso");
        admin.get()
            .uri("/admin/conversations?q=joana")
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .jsonPath("$.length()").isEqualTo(1)
            .jsonPath("$[0].atendimento").isEqualTo(answered)
            .jsonPath("$[0].outcome").isEqualTo("REPLY")
            .jsonPath("$[0].basis").isEqualTo("KNOWLEDGE");
        admin.get()
            .uri("/admin/conversations?q={q}", "(11) 98765-4321")
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .jsonPath("$[0].atendimento").isEqualTo(answered);
        admin.get()
            .uri("/admin/conversations?outcome=HANDOFF&reason=reembolso&limit=500")
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .jsonPath("$[*].atendimento").value(ids -> assertThat((List<Object>) ids).contains(handedOff)
                .doesNotContain(answered))
            .jsonPath("$[*].outcome")
            .value(outcomes -> assertThat((List<Object>) outcomes).containsOnly("HANDOFF"));
        admin.get().uri("/admin/conversations?outcome=WAVE").exchange().expectStatus().isBadRequest();
    }

    @Test
    void aConversationRespondoNeverTouchedIsNotFound() {
        admin.get()
            .uri("/admin/conversations/{atendimento}", atendimento)
            .exchange()
            .expectStatus()
            .isNotFound()
            .expectHeader()
            .contentType(MediaType.APPLICATION_PROBLEM_JSON)
            .expectBody()
            .jsonPath("$.detail").isEqualTo("Respondo has no record of conversation " + atendimento);
    }
}
