package com.respondo.replies;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import com.respondo.ledger.LedgerStatus;
import com.respondo.sandbox.PostedCall;
import com.respondo.sandbox.SandboxFaults;
import com.respondo.sandbox.SeededConversation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.respondo.replies.Scenario.AURORA;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * TempBox has no idempotency key: a send that failed ambiguously may have been stored, and the writer reads the
 * conversation before sending again, so each customer message gets exactly one message.
 */
@RepliesIntegrationTest
class AmbiguousSendIntegrationTests {

    private static final String STEP = "ai-reply";

    @Autowired
    Scenario scenario;

    List<SeededConversation> waiting;

    @BeforeEach
    void threeWaitingConversations() {
        scenario.reset();
        waiting = List.of(scenario.botConversation(AURORA, "Vocês vendem vale-presente?"),
                scenario.botConversation(AURORA, "Tem loja em Joinville?"),
                scenario.botConversation(AURORA, "Vocês fazem embrulho para presente?"));
        scenario.mark();
    }

    @Test
    void aSendStoredButAnsweredWithAnErrorIsNotSentAgain() throws Exception {
        scenario.sandbox.faults(SandboxFaults.none().withStoredButFailedRate(1).onlyFor("EnviarMensagem"));

        scenario.run(STEP, AURORA);

        assertThat(storedMessagesPerCustomerMessage()).containsExactlyInAnyOrderEntriesOf(onceEach());
        assertThat(scenario.posted("EnviarMensagem")).extracting(PostedCall::outcome)
            .containsOnly(PostedCall.Outcome.STORED_BUT_FAILED);
        waiting.forEach(conversation -> assertThat(scenario.entry(STEP, conversation)).get()
            .satisfies(entry -> assertThat(entry.status()).isEqualTo(LedgerStatus.SENT)));
    }

    @Test
    void aSendThatTimedOutAfterBeingStoredIsNotSentAgain() throws Exception {
        scenario.sandbox.faults(SandboxFaults.none()
            .withTimeouts(1, Duration.ofSeconds(5), true)
            .onlyFor("EnviarMensagem"));

        scenario.run(STEP, AURORA);

        assertThat(storedMessagesPerCustomerMessage()).containsExactlyInAnyOrderEntriesOf(onceEach());
        waiting.forEach(conversation -> assertThat(scenario.entry(STEP, conversation)).get()
            .satisfies(entry -> assertThat(entry.status()).isEqualTo(LedgerStatus.SENT)));
    }

    @Test
    void aSendThatWasNotStoredIsTriedAgainThenLeftToTheNextRun() throws Exception {
        scenario.sandbox.faults(SandboxFaults.none()
            .withErrorRate(1, SandboxFaults.ErrorStyle.HTTP)
            .onlyFor("EnviarMensagem"));

        scenario.run(STEP, AURORA);

        assertThat(scenario.posted("EnviarMensagem")).hasSize(2 * waiting.size()).noneMatch(PostedCall::stored);
        waiting.forEach(conversation -> assertThat(scenario.entry(STEP, conversation)).get()
            .satisfies(entry -> assertThat(entry.status()).isEqualTo(LedgerStatus.FAILED)));

        scenario.sandbox.faults(SandboxFaults.none());
        scenario.run(STEP, AURORA);

        assertThat(storedMessagesPerCustomerMessage()).containsExactlyInAnyOrderEntriesOf(onceEach());
        waiting.forEach(conversation -> assertThat(scenario.entry(STEP, conversation)).get().satisfies(entry -> {
            assertThat(entry.status()).isEqualTo(LedgerStatus.SENT);
            assertThat(entry.attempts()).isEqualTo(2);
        }));
    }

    private Map<UUID, Long> storedMessagesPerCustomerMessage() {
        return scenario.posted("EnviarMensagem")
            .stream()
            .filter(PostedCall::stored)
            .collect(Collectors.groupingBy(PostedCall::inReplyTo, Collectors.counting()));
    }

    private Map<UUID, Long> onceEach() {
        return waiting.stream().collect(Collectors.toMap(SeededConversation::mensagem, conversation -> 1L));
    }
}
