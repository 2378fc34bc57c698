package com.respondo.ledger;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import org.springframework.transaction.PlatformTransactionManager;

import tools.jackson.databind.json.JsonMapper;

/**
 * The reply ledger's write protocol: records each action on a customer message before it is sent and after, so that
 * no customer message ever gets two answers from Respondo. (What the admin API reads is {@link LedgerQueries}.)
 * <p>
 * Every write runs in its own committed transaction, independent of any chunk transaction of the caller, so an intent
 * is durable before the message is posted and an outcome survives a rollback of the chunk. Uniqueness is the
 * database's: one entry per (tenant, customer message, step), and at most one entry holding the answer (INTENT or
 * SENT) per (tenant, customer message) across steps. Concurrent claimers get the existing entry's outcome, never an
 * exception.
 * <p>
 * Fencing and one clock: each claim of an entry (the first, a claim again, a {@link #takeOver take-over}) gives it a
 * new {@link LedgerEntry#version() version}, and every outcome recorded after a post applies only while the entry is
 * still at the version its delivery claimed (a late outcome of a runner taken for dead is logged, not written). How
 * old an intent is is measured in the database's time ({@code CURRENT_TIMESTAMP}) against its heartbeat, which its
 * delivery {@link #keepAlive keeps fresh}: no JVM's clock or time zone decides that another runner crashed.
 * <p>
 * This class is the protocol's one entry point; its parts, one concern each, hold the SQL: {@code ActionRecords}
 * (claims and decisions, by key), {@code FencedOutcomes} (what happened to a claimed intent), {@code IntentHeartbeats},
 * {@code UnconfirmedIntents} (crash-left intents and their take-over) and {@code MessageStatuses} (for the readers).
 */
public class ReplyLedger {

    private final LedgerTable table;

    private final ActionRecords records;

    private final FencedOutcomes outcomes;

    private final IntentHeartbeats heartbeats;

    private final UnconfirmedIntents unconfirmed;

    private final MessageStatuses statuses;

    private final DecisionTraces traces;

    public ReplyLedger(DataSource dataSource, PlatformTransactionManager transactionManager, JsonMapper jsonMapper) {
        this(dataSource, transactionManager, jsonMapper, TraceProperties.defaults());
    }

    /** @param trace how long the decision traces are kept and how much text they keep */
    public ReplyLedger(DataSource dataSource, PlatformTransactionManager transactionManager, JsonMapper jsonMapper,
            TraceProperties trace) {
        this(dataSource, transactionManager, jsonMapper, Clock.systemUTC(), trace);
    }

    ReplyLedger(DataSource dataSource, PlatformTransactionManager transactionManager, JsonMapper jsonMapper,
            Clock clock) {
        this(dataSource, transactionManager, jsonMapper, clock, TraceProperties.defaults());
    }

    private ReplyLedger(DataSource dataSource, PlatformTransactionManager transactionManager, JsonMapper jsonMapper,
            Clock clock, TraceProperties trace) {
        this.traces = new DecisionTraces(dataSource, trace, clock);
        this.table = new LedgerTable(dataSource, transactionManager, jsonMapper, clock);
        this.records = new ActionRecords(table);
        this.outcomes = new FencedOutcomes(table);
        this.heartbeats = new IntentHeartbeats(table);
        this.unconfirmed = new UnconfirmedIntents(table);
        this.statuses = new MessageStatuses(table);
    }

    /**
     * Records the intent to act on a customer message, committed before this method returns, unless the message is
     * already done or answered.
     * <ul>
     * <li>no entry for (tenant, message, step): a new INTENT → {@code CLAIMED}</li>
     * <li>an entry SENT, DEFERRED or SKIPPED → {@code ALREADY_DONE}</li>
     * <li>an entry FAILED or ABANDONED: claimed again as INTENT, attempts + 1 → {@code CLAIMED}</li>
     * <li>an entry INTENT (a crash or a concurrent run left it) → {@code UNCONFIRMED}: the caller reconciles</li>
     * <li>another step holds INTENT or SENT for the same message → {@code ALREADY_ANSWERED}</li>
     * </ul>
     */
    public Claim claim(NewAction action) {
        return records.claim(action);
    }

