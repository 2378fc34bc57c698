package com.respondo.ledger;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;


import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.awaitility.Awaitility.await;

/**
 * What the reply ledger guarantees, written by its {@link ReplyLedger write protocol} and read back by the admin's
 * {@link LedgerQueries}, run against a real database by each subclass (H2 and PostgreSQL).
 */
abstract class ReplyLedgerTestCases {

    static final String TENANT = "loja-aurora";

    private static int conversations;

    ReplyLedger ledger;

    LedgerQueries queries;

    JdbcClient jdbc;

    JdbcTransactionManager transactionManager;

    abstract DataSource dataSource();

    @BeforeEach
    void createLedger() {
        transactionManager = new JdbcTransactionManager(dataSource());
        ledger = new ReplyLedger(dataSource(), transactionManager, JsonMapper.builder().build());
        queries = new LedgerQueries(dataSource(), JsonMapper.builder().build());
        jdbc = JdbcClient.create(dataSource());
        jdbc.sql("DELETE FROM reply_ledger").update();
    }

    @Test
    void claimsANewActionAsACommittedIntent() {
        NewAction action = action("m1", "bot-reply", LedgerAction.CANNED).withText("Olá! Como posso ajudar?")
            .withDetail(Map.of("option", 2, "confidence", 0.92, "reason", "saudação"))
            .withJobExecutionId(7L);

        Claim claim = ledger.claim(action);

        assertThat(claim.outcome()).isEqualTo(Claim.Outcome.CLAIMED);
        LedgerEntry entry = claim.entry();
        assertThat(entry.status()).isEqualTo(LedgerStatus.INTENT);
        assertThat(entry.attempts()).isEqualTo(1);
        assertThat(entry.text()).isEqualTo("Olá! Como posso ajudar?");
        assertThat(entry.detail()).containsEntry("option", 2).containsEntry("reason", "saudação");
        assertThat(entry.jobExecutionId()).isEqualTo(7L);
        assertThat(entry.sentAt()).isNull();
        assertThat(rowsFor("m1")).isEqualTo(1);
        assertThat(entry).as("the claimed entry, as stored").isEqualTo(ledger.get(entry.id()));
    }

    @Test
    void anActionAlreadySentIsAlreadyDone() {
        NewAction action = action("m1", "bot-reply", LedgerAction.CANNED);
        LedgerEntry claimed = ledger.claim(action).entry();
        long id = claimed.id();

        ledger.markSent(claimed);
        LedgerEntry sent = ledger.get(id);
        Claim again = ledger.claim(action);

        assertThat(sent.status()).isEqualTo(LedgerStatus.SENT);
        assertThat(sent.sentAt()).isNotNull();
        assertThat(again.outcome()).isEqualTo(Claim.Outcome.ALREADY_DONE);
        assertThat(again.entry().id()).isEqualTo(id);
    }

    @Test
    void aConversationThatCouldNotBeReadCountsOneFailedAttemptPerRunUntilGivenUp() {
        NewAction unreadable = action("m1", "ai-reply", LedgerAction.SKIP);
        ledger.recordFailure(unreadable, "ListarMensagensAtendimento: malformed JSON");
        Set<String> afterOne = ledger.givenUp(TENANT, "ai-reply", List.of("m1", "m2"), 2);

        LedgerEntry second = ledger.recordFailure(unreadable, "ListarMensagensAtendimento: Code 500");

        assertThat(afterOne).isEmpty();
        assertThat(second.status()).isEqualTo(LedgerStatus.FAILED);
        assertThat(second.attempts()).isEqualTo(2);
        assertThat(second.error()).isEqualTo("ListarMensagensAtendimento: Code 500");
        assertThat(ledger.givenUp(TENANT, "ai-reply", List.of("m1", "m2"), 2)).containsExactly("m1");
        assertThat(ledger.givenUp(TENANT, "bot-reply", List.of("m1"), 2)).isEmpty();
        assertThat(ledger.claim(unreadable.withText("lida enfim")).outcome()).isEqualTo(Claim.Outcome.CLAIMED);
    }

