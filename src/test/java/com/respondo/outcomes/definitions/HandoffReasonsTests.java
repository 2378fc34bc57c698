package com.respondo.outcomes.definitions;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.respondo.ledger.LedgerAction;
import com.respondo.outcomes.HandoffReason;

import static com.respondo.outcomes.definitions.History.conversation;
import static org.assertj.core.api.Assertions.assertThat;

/** The reasons as the reply steps record them today (AiReplyPolicy, GreetingPolicy, ConversationLoop, GuardFailure). */
class HandoffReasonsTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            RULE     | human requested: quero falar com um atendente             | RULE
            LLM      | O cliente pediu para falar com um atendente.              | LLM_CHOICE
            RULE     | AI confidence 0.4 below 0.6                               | LOW_CONFIDENCE
            RULE     | output-guard:link: link to a host not allowed: x.io (AI reply) | FAILED_CHECK
            RULE     | output-guard:language: text in en, expected pt-BR (AI farewell) | FAILED_CHECK
            RULE     | greeting failed the check: too long                       | FAILED_CHECK
            FALLBACK | LLM unavailable and customer waiting for 400 s            | LLM_UNAVAILABLE
            RULE     | loop:repeat: SEND_REPLY text equals the bot's previous message | LOOP
            RULE     | loop:no-progress: 2 answers in a row did not help         | LOOP
            RULE     | output-guard:no-source: states figures with no source (AI reply) | NO_SOURCE
            RULE     | output-guard:unknown-source: cites kb-9, not among the 2 sources given (AI reply) | NO_SOURCE
            RULE     | AI answer did not parse                                   | INVALID_ANSWER
            RULE     | invalid AI answer: [message]                              | INVALID_ANSWER
            RULE     | AI chose no listed agenda slot: 7                         | INVALID_ANSWER
            RULE     | something a later version writes                          | OTHER
            """)
    void readsTheReasonTheLedgerRecords(String basis, String reason, HandoffReason expected) {
        History history = conversation().sent(1, LedgerAction.HANDOFF, basis, reason);

        assertThat(HandoffReasons.of(history.entries().get(0))).isEqualTo(expected);
    }
}
