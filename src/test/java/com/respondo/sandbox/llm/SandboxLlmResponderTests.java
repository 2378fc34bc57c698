package com.respondo.sandbox.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

import com.respondo.testsupport.TestOutputs.Action;
import com.respondo.testsupport.TestOutputs.AiDecision;
import com.respondo.testsupport.TestOutputs.CannedChoice;
import com.respondo.testsupport.TestOutputs.CollectedData;
import com.respondo.testsupport.TestOutputs.Greeting;
import com.respondo.testsupport.TestOutputs.Sentiment;
import com.respondo.testsupport.TestOutputs.Urgency;

import tools.jackson.databind.json.JsonMapper;

/** The sandbox LLM's heuristics on requests rendered from the shipped prompts. */
class SandboxLlmResponderTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final SandboxLlmResponder responder = new SandboxLlmResponder(JSON);

    @Test
    void greetsWithThePeriodTheFirstNameAndTheCompany() {
        Greeting greeting = answer("initial-response",
                ChatRequests.greeting("boa tarde", "Maria Souza", "sim", "Oi, vocês têm vestido azul?"), Greeting.class);

        assertThat(greeting.message()).isEqualTo(
                "Boa tarde, Maria! Sou o assistente virtual da Loja Aurora. Recebi sua mensagem e já vou te ajudar.");
    }

    @Test
    void greetingOutsideBusinessHoursGivesTheHours() {
        Greeting greeting = answer("initial-response", ChatRequests.greeting("boa noite", "", "não", ""), Greeting.class);

        assertThat(greeting.message()).startsWith("Boa noite! Sou o assistente virtual da Loja Aurora. Como posso ajudar?")
            .endsWith("Nosso atendimento humano funciona de segunda a sábado, das 9h às 18h.");
    }

    @Test
    void choosesTheCannedMessageSharingTheCustomersWords() {
        CannedChoice choice = answer("bot-choice",
                ChatRequests.botChoice("Cliente: Oi", "Qual o prazo de entrega para Curitiba?"), CannedChoice.class);

        assertThat(choice.option()).isEqualTo(1);
        assertThat(choice.confidence()).isGreaterThanOrEqualTo(0.7);
        assertThat(choice.reason()).contains("mensagem padrão 1");
    }

    @Test
    void choosesNoneForAHumanRequestOrAnUncoveredSubject() {
        CannedChoice human = answer("bot-choice",
                ChatRequests.botChoice("Cliente: Oi", "Quero falar com um atendente sobre a entrega"), CannedChoice.class);
        CannedChoice uncovered = answer("bot-choice",
                ChatRequests.botChoice("Cliente: Oi", "Vocês vendem bicicletas?"), CannedChoice.class);

        assertThat(human.option()).isZero();
        assertThat(uncovered.option()).isZero();
        assertThat(uncovered.confidence()).isLessThan(0.5);
    }

    @Test
    void handsOffWhenTheCustomerAsksForAPerson() {
        AiDecision decision = decide("Cliente: Oi\nAtendente: Olá!\nCliente: Preciso falar com uma pessoa, por favor");

        assertThat(decision.action()).isEqualTo(Action.HANDOFF);
        assertThat(decision.message()).contains("atendentes");
        assertThat(decision.slot()).isNull();
    }

    @Test
    void schedulesTheFirstFreeSlotWhenTheCustomerWantsToBook() {
        AiDecision decision = decide("Cliente: Quero agendar uma prova de roupas");

        assertThat(decision.action()).isEqualTo(Action.SCHEDULE);
        assertThat(decision.slot()).isEqualTo(1);
        assertThat(decision.message()).contains("11/03/2025 às 10:00 com Ana");
        assertThat(decision.followUpMessage()).contains("Maria").contains("11/03/2025 às 10:00 com Ana");
    }

    @Test
    void closesWhenTheCustomerThanksAndSaysGoodbye() {
        AiDecision decision = decide("Cliente: Quero falar com um atendente\nAtendente: Pois não, Maria.\n"
                + "Cliente: Obrigada, era só isso!");

        assertThat(decision.action()).isEqualTo(Action.CLOSE);
        assertThat(decision.message()).startsWith("Por nada, Maria!");
    }

    @Test
    void repliesWithTheMatchingCannedTextOrHandsOffWhenNothingAnswers() {
        AiDecision canned = decide("Cliente: Posso fazer troca de um vestido?");
        AiDecision uncovered = decide("Cliente: Vocês vendem bicicletas?");

        assertThat(canned.action()).isEqualTo(Action.REPLY);
        assertThat(canned.message()).isEqualTo("Trocas podem ser feitas em até 30 dias com a nota fiscal.");
        assertThat(canned.sources()).isEmpty();
        assertThat(uncovered.action()).isEqualTo(Action.HANDOFF);
        assertThat(uncovered.message()).contains("atendentes");
        assertThat(uncovered.followUpMessage()).isNull();
    }

    @Test
    void answersFromTheSourceSharingTheQuestionsWordsAndCitesIt() {
        String sources = """
                [prazos-de-entrega.md#1] Prazos de entrega > Região Sul
                Para Curitiba e região, a entrega leva de **2 a 4 dias úteis** depois da aprovação do pagamento.

                [pagamento-pix.md#2] Pagamento com PIX
                O PIX é aprovado na hora. Pagando com PIX você ganha 5% de desconto no total do pedido.""";

        AiDecision pix = answer("ai-reply", ChatRequests.aiReply("Cliente: Tem desconto no pix?", sources),
                AiDecision.class);

        assertThat(pix.action()).isEqualTo(Action.REPLY);
        assertThat(pix.message()).isEqualTo(
                "Olá, Maria! Pagando com PIX você ganha 5% de desconto no total do pedido.");
        assertThat(pix.sources()).containsExactly("pagamento-pix.md#2");
    }

    @Test
    void extractsContactDocumentAndCepAndReadsUrgencyAndSentiment() {
        CollectedData data = answer("data-collection", ChatRequests.dataCollection("""
                Meu nome é Maria Souza e o pedido chegou com defeito, que absurdo!
                Meu CPF é 529.982.247-25, CEP 80010-000, telefone (41) 99876-5432, e-mail maria.souza@example.com.
                Preciso de uma solução urgente."""), CollectedData.class);

        assertThat(data).isEqualTo(new CollectedData("Maria Souza", "maria.souza@example.com", "(41) 99876-5432",
                "52998224725", "80010000", "reclamar", Urgency.ALTA, Sentiment.NEGATIVO,
                "Cliente quer reclamar. Demonstra urgência. Está insatisfeito."));
    }

    @Test
    void extractsACnpjAndLeavesWhatIsAbsentNull() {
        CollectedData data = answer("data-collection",
                ChatRequests.dataCollection("Gostaria de um orçamento para a empresa, CNPJ 11.222.333/0001-81. Obrigado!"),
                CollectedData.class);

        assertThat(data.document()).isEqualTo("11222333000181");
        assertThat(data.name()).isNull();
        assertThat(data.email()).isNull();
        assertThat(data.phone()).isNull();
        assertThat(data.cep()).isNull();
        assertThat(data.intent()).isEqualTo("comprar");
        assertThat(data.urgency()).isEqualTo(Urgency.MEDIA);
        assertThat(data.sentiment()).isEqualTo(Sentiment.POSITIVO);
    }

    @Test
    void answersPlainTextWhenNoTaskIsRecognised() {
        SandboxLlmRequest request = this.responder.read(
                "{\"model\": \"m\", \"messages\": [{\"role\": \"user\", \"content\": \"Olá\"}]}");

        assertThat(this.responder.answer(request)).isEqualTo("Olá! Sou o modelo de testes do sandbox do Respondo.");
    }

    @Test
    void readsTheSchemaOfAProviderNativeStructuredOutputRequest() {
        SandboxLlmRequest request = this.responder.read("""
                {"model": "m", "messages": [{"role": "user", "content": [{"type": "text", "text": "Oi"}]}],
                 "response_format": {"type": "json_schema", "json_schema": {"name": "g",
                   "schema": {"type": "object", "properties": {"message": {"type": "string"}}}}}}""");

        assertThat(request.schemaProperties()).containsExactly("message");
        assertThat(request.user()).contains("Oi");
    }

    @Test
    void refusesWhatIsNotAChatCompletionRequest() {
        assertThatIllegalArgumentException().isThrownBy(() -> this.responder.read("not json"));
        assertThatIllegalArgumentException().isThrownBy(() -> this.responder.read("{\"model\": \"m\", \"messages\": []}"));
        assertThatIllegalArgumentException().isThrownBy(() -> this.responder.read(
                "{\"model\": \"m\", \"stream\": true, \"messages\": [{\"role\": \"user\", \"content\": \"x\"}]}"));
    }

    @Test
    void aComplaintGetsNoCannedMessageAndIsHandedOff() {
        CannedChoice choice = answer("bot-choice",
                ChatRequests.botChoice("Cliente: Oi", "Que absurdo, vocês me cobraram a entrega duas vezes!"),
                CannedChoice.class);
        AiDecision decision = decide("Cliente: Que descaso, ninguém me responde sobre a troca");

        assertThat(choice.option()).isZero();
        assertThat(decision.action()).isEqualTo(Action.HANDOFF);
        assertThat(decision.message()).contains("atendentes");
    }

    @Test
    void theWordNamingWhatTheCustomerWantsDecidesBetweenCannedMessages() {
        CannedChoice choice = answer("bot-choice",
                ChatRequests.botChoice("Cliente: Oi", "Comprei na loja e quero trocar"), CannedChoice.class);

        assertThat(choice.option()).isEqualTo(3);
    }

    private AiDecision decide(String history) {
        return answer("ai-reply", ChatRequests.aiReply(history), AiDecision.class);
    }

    @Test
    void nudgesASilentCustomerByFirstName() {
        Nudge nudge = answer("follow-up-nudge", java.util.Map.of("company", "Loja Aurora", "customerName",
                "Maria Souza", "channel", "WhatsApp", "now", "terça-feira, 08/12/2026 às 12:05", "history",
                "Cliente: Qual o prazo?\nAssistente virtual: De 2 a 5 dias úteis."), Nudge.class);

        assertThat(nudge.nudge()).startsWith("Oi, Maria! Conseguiu ver minha última mensagem?");
    }

    /** The follow-up-nudge answer, as the worker's record spells it. */
    record Nudge(String nudge) {
    }

    private <T> T answer(String prompt, java.util.Map<String, Object> variables, Class<T> type) {
        SandboxLlmRequest request = this.responder.read(ChatRequests.body(prompt, variables, type));
        return JSON.readValue(this.responder.answer(request), type);
    }
}