    @Test
    void aFailedActionIsClaimedAgainWithOneMoreAttempt() {
        NewAction action = action("m1", "ai-reply", LedgerAction.REPLY).withText("primeira");
        LedgerEntry claimed = ledger.claim(action).entry();
        long id = claimed.id();
        LedgerEntry failed = ledger.markFailed(claimed, "TempBox answered 500 to EnviarMensagem");

        Claim again = ledger.claim(action.withText("segunda"));

        assertThat(failed.status()).isEqualTo(LedgerStatus.FAILED);
        assertThat(failed.error()).isEqualTo("TempBox answered 500 to EnviarMensagem");
        assertThat(again.outcome()).isEqualTo(Claim.Outcome.CLAIMED);
        assertThat(again.entry().id()).isEqualTo(id);
        assertThat(again.entry().status()).isEqualTo(LedgerStatus.INTENT);
        assertThat(again.entry().attempts()).isEqualTo(2);
        assertThat(again.entry().text()).isEqualTo("segunda");
        assertThat(again.entry().error()).isNull();
    }

    @Test
    void anAbandonedActionIsClaimedAgain() {
        NewAction action = action("m1", "ai-reply", LedgerAction.REPLY);
        LedgerEntry claimed = ledger.claim(action).entry();

        LedgerEntry abandoned = ledger.markAbandoned(claimed, "a human took the conversation");
        Claim again = ledger.claim(action);

        assertThat(abandoned.status()).isEqualTo(LedgerStatus.ABANDONED);
        assertThat(abandoned.reason()).isEqualTo("a human took the conversation");
        assertThat(again.outcome()).isEqualTo(Claim.Outcome.CLAIMED);
        assertThat(again.entry().attempts()).isEqualTo(2);
    }

    @Test
    void anIntentLeftBehindIsUnconfirmedAndListedForReconciliation() {
        NewAction action = action("m1", "initial-response", LedgerAction.GREETING);
        LedgerEntry claimed = ledger.claim(action).entry();
        long id = claimed.id();

        Claim again = ledger.claim(action);
        LedgerEntry retried = ledger.recordAttempt(claimed);

        assertThat(again.outcome()).isEqualTo(Claim.Outcome.UNCONFIRMED);
        assertThat(again.entry().id()).isEqualTo(id);
        assertThat(retried.attempts()).isEqualTo(2);
        assertThat(ledger.findUnconfirmed(TENANT, Duration.ZERO)).extracting(LedgerEntry::id).containsExactly(id);
        assertThat(ledger.findUnconfirmed(TENANT, Duration.ofMinutes(1))).isEmpty();
        assertThat(ledger.findUnconfirmed("another-tenant", Duration.ZERO)).isEmpty();
    }

    @Test
    void anotherStepHoldingTheAnswerRefusesTheClaim() {
        LedgerEntry botReply = ledger.claim(action("m1", "bot-reply", LedgerAction.CANNED)).entry();

        Claim whileInFlight = ledger.claim(action("m1", "ai-reply", LedgerAction.REPLY));
        ledger.markSent(botReply);
        Claim afterSent = ledger.claim(action("m1", "ai-reply", LedgerAction.REPLY));

        assertThat(whileInFlight.outcome()).isEqualTo(Claim.Outcome.ALREADY_ANSWERED);
        assertThat(whileInFlight.entry().id()).isEqualTo(botReply.id());
        assertThat(afterSent.outcome()).isEqualTo(Claim.Outcome.ALREADY_ANSWERED);
        assertThat(afterSent.entry().step()).isEqualTo("bot-reply");
        assertThat(rowsFor("m1")).isEqualTo(1);
    }

    @Test
    void anotherStepMayAnswerOnceTheFirstOneFailed() {
        LedgerEntry botReply = ledger.claim(action("m1", "bot-reply", LedgerAction.CANNED)).entry();
        ledger.markFailed(botReply, "timeout");

        Claim aiReply = ledger.claim(action("m1", "ai-reply", LedgerAction.REPLY));
        Claim botReplyAgain = ledger.claim(action("m1", "bot-reply", LedgerAction.CANNED));

        assertThat(aiReply.outcome()).isEqualTo(Claim.Outcome.CLAIMED);
        assertThat(botReplyAgain.outcome()).isEqualTo(Claim.Outcome.ALREADY_ANSWERED);
        assertThat(botReplyAgain.entry().id()).isEqualTo(aiReply.entry().id());
        assertThat(ledger.get(botReply.id()).status()).isEqualTo(LedgerStatus.FAILED);
    }

