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
import static org.awaitility.Awaitility.await;

/**
 * TempBox has no idempotency key: a send that failed ambiguously may have been stored, even seconds after the client
 * gave up, so the writer never sends again at once: it reads the conversation, and when the text is not there yet the
 * intent holds the message (for every step) until the conversation is read again after the settle delay (3 s in these
 * tests), so each customer message gets exactly one message.
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
    void aSendThatWasNotStoredIsHeldThenSentAgainAfterTheSettleDelay() throws Exception {
        scenario.sandbox.faults(SandboxFaults.none()
            .withErrorRate(1, SandboxFaults.ErrorStyle.HTTP)
            .onlyFor("EnviarMensagem"));

        scenario.run(STEP, AURORA);

        assertThat(scenario.posted("EnviarMensagem")).hasSize(waiting.size()).noneMatch(PostedCall::stored);
        waiting.forEach(conversation -> assertThat(scenario.entry(STEP, conversation)).get().satisfies(entry -> {
            assertThat(entry.status()).isEqualTo(LedgerStatus.INTENT);
            assertThat(entry.unknownSendAt()).isNotNull();
            assertThat(entry.error()).contains("EnviarMensagem");
        }));

        scenario.sandbox.faults(SandboxFaults.none());
        runUntil(() -> waiting.stream().allMatch(conversation -> status(STEP, conversation) == LedgerStatus.SENT));

        assertThat(storedMessagesPerCustomerMessage()).containsExactlyInAnyOrderEntriesOf(onceEach());
        assertThat(scenario.posted("EnviarMensagem")).hasSize(2 * waiting.size());
        waiting.forEach(conversation -> assertThat(scenario.entry(STEP, conversation)).get().satisfies(entry -> {
            assertThat(entry.attempts()).isEqualTo(2);
            assertThat(entry.unknownSendAt()).isNull();
        }));
    }

    /** Like any FAILED action, the next run claims it again. */
    @Test
    void aSendNeverStoredIsFailedVisiblyAfterItsResendAttempts() throws Exception {
        scenario.sandbox.faults(SandboxFaults.none()
            .withErrorRate(1, SandboxFaults.ErrorStyle.ENVELOPE)
            .onlyFor("EnviarMensagem"));

        // each action's first FAILED, as the runs see it: a hand-off does more before its send (its note) and may
        // fail a run earlier or later than the answers, after which the next run claims it again like any FAILED
        java.util.Map<SeededConversation, String> firstFailures = new java.util.concurrent.ConcurrentHashMap<>();
        runUntil(() -> {
            waiting.forEach(conversation -> scenario.entry(STEP, conversation)
                .filter(entry -> entry.status() == LedgerStatus.FAILED)
                .ifPresent(entry -> firstFailures.putIfAbsent(conversation, String.valueOf(entry.error()))));
            return firstFailures.size() == waiting.size();
        });

        assertThat(scenario.posted("EnviarMensagem")).hasSizeGreaterThanOrEqualTo(2 * waiting.size())
            .noneMatch(PostedCall::stored);
        assertThat(firstFailures.values()).hasSize(waiting.size())
            .allSatisfy(error -> assertThat(error).contains("sent 2 times without TempBox's answer"));
    }

    /** The sandbox answers 504 at once and stores the send a second later (fails before the fix: sent twice). */
    @Test
    void aSendStoredAfterTheClientGaveUpIsNotSentAgain() throws Exception {
        scenario.sandbox.faults(SandboxFaults.none()
            .withLateApplies(1, Duration.ofSeconds(1))
            .onlyFor("EnviarMensagem"));

        scenario.run(STEP, AURORA);
        await("the late sends stored").atMost(Duration.ofSeconds(10))
            .until(() -> scenario.posted("EnviarMensagem").size() >= waiting.size());
        scenario.sandbox.faults(SandboxFaults.none());
        runUntil(() -> waiting.stream().allMatch(conversation -> status(STEP, conversation) == LedgerStatus.SENT));

        assertThat(storedMessagesPerCustomerMessage()).containsExactlyInAnyOrderEntriesOf(onceEach());
        assertThat(scenario.posted("EnviarMensagem")).hasSize(waiting.size())
            .allMatch(call -> call.outcome() == PostedCall.Outcome.STORED_BUT_FAILED);
    }

    /**
     * bot-reply's canned send stored after the client gave up: ai-reply, run right after, must not answer the message
     * meanwhile (fails before the fix: bot-reply's send was FAILED, which freed the message for ai-reply).
     */
    @Test
    void aBotReplySendStoredAfterTheClientGaveUpKeepsTheMessageFromAiReply() throws Exception {
        scenario.reset();
        List<SeededConversation> freight = List.of(
                scenario.botConversation(AURORA, "Quanto custa o frete? Qual o valor para o meu CEP?"),
                scenario.botConversation(AURORA, "Qual o valor do frete para o meu CEP?"));
        scenario.mark();
        scenario.sandbox.faults(SandboxFaults.none()
            .withLateApplies(1, Duration.ofSeconds(2))
            .onlyFor("EnviarMensagem"));

        scenario.run("bot-reply", AURORA);
        scenario.run(STEP, AURORA);
        await("the late sends stored").atMost(Duration.ofSeconds(10))
            .until(() -> scenario.posted("EnviarMensagem").stream().filter(PostedCall::stored).count()
                    >= freight.size());
        scenario.sandbox.faults(SandboxFaults.none());
        runUntil(() -> freight.stream().allMatch(conversation -> status("bot-reply", conversation)
                == LedgerStatus.SENT), "bot-reply", STEP);

        assertThat(scenario.posted("EnviarMensagem")).hasSize(freight.size())
            .extracting(PostedCall::inReplyTo)
            .containsExactlyInAnyOrderElementsOf(freight.stream().map(SeededConversation::mensagem).toList());
        freight.forEach(conversation -> assertThat(scenario.entry(STEP, conversation)).isEmpty());
    }

    private void runUntil(java.util.concurrent.Callable<Boolean> done) {
        runUntil(done, STEP);
    }

    /** Runs the steps, in order, until {@code done}: a held send is read again only after the settle delay. */
    private void runUntil(java.util.concurrent.Callable<Boolean> done, String... steps) {
        await("settled").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() -> {
            for (String step : steps) {
                scenario.run(step, AURORA);
            }
            return done.call();
        });
    }

    private LedgerStatus status(String step, SeededConversation conversation) {
        return scenario.entry(step, conversation).map(entry -> entry.status()).orElse(null);
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