    /**
     * Records what a step decided and how acting on it ended, with what led to it, for the conversation trace
     * ({@link DecisionTraces}): one row per decision, written again by a retry. A failed write loses only the trace.
     */
    public void trace(DecisionTrace trace) {
        traces.record(trace);
    }

    /**
     * Marks a claimed action as sent (from INTENT, or from FAILED/ABANDONED when a later read of the conversation
     * found the message posted after all), while the entry is still at the claimed version; an entry already SENT
     * stays as it is. The entry is not read back when it was marked (one query fewer per answer): {@link #get} reads
     * it.
     *
     * @param claimed the entry as this delivery claimed it
     * @return whether the entry is SENT under this claim; false (logged) when another runner claimed it since
     * @throws IllegalArgumentException when there is no entry with that id
     */
    public boolean markSent(LedgerEntry claimed) {
        return outcomes.markSent(claimed);
    }

    /**
     * Marks a claimed action as failed, while the entry is still at the claimed version; it may be claimed again.
     * The error must not contain secrets.
     *
     * @return the entry as it is now
     */
    public LedgerEntry markFailed(LedgerEntry claimed, String error) {
        return outcomes.finishIntent(claimed, LedgerStatus.FAILED, "error", LedgerTable.abbreviate(error));
    }

    /**
     * Marks a claimed action as abandoned (the conversation changed before posting), while the entry is still at the
     * claimed version; it may be claimed again.
     *
     * @return the entry as it is now
     */
    public LedgerEntry markAbandoned(LedgerEntry claimed, String reason) {
        return outcomes.finishIntent(claimed, LedgerStatus.ABANDONED, "reason", reason);
    }

    /**
     * Records that a send of a claimed action ended without TempBox's answer (a timeout, a 5xx) and that the
     * conversation does not show its text yet: the entry stays INTENT, holding its message's answer, since TempBox may
     * still store the text; it is reconciled once the settle delay has passed since now (the database's time). Fenced
     * like the other outcomes. The error must not contain secrets.
     */
    public LedgerEntry markSendUnknown(LedgerEntry claimed, String error) {
        return outcomes.updateIntent(claimed, "unknown_send_at = CURRENT_TIMESTAMP, error = :error", error);
    }

    /**
     * Records why a claimed action whose text was posted is not complete yet (a forward that failed): the entry stays
     * INTENT, holding its message's answer, and the step's start settles it again later. Fenced like the other
     * outcomes. The error must not contain secrets.
     */
    public LedgerEntry markIncomplete(LedgerEntry claimed, String error) {
        return outcomes.updateIntent(claimed, "error = :error", error);
    }

    /**
     * Counts one more attempt of a claimed action that is about to be sent again (an unconfirmed intent whose message
     * was not found in the conversation), while the entry is still at the claimed version.
     *
     * @return the entry as it is now
     */
    public LedgerEntry recordAttempt(LedgerEntry claimed) {
        return outcomes.recordAttempt(claimed);
    }

    /**
     * Refreshes the heartbeat of a claimed intent (in the database's time) and says whether this delivery still holds
     * it: false when another runner took it over or it is no longer an intent, and then nothing must be posted.
     */
    public boolean touch(LedgerEntry claimed) {
        return heartbeats.touch(claimed);
    }

    /**
     * Keeps a claimed intent fresh ({@link #touch}) every {@code every} until the returned heartbeat is closed, so
     * that the delivery holding it is not taken for a crashed one however long its TempBox calls take. A zero period
     * keeps nothing fresh.
     */
    public IntentHeartbeat keepAlive(LedgerEntry claimed, Duration every) {
        return heartbeats.keepAlive(claimed, every);
    }

    /**
     * Takes over an intent another runner left unconfirmed, when its heartbeat is older than {@code unconfirmedFor}
     * in the database's time and nobody took it over since it was read: the entry gets a new version (the old
     * holder's outcomes no longer apply) and a fresh heartbeat. Of runners taking over the same intent, one wins.
     *
     * @param unconfirmed the intent as read
     * @return the entry under the new claim, or empty when it is still young (its runner is at work) or another runner
     *     took it over or finished it
     */
    public Optional<LedgerEntry> takeOver(LedgerEntry unconfirmed, Duration unconfirmedFor) {
        return takeOver(unconfirmed, unconfirmedFor, unconfirmedFor);
    }

