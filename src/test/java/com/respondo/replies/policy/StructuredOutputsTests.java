package com.respondo.replies.policy;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

class StructuredOutputsTests {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void greetingReadsAndWritesTheMessageProperty() {
        assertThat(json.readValue("{\"message\":\"Olá!\"}", Greeting.class)).isEqualTo(new Greeting("Olá!"));
        assertThat(json.writeValueAsString(new Greeting("Olá!"))).isEqualTo("{\"message\":\"Olá!\"}");
    }

    @Test
    void cannedChoiceReadsOptionConfidenceAndReason() {
        CannedChoice choice = json.readValue("{\"option\":2,\"confidence\":0.8,\"reason\":\"horário\"}",
                CannedChoice.class);

        assertThat(choice).isEqualTo(new CannedChoice(2, 0.8, "horário"));
        assertThat(json.readTree(json.writeValueAsString(choice)).propertyNames())
                .containsExactlyInAnyOrder("option", "confidence", "reason");
    }

    @Test
    void aiDecisionReadsEveryPropertyAndTheActionInAnyCase() {
        AiDecision decision = json.readValue("""
                {"action":"schedule","message":"Agendado!","confidence":0.9,"reason":"agenda",
                 "followUpMessage":"Lembrete","slot":1}""", AiDecision.class);

        assertThat(decision).isEqualTo(new AiDecision(AiAction.SCHEDULE, "Agendado!", 0.9, "agenda", "Lembrete", 1));
        assertThat(json.readTree(json.writeValueAsString(decision)).propertyNames()).containsExactlyInAnyOrder(
                "action", "message", "confidence", "reason", "followUpMessage", "slot", "sources", "canned",
                "cannedConfidence");
    }

    @Test
    void aiDecisionCarriesTheCannedChoiceOfTheSameAnswerForBotReply() {
        AiDecision decision = json.readValue("""
                {"action":"REPLY","message":"O frete é grátis acima de R$ 299.","confidence":0.8,"reason":"frete",
                 "followUpMessage":null,"slot":null,"sources":[],"canned":2,"cannedConfidence":0.9}""",
                AiDecision.class);

        assertThat(decision.cannedChoice()).isEqualTo(new CannedChoice(2, 0.9, "frete"));
        assertThat(StructuredAnswerValidator.violations(decision)).isEmpty();
        assertThat(StructuredAnswerValidator.violations(new AiDecision(AiAction.REPLY, "Oi", 0.8, "r", null, null,
                List.of(), -1, 1.5))).containsExactlyInAnyOrder("canned violates @Min",
                        "cannedConfidence violates @DecimalMax");
    }

    @Test
    void aiDecisionWithoutACannedChoiceIsAValidDecisionButNoValidCannedChoice() {
        AiDecision decision = new AiDecision(AiAction.REPLY, "Oi", 0.8, "r", null, null);

        assertThat(StructuredAnswerValidator.violations(decision)).isEmpty();
        assertThat(StructuredAnswerValidator.violations(decision.cannedChoice())).isNotEmpty();
    }

    @Test
    void aiDecisionReadsTheCitedSourcesWithoutBlanksOrRepeats() {
        AiDecision decision = json.readValue("""
                {"action":"REPLY","message":"Trocas em 30 dias.","confidence":0.9,"reason":"r",
                 "followUpMessage":null,"slot":null,"sources":["trocas.md#1"," trocas.md#1",""]}""",
                AiDecision.class);

        assertThat(decision.citedSources()).containsExactly("trocas.md#1");
        assertThat(StructuredAnswerValidator.violations(decision)).isEmpty();
    }

    @Test
    void aiDecisionAcceptsNullFollowUpAndSlot() {
        AiDecision decision = json.readValue("""
                {"action":"REPLY","message":"Oi","confidence":1,"reason":"r","followUpMessage":null,"slot":null}""",
                AiDecision.class);

        assertThat(decision.followUpMessage()).isNull();
        assertThat(decision.slot()).isNull();
        assertThat(StructuredAnswerValidator.violations(decision)).isEmpty();
    }

    @Test
    void constraintsRefuseOutOfRangeValues() {
        assertThat(StructuredAnswerValidator.violations(new CannedChoice(-1, 2.0, null)))
                .containsExactly("confidence violates @DecimalMax", "option violates @Min");
        assertThat(StructuredAnswerValidator.violations(new AiDecision(AiAction.SCHEDULE, "x", -0.1, null, null, 0)))
            .hasSize(2);
        assertThat(StructuredAnswerValidator.violations(new Greeting(""))).hasSize(1);
    }
}
