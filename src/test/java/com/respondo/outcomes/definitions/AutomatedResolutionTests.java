package com.respondo.outcomes.definitions;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import com.respondo.ledger.LedgerAction;
import com.respondo.outcomes.SatisfactionSurvey;
import com.respondo.outcomes.definitions.AutomatedResolution.Verdict;

import static com.respondo.outcomes.definitions.History.conversation;
import static com.respondo.outcomes.definitions.History.minute;
import static org.assertj.core.api.Assertions.assertThat;

class AutomatedResolutionTests {

    private static final Instant FOUR_DAYS_LATER = minute(0).plus(Duration.ofDays(4));

    @Test
    void aConversationTheBotClosedWithNoPersonAndNoReturnWithin72HoursIsResolved() {
        ConversationHistory history = conversation().customer(0, "Qual o prazo de entrega?")
            .bot(1, "Até 5 dias úteis.")
            .customer(2, "Obrigado!")
            .bot(3, "Por nada!")
            .sent(3, LedgerAction.CLOSE)
            .closedInTempBox(3L)
            .build();

        assertThat(AutomatedResolution.of(history, FOUR_DAYS_LATER)).isEqualTo(Verdict.RESOLVED);
    }

    @Test
    void isAwaitingUntilThe72HoursAfterTheClosePass() {
        ConversationHistory history = conversation().customer(0, "Obrigado!")
            .bot(1, "Por nada!")
            .sent(1, LedgerAction.CLOSE)
            .build();

        assertThat(AutomatedResolution.of(history, minute(1).plus(Duration.ofHours(71))))
            .isEqualTo(Verdict.AWAITING_WINDOW);
        assertThat(AutomatedResolution.of(history, minute(1).plus(Duration.ofHours(72))))
            .isEqualTo(Verdict.RESOLVED);
    }

    @Test
    void aCustomerWritingAgainWithin72HoursOfTheCloseReopensIt() {
        ConversationHistory history = conversation().customer(0, "Obrigado!")
            .bot(1, "Por nada!")
            .sent(1, LedgerAction.CLOSE)
            .customerAt(minute(1).plus(Duration.ofHours(70)), "Na verdade o pedido não chegou")
            .build();

        assertThat(AutomatedResolution.of(history, FOUR_DAYS_LATER)).isEqualTo(Verdict.REOPENED);
    }

    @Test
    void aCustomerWritingAfterThe72HoursDoesNotReopenIt() {
        ConversationHistory history = conversation().customer(0, "Obrigado!")
            .bot(1, "Por nada!")
            .sent(1, LedgerAction.CLOSE)
            .customerAt(minute(1).plus(Duration.ofHours(73)), "Outra compra: tem o tamanho M?")
            .build();

        assertThat(AutomatedResolution.of(history, FOUR_DAYS_LATER)).isEqualTo(Verdict.RESOLVED);
    }

    @Test
    void theAnswerToTheSatisfactionQuestionDoesNotReopenIt() {
        ConversationHistory history = conversation().customer(0, "Obrigado!")
            .bot(1, "Por nada!\n\n" + SatisfactionSurvey.QUESTION)
            .sent(1, LedgerAction.CLOSE)
            .customer(5, "5")
            .build();

        assertThat(AutomatedResolution.of(history, FOUR_DAYS_LATER)).isEqualTo(Verdict.RESOLVED);
    }

    @Test
    void aPersonsMessageBeforeTheCloseMeansItWasNotAutomated() {
        ConversationHistory history = conversation().customer(0, "Quero trocar o produto")
            .person(2, "Olá, sou a Carla, vou ajudar")
            .customer(3, "Obrigado")
            .closedInTempBox(4L)
            .build();

        assertThat(AutomatedResolution.of(history, FOUR_DAYS_LATER)).isEqualTo(Verdict.WITH_PERSON);
    }

    @Test
    void aHandOffBeforeTheCloseMeansItWasNotAutomatedEvenIfThePersonNeverWrote() {
        ConversationHistory history = conversation().customer(0, "Quero falar com alguém")
            .bot(1, "Vou transferir você")
            .sent(1, LedgerAction.HANDOFF, "RULE", "human requested")
            .closedInTempBox(30L)
            .build();

        assertThat(AutomatedResolution.of(history, FOUR_DAYS_LATER)).isEqualTo(Verdict.WITH_PERSON);
    }

    @Test
    void aFollowUpRespondoScheduledInAPersonsNameIsNotAPersonsMessage() {
        History crafted = conversation().customer(0, "Quero agendar uma limpeza")
            .bot(1, "Agendei para amanhã às 10h.")
            .entry(1, LedgerAction.SCHEDULE, com.respondo.ledger.LedgerStatus.SENT,
                    java.util.Map.of("basis", "LLM", "followUp", "Lembrete: limpeza amanhã às 10h."))
            .person(600, "Lembrete: limpeza amanhã às 10h.")
            .customer(601, "Obrigado!")
            .bot(602, "Por nada!")
            .sent(602, LedgerAction.CLOSE);

        assertThat(AutomatedResolution.of(crafted.build(), FOUR_DAYS_LATER)).isEqualTo(Verdict.RESOLVED);
    }

    @Test
    void aConversationNeverClosedIsOpen() {
        ConversationHistory history = conversation().customer(0, "Oi").bot(1, "Olá!").build();

        assertThat(AutomatedResolution.of(history, FOUR_DAYS_LATER)).isEqualTo(Verdict.OPEN);
    }

    @Test
    void aConversationTempBoxShowsClosedWithNoTimeClosedAtItsNewestMessage() {
        ConversationHistory history = conversation().customer(0, "Obrigado").bot(1, "Por nada").closedInTempBox(null)
            .build();

        assertThat(history.firstClose()).contains(minute(1));
        assertThat(AutomatedResolution.of(history, FOUR_DAYS_LATER)).isEqualTo(Verdict.RESOLVED);
    }

    @Test
    void aCustomerMessageInTheSameSecondAsTheCloseButAfterTheFarewellReopensIt() {
        Instant closed = minute(1).plusMillis(880);
        ConversationHistory history = conversation().customer(0, "Obrigado!")
            .bot(1, "Por nada!")
            .entryAt(closed, LedgerAction.CLOSE)
            .customerAt(minute(1), "ah, e o pedido 123 ainda não chegou")
            .build();

        assertThat(AutomatedResolution.of(history, FOUR_DAYS_LATER)).isEqualTo(Verdict.REOPENED);
    }

    @Test
    void aCustomerMessageBeforeTheSilentCloseOfAPersonDoesNotReopenIt() {
        ConversationHistory history = conversation().customer(0, "Obrigado!")
            .bot(1, "Por nada!")
            .customer(2, "valeu")
            .closedInTempBox(3L)
            .build();

        assertThat(AutomatedResolution.of(history, FOUR_DAYS_LATER)).isEqualTo(Verdict.RESOLVED);
    }
}