    /**
     * Like {@link #takeOver(LedgerEntry, Duration)}, also when the intent's last send ended without an answer more
     * than {@code unknownSendSettle} ago (database time), however fresh its heartbeat: its delivery is over, and
     * TempBox has had the settle delay to store the text.
     */
    public Optional<LedgerEntry> takeOver(LedgerEntry unconfirmed, Duration unconfirmedFor,
            Duration unknownSendSettle) {
        return this.unconfirmed.takeOver(unconfirmed, unconfirmedFor, unknownSendSettle);
    }

    /** Stops refreshing heartbeats (the application shuts down). */
    public void close() {
        heartbeats.close();
    }

    /**
     * Records that a step leaves this customer message to a later step or run; an entry already SENT or INTENT is
     * left as it is.
     */
    public LedgerEntry recordDeferred(NewAction action, String reason) {
        return records.recordDecision(action, LedgerStatus.DEFERRED, reason);
    }

    /**
     * Records that a step does not act on this customer message; an entry already SENT or INTENT is left as it is.
     */
    public LedgerEntry recordSkipped(NewAction action, String reason) {
        return records.recordDecision(action, LedgerStatus.SKIPPED, reason);
    }

    /**
     * Records that a step could not work on this customer message this time for a reason of its conversation alone
     * (TempBox could not read it for the step): FAILED, one attempt more than before, so that later runs try it again
     * until {@link #givenUp} says they should stop. An entry already SENT or INTENT is left as it is. The error must
     * not contain secrets.
     */
    public LedgerEntry recordFailure(NewAction action, String error) {
        return records.recordFailure(action, error);
    }

    /**
     * Of the given customer messages, those whose entry for the step records {@link #recordFailure failures} of their
     * conversation in at least {@code maxAttempts} runs: the step gives up on them (they stay FAILED, for a person).
     */
    public Set<String> givenUp(String tenantId, String step, Collection<String> messageIds, int maxAttempts) {
        return statuses.givenUp(tenantId, step, messageIds, maxAttempts);
    }

    /**
     * The status of each of the given customer messages that has an entry, in one query per 500 ids, for readers
     * to filter. When several steps have entries for a message, the strongest status wins: SENT, then INTENT,
     * FAILED, ABANDONED, DEFERRED, SKIPPED ({@link LedgerStatus#holdsAnswer()} tells whether it is answered).
     */
    public Map<String, LedgerStatus> statusByMessage(String tenantId, Collection<String> messageIds) {
        return statuses.strongestByMessage(tenantId, messageIds);
    }

    /**
     * The status of one step's entry for each of the given customer messages that has one.
     */
    public Map<String, LedgerStatus> statusByMessage(String tenantId, String step, Collection<String> messageIds) {
        return statuses.byMessage(tenantId, step, messageIds);
    }

    /**
     * Every step's status for each of the given customer messages that has entries (message id, then step, then
     * status), in one query per 500 ids: what a reader needs to know both whether a message is answered (a status that
     * {@link LedgerStatus#holdsAnswer() holds the answer}) and what its own step already decided.
     */
    public Map<String, Map<String, LedgerStatus>> statusByMessageAndStep(String tenantId,
            Collection<String> messageIds) {
        return statuses.byMessageAndStep(tenantId, messageIds);
    }

    /**
     * The intents of a tenant whose outcome is still unknown and whose heartbeat is older than {@code unconfirmedFor}
     * in the database's time, oldest first: what a crash or a lost answer left behind ({@link #takeOver} them before
     * settling them).
     */
    public List<LedgerEntry> findUnconfirmed(String tenantId, Duration unconfirmedFor) {
        return findUnconfirmed(tenantId, unconfirmedFor, unconfirmedFor);
    }

    /**
     * The same, and also the intents whose last send ended without an answer more than {@code unknownSendSettle} ago
     * in the database's time (their settle delay has passed, however fresh their heartbeat), oldest first.
     */
    public List<LedgerEntry> findUnconfirmed(String tenantId, Duration unconfirmedFor, Duration unknownSendSettle) {
        return unconfirmed.find(tenantId, unconfirmedFor, unknownSendSettle);
    }

    /**
     * One entry by id.
     *
     * @throws IllegalArgumentException when there is none
     */
    public LedgerEntry get(long id) {
        return table.get(id);
    }
}