    @Test
    void aDeferredMessageIsDoneForItsStepAndOpenForTheNext() {
        LedgerEntry deferred = ledger.recordDeferred(action("m1", "bot-reply", LedgerAction.DEFER)
            .withDetail(Map.of("confidence", 0.41)), "confidence 0.41 below 0.75");

        Claim botReply = ledger.claim(action("m1", "bot-reply", LedgerAction.CANNED));
        Claim aiReply = ledger.claim(action("m1", "ai-reply", LedgerAction.REPLY));

        assertThat(deferred.status()).isEqualTo(LedgerStatus.DEFERRED);
        assertThat(deferred.reason()).isEqualTo("confidence 0.41 below 0.75");
        assertThat(deferred.detail()).containsEntry("confidence", 0.41);
        assertThat(botReply.outcome()).isEqualTo(Claim.Outcome.ALREADY_DONE);
        assertThat(aiReply.outcome()).isEqualTo(Claim.Outcome.CLAIMED);
    }

    @Test
    void aSkipReplacesAFailureButNeverASentAnswer() {
        NewAction failing = action("m1", "ai-reply", LedgerAction.REPLY);
        ledger.markFailed(ledger.claim(failing).entry(), "timeout");
        NewAction sending = action("m2", "ai-reply", LedgerAction.REPLY);
        ledger.markSent(ledger.claim(sending).entry());

        LedgerEntry skipped = ledger.recordSkipped(failing, "message of 1 MB");
        LedgerEntry stillSent = ledger.recordSkipped(sending, "late decision");

        assertThat(skipped.status()).isEqualTo(LedgerStatus.SKIPPED);
        assertThat(skipped.reason()).isEqualTo("message of 1 MB");
        assertThat(ledger.claim(failing).outcome()).isEqualTo(Claim.Outcome.ALREADY_DONE);
        assertThat(stillSent.status()).isEqualTo(LedgerStatus.SENT);
        assertThat(stillSent.reason()).isNull();
    }

    @Test
    void outcomesApplyOnlyToIntents() {
        LedgerEntry claimed = ledger.claim(action("m1", "ai-reply", LedgerAction.REPLY)).entry();
        ledger.markSent(claimed);

        assertThat(ledger.markFailed(claimed, "late timeout").status()).isEqualTo(LedgerStatus.SENT);
        assertThat(ledger.markAbandoned(claimed, "late").status()).isEqualTo(LedgerStatus.SENT);
        jdbc.sql("DELETE FROM reply_ledger WHERE id = :id").param("id", claimed.id()).update();
        assertThatIllegalArgumentException().isThrownBy(() -> ledger.markSent(claimed))
            .withMessageContaining("No reply ledger entry with id " + claimed.id());
    }

    @Test
    void aFailureFoundPostedAfterAllIsMarkedSent() {
        LedgerEntry claimed = ledger.claim(action("m1", "ai-reply", LedgerAction.REPLY)).entry();
        ledger.markFailed(claimed, "read timeout");

        ledger.markSent(claimed);
        LedgerEntry sent = ledger.get(claimed.id());
        Claim otherStep = ledger.claim(action("m1", "bot-reply", LedgerAction.CANNED));

        assertThat(sent.status()).isEqualTo(LedgerStatus.SENT);
        assertThat(sent.error()).isNull();
        assertThat(otherStep.outcome()).isEqualTo(Claim.Outcome.ALREADY_ANSWERED);
    }

    @Test
    void anIntentIsTakenOverOnlyOnceItsHeartbeatIsOlderThanUnconfirmedAfterInTheDatabasesTime() {
        NewAction action = action("m1", "ai-reply", LedgerAction.REPLY);
        LedgerEntry claimed = ledger.claim(action).entry();
        // the row's JVM-written times say it is a day old: only the database's heartbeat counts
        jdbc.sql("UPDATE reply_ledger SET created_at = :old, updated_at = :old WHERE id = :id")
            .param("old", OffsetDateTime.now(ZoneOffset.UTC).minusDays(1))
            .param("id", claimed.id())
            .update();
        LedgerEntry unconfirmed = ledger.claim(action).entry();

        assertThat(ledger.takeOver(unconfirmed, Duration.ofMinutes(1))).as("a young intent").isEmpty();
        assertThat(ledger.findUnconfirmed(TENANT, Duration.ofMinutes(1))).isEmpty();
        assertThat(ledger.touch(claimed)).as("its holder still holds it").isTrue();

        LedgerEntry taken = ledger.takeOver(unconfirmed, Duration.ZERO).orElseThrow();

        assertThat(taken.version()).isEqualTo(claimed.version() + 1);
        assertThat(taken.status()).isEqualTo(LedgerStatus.INTENT);
        assertThat(ledger.takeOver(unconfirmed, Duration.ZERO)).as("taken over twice from the same read").isEmpty();
        assertThat(ledger.touch(claimed)).as("the old holder lost it").isFalse();
        assertThat(ledger.touch(taken)).isTrue();
    }

