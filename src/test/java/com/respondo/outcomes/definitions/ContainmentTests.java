package com.respondo.outcomes.definitions;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import com.respondo.ledger.LedgerAction;
import com.respondo.outcomes.definitions.Containment.Verdict;

import static com.respondo.outcomes.definitions.History.conversation;
import static com.respondo.outcomes.definitions.History.minute;
import static org.assertj.core.api.Assertions.assertThat;

class ContainmentTests {

    @Test
    void aConversationClosedWithNoPersonNeededIsContained() {
        ConversationHistory history = conversation().customer(0, "Obrigado").bot(1, "Por nada")
            .sent(1, LedgerAction.CLOSE)
            .build();

        assertThat(Containment.of(history, minute(2))).isEqualTo(Verdict.CONTAINED);
    }

    @Test
    void aConversationSilentFor24HoursWithNoPersonNeededIsContained() {
        ConversationHistory history = conversation().customer(0, "Vocês abrem sábado?").bot(1, "Sim, das 9h às 13h.")
            .build();

        assertThat(Containment.of(history, minute(1).plus(Duration.ofHours(23)))).isEqualTo(Verdict.UNDECIDED);
        assertThat(Containment.of(history, minute(1).plus(Duration.ofHours(24)))).isEqualTo(Verdict.CONTAINED);
    }

    @Test
    void aHandOffBeforeTheEndEscalatesItAtOnce() {
        ConversationHistory history = conversation().customer(0, "Quero um humano").bot(1, "Vou transferir")
            .sent(1, LedgerAction.HANDOFF, "RULE", "human requested")
            .build();

        assertThat(Containment.of(history, minute(2))).isEqualTo(Verdict.ESCALATED);
    }

    @Test
    void aPersonWritingBeforeTheCloseEscalatesIt() {
        ConversationHistory history = conversation().customer(0, "Oi").person(1, "Olá, aqui é a Carla")
            .closedInTempBox(5L)
            .build();

        assertThat(Containment.of(history, minute(6))).isEqualTo(Verdict.ESCALATED);
    }

    @Test
    void aPersonWritingAfterTheCloseDoesNotUndoIt() {
        ConversationHistory history = conversation().customer(0, "Obrigado").bot(1, "Por nada")
            .sent(1, LedgerAction.CLOSE)
            .customer(60, "Mais uma coisa")
            .person(61, "Pois não?")
            .build();

        assertThat(Containment.of(history, minute(62))).isEqualTo(Verdict.CONTAINED);
    }
}
