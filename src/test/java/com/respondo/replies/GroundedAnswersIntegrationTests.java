package com.respondo.replies;

import static com.respondo.replies.Scenario.AURORA;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.respondo.ledger.LedgerAction;
import com.respondo.ledger.LedgerEntry;
import com.respondo.ledger.LedgerStatus;
import com.respondo.sandbox.PostedCall;
import com.respondo.sandbox.SeededConversation;
import com.respondo.testsupport.AdminClients;

/**
 * The default run answers from the sandbox companies' documents: ai-reply gives the passages found for the customer's
 * question to the sandbox LLM as numbered sources, the LLM answers from the best one and cites its id, the ledger
 * records the id and the admin conversation view shows it; a question no document answers is handed off.
 */
@RepliesIntegrationTest
class GroundedAnswersIntegrationTests {

    private static final String STEP = "ai-reply";

    @Autowired
    Scenario scenario;

    @LocalServerPort
    int port;

    @BeforeEach
    void emptySandbox() {
        scenario.reset();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Como faço a troca de uma peça?|politica-de-trocas.md|peça",
        "Qual o prazo de entrega para Manaus?|prazos-de-entrega.md|Manaus",
        "Tem desconto pagando no pix?|pagamento-pix.md|5% de desconto" })
    void answersFromTheRightDocumentAndTheConversationViewShowsTheSource(String question, String document,
            String answerPart) throws Exception {
        SeededConversation conversation = scenario.botConversation(AURORA, question);
        scenario.mark();

        scenario.run(STEP, AURORA);

        assertThat(scenario.posted()).singleElement().satisfies(call -> {
            assertThat(call.operation()).isEqualTo("EnviarMensagem");
            assertThat(call.text()).startsWith("Olá, ").contains(answerPart);
        });
        LedgerEntry entry = scenario.entry(STEP, conversation).orElseThrow();
        assertThat(entry.action()).isEqualTo(LedgerAction.REPLY);
        assertThat(entry.status()).isEqualTo(LedgerStatus.SENT);
        assertThat(entry.detail().get("sources")).asInstanceOf(
                org.assertj.core.api.InstanceOfAssertFactories.list(String.class))
            .singleElement().asString().startsWith(document + "#");
        assertThat(sourcesShownFor(conversation)).singleElement().asString().startsWith(document + "#");
    }

    @Test
    void aQuestionNoDocumentAnswersIsHandedOffWithTheReason() throws Exception {
        SeededConversation conversation = scenario.botConversation(AURORA,
                "Vocês consertam geladeira e máquina de lavar?");
        scenario.mark();

        scenario.run(STEP, AURORA);

        assertThat(scenario.postedButReturns()).extracting(PostedCall::operation)
            .containsExactly("Salvar", "EnviarMensagem", "EncaminharAtendimento");
        LedgerEntry entry = scenario.entry(STEP, conversation).orElseThrow();
        assertThat(entry.action()).isEqualTo(LedgerAction.HANDOFF);
        assertThat(entry.detail()).containsEntry("basis", "LLM").doesNotContainKey("sources");
        assertThat(String.valueOf(entry.detail().get("reason"))).contains("Nenhuma fonte");
    }

    @SuppressWarnings("unchecked")
    private List<Object> sourcesShownFor(SeededConversation conversation) {
        Map<String, Object> view = AdminClients.admin(port, RepliesIntegrationTest.ADMIN_PASSWORD).get()
            .uri("/admin/conversations/{atendimento}", conversation.atendimento())
            .exchange()
            .expectStatus().isOk()
            .expectBody(AdminClients.JSON)
            .returnResult()
            .getResponseBody();
        List<Map<String, Object>> actions = (List<Map<String, Object>>) view.get("actions");
        Map<String, Object> decision = (Map<String, Object>) actions.get(0).get("decision");
        return (List<Object>) decision.get("sources");
    }
}