    @Test
    void outcomesOfAClaimTakenOverAreNotRecorded() {
        NewAction action = action("m1", "ai-reply", LedgerAction.REPLY);
        LedgerEntry slow = ledger.claim(action).entry();
        LedgerEntry taken = ledger.takeOver(ledger.claim(action).entry(), Duration.ZERO).orElseThrow();

        assertThat(ledger.markSent(slow)).as("a late markSent of the runner taken over").isFalse();
        assertThat(ledger.markFailed(slow, "late timeout").status()).isEqualTo(LedgerStatus.INTENT);
        assertThat(ledger.markAbandoned(slow, "late").status()).isEqualTo(LedgerStatus.INTENT);
        assertThat(ledger.recordAttempt(slow).attempts()).isEqualTo(1);
        assertThat(ledger.markSent(taken)).isTrue();
        assertThat(ledger.get(slow.id())).satisfies(entry -> {
            assertThat(entry.status()).isEqualTo(LedgerStatus.SENT);
            assertThat(entry.version()).isEqualTo(taken.version());
        });
    }

    @Test
    void concurrentTakeOversOfOneIntentHaveOneWinner() throws Exception {
        for (int message = 0; message < 10; message++) {
            NewAction action = action("take-" + message, "ai-reply", LedgerAction.REPLY);
            ledger.claim(action);
            LedgerEntry unconfirmed = ledger.claim(action).entry();

            List<Optional<LedgerEntry>> taken = race(4, () -> ledger.takeOver(unconfirmed, Duration.ZERO));

            assertThat(taken).filteredOn(Optional::isPresent).hasSize(1);
        }
    }

