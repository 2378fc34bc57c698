package com.respondo.replies;

import static com.respondo.replies.Scenario.AURORA;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.respondo.ledger.LedgerAction;
import com.respondo.ledger.LedgerEntry;
import com.respondo.ledger.LedgerStatus;
import com.respondo.replies.policy.ConversationLoop;
import com.respondo.replies.policy.FixedTexts;
import com.respondo.sandbox.PostedCall;
import com.respondo.sandbox.SeededConversation;
import com.respondo.sandbox.llm.SandboxLlmControls;
import com.respondo.testsupport.AdminClients;

/**
 * Issue 16, item 5, on the sandbox: ai-reply hands a conversation that goes in circles off instead of answering again,
 * and never sends the customer the bot's previous message twice in a row.
 */
@RepliesIntegrationTest
class ConversationLoopIntegrationTests {

    private static final String STEP = "ai-reply";

    @Autowired
    Scenario scenario;

    @Autowired
    SandboxLlmControls llm;

    @LocalServerPort
    int port;

    @BeforeEach
    void emptySandbox() {
        scenario.reset();
    }

    @Test
    void handsOffWithoutAThirdAnswerWhenTheCustomerTwiceSaysItDidNotUnderstand() throws Exception {
        SeededConversation ana = scenario.botConversation(AURORA, Duration.ofMinutes(5),
                "Qual o prazo de entrega para Curitiba?");
        botWrites(ana, Duration.ofMinutes(4), "O prazo aparece no carrinho depois de informar o CEP.");
        scenario.customerWrites(ana, Duration.ofMinutes(3), "não entendi");
        botWrites(ana, Duration.ofMinutes(2), "Você pode consultar o prazo no carrinho, informando o CEP.");
        SeededConversation again = scenario.customerWrites(ana, Duration.ofMinutes(1), "nao entendi");
        scenario.mark();

        scenario.run(STEP, AURORA);

        assertThat(llm.requests()).isZero();
        assertThat(scenario.postedButReturns()).extracting(PostedCall::operation)
            .containsExactly("Salvar", "EnviarMensagem", "EncaminharAtendimento");
        assertThat(scenario.posted("EnviarMensagem")).singleElement()
            .satisfies(call -> assertThat(call.text()).startsWith(FixedTexts.TRANSFER));
        LedgerEntry entry = scenario.entry(STEP, again).orElseThrow();
        assertThat(entry.action()).isEqualTo(LedgerAction.HANDOFF);
        assertThat(entry.status()).isEqualTo(LedgerStatus.SENT);
        assertThat(String.valueOf(entry.detail().get("reason"))).startsWith(ConversationLoop.NO_PROGRESS);
        AdminClients.admin(port, RepliesIntegrationTest.ADMIN_PASSWORD).get()
            .uri("/admin/conversations/{atendimento}", ana.atendimento())
            .exchange()
            .expectStatus().isOk()
            .expectBody()
            .jsonPath("$.actions[0].decision.reason").value(reason -> assertThat(String.valueOf(reason))
                .startsWith(ConversationLoop.NO_PROGRESS));
    }

    @Test
    void handsOffInsteadOfSendingTheLlmsAnswerAgainWhenItEqualsTheBotsPreviousMessage() throws Exception {
        // the sandbox LLM answers a question from the best-matching source, the same text every time it is asked
        String holdingAnswer = sandboxLlmAnswer("Tem desconto pagando no pix?");
        SeededConversation ana = scenario.botConversation(AURORA, Duration.ofMinutes(3), "Tem desconto pagando no pix?");
        botWrites(ana, Duration.ofMinutes(2), holdingAnswer);
        SeededConversation again = scenario.customerWrites(ana, Duration.ofMinutes(1), "tem desconto pagando no pix??");
        long asked = llm.requests();
        scenario.mark();

        scenario.run(STEP, AURORA);

        assertThat(llm.requests()).isEqualTo(asked + 1);
        assertThat(scenario.postedButReturns()).extracting(PostedCall::operation)
            .containsExactly("Salvar", "EnviarMensagem", "EncaminharAtendimento");
        assertThat(scenario.posted("EnviarMensagem")).extracting(PostedCall::text)
            .noneMatch(holdingAnswer::equals)
            .allSatisfy(text -> assertThat(text).startsWith(FixedTexts.TRANSFER));
        LedgerEntry entry = scenario.entry(STEP, again).orElseThrow();
        assertThat(entry.action()).isEqualTo(LedgerAction.HANDOFF);
        assertThat(String.valueOf(entry.detail().get("reason"))).startsWith(ConversationLoop.REPEAT);
    }

    /** What the sandbox LLM answers this question in a new conversation of the tenant: the same every time. */
    private String sandboxLlmAnswer(String question) throws Exception {
        scenario.botConversation(AURORA, question);
        scenario.mark();
        scenario.run(STEP, AURORA);
        return scenario.posted("EnviarMensagem").get(0).text();
    }

    /** The tenant's bot writes in the conversation, {@code age} ago, as an earlier run's answer. */
    private void botWrites(SeededConversation conversation, Duration age, String text) {
        scenario.sandbox.attendantWrites(conversation.atendimento(),
                UUID.fromString(scenario.tenants.get(AURORA).atendente()), text, age);
    }
}
