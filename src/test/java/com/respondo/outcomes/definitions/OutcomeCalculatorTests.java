package com.respondo.outcomes.definitions;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.respondo.ledger.LedgerAction;
import com.respondo.ledger.LedgerEntry;
import com.respondo.outcomes.HandoffReason;
import com.respondo.outcomes.OutcomeReport;
import com.respondo.outcomes.SatisfactionSurvey;

import static com.respondo.outcomes.definitions.History.conversation;
import static com.respondo.outcomes.definitions.History.minute;
import static org.assertj.core.api.Assertions.assertThat;

class OutcomeCalculatorTests {

    private static final Instant FROM = minute(-60);
    private static final Instant TO = minute(24 * 60);
    private static final Instant NOW = minute(0).plus(Duration.ofDays(4));
    private static final OutcomeReport.LlmCost NO_COST = new OutcomeReport.LlmCost("BRL", BigDecimal.ZERO, 0, 0, 0,
            0, List.of());

    @Test
    void addsTheDefinitionsUpOverTheConversationsTouched() {
        History resolved = conversation("resolved").customer(0, "Obrigado").bot(1, "Por nada!\n\n"
                + SatisfactionSurvey.QUESTION).sent(1, LedgerAction.CLOSE).customer(3, "4");
        History reopened = conversation("reopened").customer(0, "Obrigado").bot(2, "Por nada!\n\n"
                + SatisfactionSurvey.QUESTION).sent(2, LedgerAction.CLOSE).customer(10, "nota 2")
            .customer(11, "o pedido ainda não chegou");
        History handedOff = conversation("handed-off").customer(0, "quero um atendente").bot(3, "Vou transferir")
            .sent(3, LedgerAction.HANDOFF, "RULE", "human requested: atendente");
        History lowConfidence = conversation("low").customer(0, "E o reembolso?").bot(5, "Vou transferir")
            .sent(5, LedgerAction.HANDOFF, "RULE", "AI confidence 0.3 below 0.6");
        Map<String, List<LedgerEntry>> ledger = new LinkedHashMap<>();
        List.of(resolved, reopened, handedOff, lowConfidence, conversation("gone").sent(0, LedgerAction.REPLY))
            .forEach(h -> ledger.put(h.build().atendimento(), h.entries()));

        OutcomeReport report = OutcomeCalculator.report("loja-aurora", FROM, TO, NOW, ledger,
                List.of(resolved.build(), reopened.build(), handedOff.build(), lowConfidence.build()), 1, NO_COST,
                true);

        assertThat(report.conversations()).isEqualTo(new OutcomeReport.Conversations(5, 4, 1));
        assertThat(report.automatedResolution()).isEqualTo(new OutcomeReport.Resolution(1, 1, 0, 0, 2, 0.25));
        assertThat(report.handoffs().conversations()).isEqualTo(2);
        assertThat(report.handoffs().rate()).isEqualTo(0.4);
        assertThat(report.handoffs().byReason()).containsEntry(HandoffReason.RULE, 1L)
            .containsEntry(HandoffReason.LOW_CONFIDENCE, 1L)
            .containsEntry(HandoffReason.LLM_CHOICE, 0L)
            .hasSize(HandoffReason.values().length);
        assertThat(report.containment()).isEqualTo(new OutcomeReport.Containment(2, 2, 0, 0.5));
        assertThat(report.firstAnswer()).isEqualTo(new OutcomeReport.FirstAnswer(4, 150L));
        assertThat(report.satisfaction().asked()).isTrue();
        assertThat(report.satisfaction().answers()).isEqualTo(2);
        assertThat(report.satisfaction().average()).isEqualTo(3.0);
        assertThat(report.satisfaction().distribution()).containsEntry(4, 1L).containsEntry(2, 1L)
            .containsEntry(5, 0L);
    }

    @Test
    void ratesWithNothingToDivideByAreNull() {
        OutcomeReport report = OutcomeCalculator.report("loja-aurora", FROM, TO, NOW, Map.of(), List.of(), 0, NO_COST,
                false);

        assertThat(report.automatedResolution().rate()).isNull();
        assertThat(report.handoffs().rate()).isNull();
        assertThat(report.containment().rate()).isNull();
        assertThat(report.firstAnswer().medianSeconds()).isNull();
        assertThat(report.satisfaction().average()).isNull();
    }
}