    @Test
    void aHeartbeatKeepsAnIntentYoungWhileItsDeliveryRuns() {
        LedgerEntry claimed = ledger.claim(action("m1", "ai-reply", LedgerAction.REPLY)).entry();
        OffsetDateTime claimedAt = heartbeatOf(claimed.id());

        try (IntentHeartbeat heartbeat = ledger.keepAlive(claimed, Duration.ofMillis(50))) {
            await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> heartbeatOf(claimed.id()).isAfter(claimedAt));
        }
        finally {
            ledger.close();
        }
    }

    @Test
    void theClaimIsCommittedEvenWhenTheCallersTransactionRollsBack() {
        TransactionTemplate chunk = new TransactionTemplate(transactionManager);

        chunk.executeWithoutResult(status -> {
            ledger.claim(action("m1", "ai-reply", LedgerAction.REPLY));
            status.setRollbackOnly();
        });

        assertThat(ledger.claim(action("m1", "ai-reply", LedgerAction.REPLY)).outcome())
            .isEqualTo(Claim.Outcome.UNCONFIRMED);
    }

    @Test
    void statusByMessageGivesTheStrongestStatusPerMessage() {
        ledger.recordDeferred(action("m1", "bot-reply", LedgerAction.DEFER), "low confidence");
        ledger.markSent(ledger.claim(action("m1", "ai-reply", LedgerAction.REPLY)).entry());
        ledger.recordDeferred(action("m2", "bot-reply", LedgerAction.DEFER), "low confidence");
        ledger.claim(action("m3", "initial-response", LedgerAction.GREETING));
        ledger.recordSkipped(action("m4", "bot-reply", LedgerAction.SKIP), "empty message");

        Map<String, LedgerStatus> all = ledger.statusByMessage(TENANT, List.of("m1", "m2", "m3", "m4", "m5"));
        Map<String, LedgerStatus> botReply = ledger.statusByMessage(TENANT, "bot-reply", List.of("m1", "m2", "m3"));

        assertThat(all).containsExactlyInAnyOrderEntriesOf(Map.of("m1", LedgerStatus.SENT, "m2",
                LedgerStatus.DEFERRED, "m3", LedgerStatus.INTENT, "m4", LedgerStatus.SKIPPED));
        assertThat(botReply).containsExactlyInAnyOrderEntriesOf(
                Map.of("m1", LedgerStatus.DEFERRED, "m2", LedgerStatus.DEFERRED));
        assertThat(ledger.statusByMessage("another-tenant", List.of("m1"))).isEmpty();
        assertThat(ledger.statusByMessage(TENANT, List.of())).isEmpty();
    }

    @Test
    void statusByMessageAndStepGivesEveryStepsStatusPerMessage() {
        ledger.recordDeferred(action("m1", "initial-response", LedgerAction.START), "asked something");
        ledger.recordDeferred(action("m1", "bot-reply", LedgerAction.DEFER), "low confidence");
        ledger.claim(action("m1", "ai-reply", LedgerAction.REPLY));
        ledger.recordSkipped(action("m2", "bot-reply", LedgerAction.SKIP), "empty message");

        Map<String, Map<String, LedgerStatus>> statuses = ledger.statusByMessageAndStep(TENANT,
                List.of("m1", "m2", "m3"));

        assertThat(statuses).containsOnlyKeys("m1", "m2");
        assertThat(statuses.get("m1")).containsExactlyInAnyOrderEntriesOf(Map.of("initial-response",
                LedgerStatus.DEFERRED, "bot-reply", LedgerStatus.DEFERRED, "ai-reply", LedgerStatus.INTENT));
        assertThat(statuses.get("m2")).containsExactlyInAnyOrderEntriesOf(Map.of("bot-reply", LedgerStatus.SKIPPED));
        assertThat(ledger.statusByMessageAndStep("another-tenant", List.of("m1"))).isEmpty();
    }

    @Test
    void statusByMessageAnswersForLargePages() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 1200; i++) {
            ids.add("bulk-" + i);
        }
        ledger.claim(action("bulk-3", "bot-reply", LedgerAction.CANNED));
        ledger.claim(action("bulk-1100", "bot-reply", LedgerAction.CANNED));

        assertThat(ledger.statusByMessage(TENANT, ids)).containsOnlyKeys("bulk-3", "bulk-1100");
    }

    @Test
    void findsEverythingDoneInAConversationInOrder() {
        String conversation = nextConversation();
        ledger.recordDeferred(action(conversation, "m1", "bot-reply", LedgerAction.DEFER), "low confidence");
        ledger.claim(action(conversation, "m1", "ai-reply", LedgerAction.HANDOFF)
            .withDetail(Map.of("target", "f5b3a1c2-0000-4000-8000-000000000001")));

        assertThat(queries.findByConversation(conversation)).extracting(LedgerEntry::step, LedgerEntry::status)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("bot-reply", LedgerStatus.DEFERRED),
                    org.assertj.core.groups.Tuple.tuple("ai-reply", LedgerStatus.INTENT));
    }

    @Test
    void countsEntriesPerHourActionAndStatus() {
        ledger.markSent(ledger.claim(action("c1", "ai-reply", LedgerAction.REPLY)).entry());
        ledger.markSent(ledger.claim(action("c2", "ai-reply", LedgerAction.REPLY)).entry());
        ledger.claim(action("c3", "ai-reply", LedgerAction.HANDOFF));

        List<LedgerCount> counts = queries.hourlyCounts(Instant.now().minus(1, ChronoUnit.HOURS));

        Instant hour = Instant.now().truncatedTo(ChronoUnit.HOURS);
        assertThat(counts).filteredOn(c -> c.tenantId().equals(TENANT))
            .extracting(LedgerCount::action, LedgerCount::status, LedgerCount::count)
            .contains(org.assertj.core.groups.Tuple.tuple(LedgerAction.REPLY, LedgerStatus.SENT, 2L),
                    org.assertj.core.groups.Tuple.tuple(LedgerAction.HANDOFF, LedgerStatus.INTENT, 1L));
        assertThat(counts).extracting(LedgerCount::hour).allSatisfy(h -> assertThat(h).isIn(hour,
                hour.minus(1, ChronoUnit.HOURS)));
    }

    @Test
    void findsWhatAJobExecutionDidAndTheLatestFailures() {
        ledger.markSent(ledger.claim(action("j1", "ai-reply", LedgerAction.REPLY).withJobExecutionId(41L)).entry());
        ledger.markFailed(ledger.claim(action("j2", "ai-reply", LedgerAction.REPLY).withJobExecutionId(41L))
            .entry(), "first failure");
        ledger.markFailed(ledger.claim(action("j3", "bot-reply", LedgerAction.CANNED).withJobExecutionId(41L))
            .entry(), "second failure");
        ledger.markFailed(ledger.claim(action("j4", "ai-reply", LedgerAction.REPLY).withJobExecutionId(42L))
            .entry(), "another execution");

        assertThat(queries.countsByStep(41L)).containsOnlyKeys("ai-reply", "bot-reply")
            .containsEntry("ai-reply", Map.of(LedgerStatus.SENT, 1L, LedgerStatus.FAILED, 1L))
            .containsEntry("bot-reply", Map.of(LedgerStatus.FAILED, 1L));
        assertThat(queries.findByJobExecution(41L, LedgerStatus.FAILED, 1)).extracting(LedgerEntry::error)
            .containsExactly("second failure");
        assertThat(queries.latest(LedgerStatus.FAILED, 2)).extracting(LedgerEntry::error)
            .containsExactly("another execution", "second failure");
    }

    @Test
    void concurrentClaimersOfOneActionGetExactlyOneClaim() throws Exception {
        for (int message = 0; message < 10; message++) {
            NewAction action = action("race-" + message, "ai-reply", LedgerAction.REPLY);

            List<Claim> claims = race(4, () -> ledger.claim(action));

            assertThat(claims).filteredOn(Claim::claimed).hasSize(1);
            assertThat(claims).filteredOn(c -> !c.claimed()).extracting(Claim::outcome)
                .containsOnly(Claim.Outcome.UNCONFIRMED);
            assertThat(rowsFor("race-" + message)).isEqualTo(1);
        }
    }

    @Test
    void concurrentStepsOnOneMessageGetExactlyOneClaim() throws Exception {
        for (int message = 0; message < 10; message++) {
            String mensagem = "cross-" + message;
            List<String> steps = List.of("initial-response", "bot-reply", "ai-reply");
            java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();

            List<Claim> claims = race(3,
                    () -> ledger.claim(action(mensagem, steps.get(next.getAndIncrement()), LedgerAction.REPLY)));

            assertThat(claims).filteredOn(Claim::claimed).hasSize(1);
            assertThat(claims).filteredOn(c -> !c.claimed()).extracting(Claim::outcome)
                .containsOnly(Claim.Outcome.ALREADY_ANSWERED);
            assertThat(ledger.statusByMessage(TENANT, List.of(mensagem))).containsEntry(mensagem,
                    LedgerStatus.INTENT);
        }
    }

    private OffsetDateTime heartbeatOf(long id) {
        return jdbc.sql("SELECT heartbeat_at FROM reply_ledger WHERE id = :id")
            .param("id", id)
            .query(OffsetDateTime.class)
            .single();
    }

    private <T> List<T> race(int threads, Callable<T> claim) throws Exception {
        ExecutorService executor = Executors.newFixedThreadPool(threads);
        try {
            CyclicBarrier start = new CyclicBarrier(threads);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                futures.add(executor.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    return claim.call();
                }));
            }
            List<T> claims = new ArrayList<>();
            for (Future<T> future : futures) {
                claims.add(future.get(30, TimeUnit.SECONDS));
            }
            return claims;
        }
        finally {
            executor.shutdownNow();
        }
    }

    private int rowsFor(String mensagem) {
        return jdbc.sql("SELECT COUNT(*) FROM reply_ledger WHERE tenant_id = :tenant AND mensagem = :mensagem")
            .param("tenant", TENANT)
            .param("mensagem", mensagem)
            .query(Integer.class)
            .single();
    }

    private NewAction action(String mensagem, String step, LedgerAction action) {
        return action("conversation-of-" + mensagem, mensagem, step, action);
    }

    private static NewAction action(String atendimento, String mensagem, String step, LedgerAction action) {
        return NewAction.of(TENANT, atendimento, mensagem, step, action);
    }

    private static synchronized String nextConversation() {
        return "conversation-" + (++conversations);
    }
}
