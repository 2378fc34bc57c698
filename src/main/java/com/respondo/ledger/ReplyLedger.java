package com.respondo.ledger;

import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * The reply ledger: records each action on a customer message before it is sent and after, so that no customer
 * message ever gets two answers from Respondo.
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
 */
public class ReplyLedger {

    private static final Logger log = LoggerFactory.getLogger(ReplyLedger.class);

    private static final int MAX_CLAIM_ROUNDS = 5;

    private static final int MAX_ERROR_LENGTH = 2000;

    private static final int IN_LIST_SIZE = 500;

    /** The database's time {@code :ago} milliseconds ago (portable: H2 and PostgreSQL). */
    private static final String AGO = "CURRENT_TIMESTAMP - CAST(:ago AS BIGINT) * INTERVAL '0.001' SECOND";

    /**
     * An intent nobody is at work on, in the database's time: its heartbeat older than {@code :ago} ms, or its last
     * send ended without an answer more than {@code :settle} ms ago.
     */
    private static final String UNCONFIRMED = "(heartbeat_at <= " + AGO + " OR unknown_send_at <= "
            + AGO.replace(":ago", ":settle") + ")";

    /**
     * The entries of a tenant's customer messages given as a {@code VALUES} list ({@code :ids}, see
     * {@link #valuesRows}), joined on the unique key's (tenant, message): one index lookup per id. The plain
     * {@code tenant_id = :tenant AND mensagem IN (:ids)} made H2 read every entry of the tenant for each page of
     * the readers, a cost that grew with the ledger.
     */
    private static final String ENTRIES_OF_IDS = """
            (VALUES :ids) AS ids (mensagem)
            JOIN reply_ledger l ON l.tenant_id = :tenant AND l.mensagem = ids.mensagem""";

    private final JdbcClient jdbc;

    private final TransactionTemplate newTransaction;

    private final LedgerRows rows;

    private final Clock clock;

    private @Nullable ScheduledExecutorService heartbeats;

    public ReplyLedger(DataSource dataSource, PlatformTransactionManager transactionManager, JsonMapper jsonMapper) {
        this(dataSource, transactionManager, jsonMapper, Clock.systemUTC());
    }

    ReplyLedger(DataSource dataSource, PlatformTransactionManager transactionManager, JsonMapper jsonMapper,
            Clock clock) {
        this.jdbc = JdbcClient.create(dataSource);
        this.newTransaction = new TransactionTemplate(transactionManager);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.rows = new LedgerRows(jsonMapper);
        this.clock = clock;
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
        for (int round = 0; round < MAX_CLAIM_ROUNDS; round++) {
            Optional<Claim> claim = tryClaim(action);
            if (claim.isPresent()) {
                return claim.get();
            }
        }
        throw new ConcurrencyFailureException("Could not claim " + describe(action) + " after " + MAX_CLAIM_ROUNDS
                + " rounds of concurrent changes");
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
        Instant now = now();
        String sql = """
                UPDATE reply_ledger SET status = 'SENT', answering = %s, sent_at = :now, updated_at = :now,
                       error = NULL, reason = NULL, unknown_send_at = NULL
                WHERE id = :id AND claim_version = :version AND status IN ('INTENT', 'FAILED', 'ABANDONED')""";
        int updated;
        try {
            updated = inNewTransaction(() -> fenced(jdbc.sql(sql.formatted("mensagem")), claimed)
                .param("now", rows.time(now))
                .update());
        }
        catch (DuplicateKeyException ex) {
            // Another step holds this message's answer, and ours was posted too: record the truth without the key.
            log.warn("Reply ledger entry {} was sent although another step already answered its message",
                    claimed.id());
            updated = inNewTransaction(
                    () -> fenced(jdbc.sql(sql.formatted("NULL")), claimed).param("now", rows.time(now)).update());
        }
        return updated == 1 || heldStill(claimed, get(claimed.id()), LedgerStatus.SENT);
    }

    /**
     * Marks a claimed action as failed, while the entry is still at the claimed version; it may be claimed again.
     * The error must not contain secrets.
     *
     * @return the entry as it is now
     */
    public LedgerEntry markFailed(LedgerEntry claimed, String error) {
        return finishIntent(claimed, LedgerStatus.FAILED, "error", abbreviate(error));
    }

    /**
     * Marks a claimed action as abandoned (the conversation changed before posting), while the entry is still at the
     * claimed version; it may be claimed again.
     *
     * @return the entry as it is now
     */
    public LedgerEntry markAbandoned(LedgerEntry claimed, String reason) {
        return finishIntent(claimed, LedgerStatus.ABANDONED, "reason", reason);
    }

    /**
     * Records that a send of a claimed action ended without TempBox's answer (a timeout, a 5xx) and that the
     * conversation does not show its text yet: the entry stays INTENT, holding its message's answer, since TempBox may
     * still store the text; it is reconciled once the settle delay has passed since now (the database's time). Fenced
     * like the other outcomes. The error must not contain secrets.
     */
    public LedgerEntry markSendUnknown(LedgerEntry claimed, String error) {
        return updateIntent(claimed, "unknown_send_at = CURRENT_TIMESTAMP, error = :error", error);
    }

    /**
     * Records why a claimed action whose text was posted is not complete yet (a forward that failed): the entry stays
     * INTENT, holding its message's answer, and the step's start settles it again later. Fenced like the other
     * outcomes. The error must not contain secrets.
     */
    public LedgerEntry markIncomplete(LedgerEntry claimed, String error) {
        return updateIntent(claimed, "error = :error", error);
    }

    /**
     * Counts one more attempt of a claimed action that is about to be sent again (an unconfirmed intent whose message
     * was not found in the conversation), while the entry is still at the claimed version.
     *
     * @return the entry as it is now
     */
    public LedgerEntry recordAttempt(LedgerEntry claimed) {
        inNewTransaction(() -> fenced(jdbc.sql("""
                UPDATE reply_ledger SET attempts = attempts + 1, updated_at = :now, heartbeat_at = CURRENT_TIMESTAMP
                WHERE id = :id AND claim_version = :version AND status = 'INTENT'"""), claimed)
            .param("now", rows.time(now()))
            .update());
        LedgerEntry entry = get(claimed.id());
        heldStill(claimed, entry, LedgerStatus.INTENT);
        return entry;
    }

    /**
     * Refreshes the heartbeat of a claimed intent (in the database's time) and says whether this delivery still holds
     * it: false when another runner took it over or it is no longer an intent, and then nothing must be posted.
     */
    public boolean touch(LedgerEntry claimed) {
        return inNewTransaction(() -> fenced(jdbc.sql("""
                UPDATE reply_ledger SET heartbeat_at = CURRENT_TIMESTAMP
                WHERE id = :id AND claim_version = :version AND status = 'INTENT'"""), claimed).update()) == 1;
    }

    /**
     * Keeps a claimed intent fresh ({@link #touch}) every {@code every} until the returned heartbeat is closed, so
     * that the delivery holding it is not taken for a crashed one however long its TempBox calls take. A zero period
     * keeps nothing fresh.
     */
    public IntentHeartbeat keepAlive(LedgerEntry claimed, Duration every) {
        if (every.isZero() || every.isNegative()) {
            return new IntentHeartbeat(null);
        }
        long millis = Math.max(1, every.toMillis());
        AtomicReference<@Nullable ScheduledFuture<?>> self = new AtomicReference<>();
        self.set(heartbeats().scheduleAtFixedRate(() -> {
            try {
                ScheduledFuture<?> future = self.get();
                if (!touch(claimed) && future != null) {
                    // another runner took it over, or it is finished: nothing left to keep fresh
                    future.cancel(false);
                }
            }
            catch (RuntimeException ex) {
                log.warn("Could not refresh the heartbeat of reply ledger entry {}: {}", claimed.id(), ex.toString());
            }
        }, millis, millis, TimeUnit.MILLISECONDS));
        return new IntentHeartbeat(self.get());
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
        int updated = inNewTransaction(() -> fenced(jdbc.sql("""
                UPDATE reply_ledger SET claim_version = claim_version + 1, heartbeat_at = CURRENT_TIMESTAMP,
                       updated_at = :now
                WHERE id = :id AND claim_version = :version AND status = 'INTENT'
                  AND %s""".formatted(UNCONFIRMED)), unconfirmed)
            .param("now", rows.time(now()))
            .param("ago", unconfirmedFor.toMillis())
            .param("settle", unknownSendSettle.toMillis())
            .update());
        return (updated == 1) ? Optional.of(get(unconfirmed.id())) : Optional.empty();
    }

    /** Stops refreshing heartbeats (the application shuts down). */
    public synchronized void close() {
        if (heartbeats != null) {
            heartbeats.shutdownNow();
            heartbeats = null;
        }
    }

    /**
     * Records that a step leaves this customer message to a later step or run; an entry already SENT or INTENT is
     * left as it is.
     */
    public LedgerEntry recordDeferred(NewAction action, String reason) {
        return recordDecision(action, LedgerStatus.DEFERRED, reason);
    }

    /**
     * Records that a step does not act on this customer message; an entry already SENT or INTENT is left as it is.
     */
    public LedgerEntry recordSkipped(NewAction action, String reason) {
        return recordDecision(action, LedgerStatus.SKIPPED, reason);
    }

    /**
     * Records that a step could not work on this customer message this time for a reason of its conversation alone
     * (TempBox could not read it for the step): FAILED, one attempt more than before, so that later runs try it again
     * until {@link #givenUp} says they should stop. An entry already SENT or INTENT is left as it is. The error must
     * not contain secrets.
     */
    public LedgerEntry recordFailure(NewAction action, String error) {
        try {
            inNewTransaction(() -> insert(action, LedgerStatus.FAILED, null) + byKey(jdbc.sql("""
                    UPDATE reply_ledger SET error = :error
                    WHERE tenant_id = :tenant AND mensagem = :mensagem AND step = :step"""), action)
                .param("error", abbreviate(error))
                .update());
        }
        catch (DuplicateKeyException ex) {
            inNewTransaction(() -> byKey(withAction(jdbc.sql("""
                    UPDATE reply_ledger SET status = 'FAILED', attempts = attempts + 1, error = :error, reason = NULL,
                           action = :action, text = :text, detail = :detail, job_execution_id = :job, updated_at = :now
                    WHERE tenant_id = :tenant AND mensagem = :mensagem AND step = :step
                      AND status IN ('FAILED', 'ABANDONED', 'DEFERRED', 'SKIPPED')"""), action), action)
                .param("error", abbreviate(error))
                .param("now", rows.time(now()))
                .update());
        }
        return findByKey(action).orElseThrow();
    }

    /**
     * Of the given customer messages, those whose entry for the step records {@link #recordFailure failures} of their
     * conversation in at least {@code maxAttempts} runs: the step gives up on them (they stay FAILED, for a person).
     */
    public Set<String> givenUp(String tenantId, String step, Collection<String> messageIds, int maxAttempts) {
        Set<String> givenUp = new HashSet<>();
        for (List<String> ids : slices(messageIds)) {
            givenUp.addAll(jdbc.sql("SELECT l.mensagem FROM " + ENTRIES_OF_IDS + """

                      AND l.step = :step AND l.status = 'FAILED' AND l.action = 'SKIP' AND l.attempts >= :max""")
                .param("tenant", tenantId)
                .param("step", step)
                .param("ids", valuesRows(ids))
                .param("max", maxAttempts)
                .query(String.class)
                .list());
        }
        return givenUp;
    }

    /**
     * The status of each of the given customer messages that has an entry, in one query per 500 ids, for readers
     * to filter. When several steps have entries for a message, the strongest status wins: SENT, then INTENT,
     * FAILED, ABANDONED, DEFERRED, SKIPPED ({@link LedgerStatus#holdsAnswer()} tells whether it is answered).
     */
    public Map<String, LedgerStatus> statusByMessage(String tenantId, Collection<String> messageIds) {
        Map<String, LedgerStatus> statuses = new HashMap<>();
        for (List<String> ids : slices(messageIds)) {
            jdbc.sql("SELECT l.mensagem, l.status FROM " + ENTRIES_OF_IDS)
                .param("tenant", tenantId)
                .param("ids", valuesRows(ids))
                .query((rs, n) -> Map.entry(rs.getString("mensagem"), LedgerStatus.valueOf(rs.getString("status"))))
                .list()
                .forEach(e -> statuses.merge(e.getKey(), e.getValue(), LedgerStatus::strongest));
        }
        return statuses;
    }

    /**
     * The status of one step's entry for each of the given customer messages that has one.
     */
    public Map<String, LedgerStatus> statusByMessage(String tenantId, String step, Collection<String> messageIds) {
        Map<String, LedgerStatus> statuses = new HashMap<>();
        for (List<String> ids : slices(messageIds)) {
            jdbc.sql("SELECT l.mensagem, l.status FROM " + ENTRIES_OF_IDS + " AND l.step = :step")
                .param("tenant", tenantId)
                .param("step", step)
                .param("ids", valuesRows(ids))
                .query((rs, n) -> Map.entry(rs.getString("mensagem"), LedgerStatus.valueOf(rs.getString("status"))))
                .list()
                .forEach(e -> statuses.put(e.getKey(), e.getValue()));
        }
        return statuses;
    }

    /**
     * Every step's status for each of the given customer messages that has entries (message id, then step, then
     * status), in one query per 500 ids: what a reader needs to know both whether a message is answered (a status that
     * {@link LedgerStatus#holdsAnswer() holds the answer}) and what its own step already decided.
     */
    public Map<String, Map<String, LedgerStatus>> statusByMessageAndStep(String tenantId,
            Collection<String> messageIds) {
        Map<String, Map<String, LedgerStatus>> statuses = new HashMap<>();
        for (List<String> ids : slices(messageIds)) {
            jdbc.sql("SELECT l.mensagem, l.step, l.status FROM " + ENTRIES_OF_IDS)
                .param("tenant", tenantId)
                .param("ids", valuesRows(ids))
                .query((rs, n) -> {
                    statuses.computeIfAbsent(rs.getString("mensagem"), id -> new HashMap<>())
                        .put(rs.getString("step"), LedgerStatus.valueOf(rs.getString("status")));
                    return n;
                })
                .list();
        }
        return statuses;
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
        return jdbc.sql("""
                SELECT * FROM reply_ledger
                WHERE tenant_id = :tenant AND status = 'INTENT' AND %s
                ORDER BY heartbeat_at, id""".formatted(UNCONFIRMED))
            .param("tenant", tenantId)
            .param("ago", unconfirmedFor.toMillis())
            .param("settle", unknownSendSettle.toMillis())
            .query(rows)
            .list();
    }

    /**
     * Everything Respondo recorded about one conversation, oldest first.
     */
    public List<LedgerEntry> findByConversation(String atendimento) {
        return jdbc.sql("SELECT * FROM reply_ledger WHERE atendimento = :atendimento ORDER BY created_at, id")
            .param("atendimento", atendimento)
            .query(rows)
            .list();
    }

    /**
     * The number of entries created per hour (UTC), tenant, action and current status since the given instant.
     */
    public List<LedgerCount> hourlyCounts(Instant since) {
        return jdbc.sql("""
                SELECT tenant_id, DATE_TRUNC('hour', created_at) AS created_hour, action, status, COUNT(*) AS entries
                FROM reply_ledger WHERE created_at >= :since
                GROUP BY tenant_id, DATE_TRUNC('hour', created_at), action, status
                ORDER BY created_hour, tenant_id, action, status""")
            .param("since", rows.time(since))
            .query((rs, n) -> new LedgerCount(rs.getString("tenant_id"), LedgerRows.instant(rs, "created_hour"),
                    LedgerAction.valueOf(rs.getString("action")), LedgerStatus.valueOf(rs.getString("status")),
                    rs.getLong("entries")))
            .list();
    }

    /**
     * How many entries of each step and status the given job execution last acted on (for the admin API's per-step
     * counts: actions sent, failed, deferred...).
     */
    public Map<String, Map<LedgerStatus, Long>> countsByStep(long jobExecutionId) {
        Map<String, Map<LedgerStatus, Long>> counts = new TreeMap<>();
        jdbc.sql("""
                SELECT step, status, COUNT(*) AS entries FROM reply_ledger WHERE job_execution_id = :job
                GROUP BY step, status""")
            .param("job", jobExecutionId)
            .query((rs, n) -> {
                counts.computeIfAbsent(rs.getString("step"), step -> new EnumMap<>(LedgerStatus.class))
                    .put(LedgerStatus.valueOf(rs.getString("status")), rs.getLong("entries"));
                return null;
            })
            .list();
        return counts;
    }

    /**
     * The entries in the given status that the given job execution last acted on, most recently changed first.
     */
    public List<LedgerEntry> findByJobExecution(long jobExecutionId, LedgerStatus status, int limit) {
        return jdbc.sql("""
                SELECT * FROM reply_ledger WHERE job_execution_id = :job AND status = :status
                ORDER BY updated_at DESC, id DESC FETCH FIRST :limit ROWS ONLY""")
            .param("job", jobExecutionId)
            .param("status", status.name())
            .param("limit", limit)
            .query(rows)
            .list();
    }

    /**
     * The entries in the given status, most recently changed first (e.g. the latest failures, for dashboards).
     */
    public List<LedgerEntry> latest(LedgerStatus status, int limit) {
        return jdbc.sql("""
                SELECT * FROM reply_ledger WHERE status = :status
                ORDER BY updated_at DESC, id DESC FETCH FIRST :limit ROWS ONLY""")
            .param("status", status.name())
            .param("limit", limit)
            .query(rows)
            .list();
    }

    /**
     * One entry by id.
     *
     * @throws IllegalArgumentException when there is none
     */
    public LedgerEntry get(long id) {
        return jdbc.sql("SELECT * FROM reply_ledger WHERE id = :id")
            .param("id", id)
            .query(rows)
            .optional()
            .orElseThrow(() -> new IllegalArgumentException("No reply ledger entry with id " + id));
    }

    private Optional<Claim> tryClaim(NewAction action) {
        try {
            // the entry as inserted, with its generated id: no reading it back
            LedgerEntry entry = inNewTransaction(() -> insertIntent(action));
            return Optional.of(new Claim(Claim.Outcome.CLAIMED, entry));
        }
        catch (DuplicateKeyException ex) {
            return resolveExisting(action);
        }
        catch (ConcurrencyFailureException ex) {
            // H2 may report a concurrent insert of the same key as a lock conflict: look again.
            return Optional.empty();
        }
    }

    private Optional<Claim> resolveExisting(NewAction action) {
        Optional<LedgerEntry> own = findByKey(action);
        if (own.isEmpty()) {
            // An empty answer means the other step's hold vanished meanwhile: the caller tries again.
            return findAnswerHolder(action).map(holder -> new Claim(Claim.Outcome.ALREADY_ANSWERED, holder));
        }
        LedgerEntry entry = own.get();
        return switch (entry.status()) {
            case SENT, DEFERRED, SKIPPED -> Optional.of(new Claim(Claim.Outcome.ALREADY_DONE, entry));
            case INTENT -> Optional.of(new Claim(Claim.Outcome.UNCONFIRMED, entry));
            case FAILED, ABANDONED -> reclaim(action, entry);
        };
    }

    private Optional<Claim> reclaim(NewAction action, LedgerEntry entry) {
        try {
            int updated = inNewTransaction(() -> withAction(jdbc.sql("""
                    UPDATE reply_ledger SET status = 'INTENT', answering = mensagem, attempts = attempts + 1,
                           action = :action, text = :text, detail = :detail, error = NULL, reason = NULL,
                           job_execution_id = :job, updated_at = :now, claim_version = claim_version + 1,
                           heartbeat_at = CURRENT_TIMESTAMP, unknown_send_at = NULL
                    WHERE id = :id AND status IN ('FAILED', 'ABANDONED')"""), action)
                .param("now", rows.time(now()))
                .param("id", entry.id())
                .update());
            return (updated == 1) ? Optional.of(new Claim(Claim.Outcome.CLAIMED, get(entry.id()))) : Optional.empty();
        }
        catch (DuplicateKeyException ex) {
            return findAnswerHolder(action).map(holder -> new Claim(Claim.Outcome.ALREADY_ANSWERED, holder));
        }
        catch (ConcurrencyFailureException ex) {
            return Optional.empty();
        }
    }

    private LedgerEntry recordDecision(NewAction action, LedgerStatus status, String reason) {
        try {
            inNewTransaction(() -> insert(action, status, reason));
        }
        catch (DuplicateKeyException ex) {
            inNewTransaction(() -> withAction(jdbc.sql("""
                    UPDATE reply_ledger SET status = :status, reason = :reason, action = :action, text = :text,
                           detail = :detail, job_execution_id = :job, updated_at = :now
                    WHERE tenant_id = :tenant AND mensagem = :mensagem AND step = :step
                      AND status IN ('FAILED', 'ABANDONED', 'DEFERRED', 'SKIPPED')"""), action)
                .param("status", status.name())
                .param("reason", reason)
                .param("now", rows.time(now()))
                .param("tenant", action.tenantId())
                .param("mensagem", action.mensagem())
                .param("step", action.step())
                .update());
        }
        return findByKey(action).orElseThrow();
    }

    private LedgerEntry finishIntent(LedgerEntry claimed, LedgerStatus status, String column, String text) {
        LedgerEntry entry = inNewTransaction(() -> {
            fenced(jdbc.sql("""
                    UPDATE reply_ledger SET status = :status, answering = NULL, %s = :text, updated_at = :now,
                           unknown_send_at = NULL
                    WHERE id = :id AND claim_version = :version AND status = 'INTENT'""".formatted(column)), claimed)
                .param("status", status.name())
                .param("text", text)
                .param("now", rows.time(now()))
                .update();
            return get(claimed.id());
        });
        heldStill(claimed, entry, status);
        return entry;
    }

    /** Binds the fence of a change after a post: the entry's id and the version its delivery claimed. */
    private static JdbcClient.StatementSpec fenced(JdbcClient.StatementSpec statement, LedgerEntry claimed) {
        return statement.param("id", claimed.id()).param("version", claimed.version());
    }

    /**
     * Whether the claim still holds the entry (it is at the claimed version); logs, when not, the outcome that was not
     * written over another runner's claim.
     */
    private static boolean heldStill(LedgerEntry claimed, LedgerEntry now, LedgerStatus outcome) {
        if (now.version() == claimed.version()) {
            return now.status() == outcome;
        }
        log.warn("Reply ledger entry {} was claimed again by another runner (version {}, now {}, {}): {} not recorded "
                + "for the claim of version {}", claimed.id(), claimed.version(), now.version(), now.status(), outcome,
                claimed.version());
        return false;
    }

    private synchronized ScheduledExecutorService heartbeats() {
        if (heartbeats == null) {
            heartbeats = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "respondo-ledger-heartbeats");
                thread.setDaemon(true);
                return thread;
            });
        }
        return heartbeats;
    }

    /** Changes a claimed INTENT's error and what {@code assignments} say, with its update time (fenced). */
    private LedgerEntry updateIntent(LedgerEntry claimed, String assignments, String error) {
        LedgerEntry entry = inNewTransaction(() -> {
            fenced(jdbc.sql("UPDATE reply_ledger SET " + assignments + ", updated_at = :now "
                    + "WHERE id = :id AND claim_version = :version AND status = 'INTENT'"), claimed)
                .param("now", rows.time(now()))
                .param("error", abbreviate(error))
                .update();
            return get(claimed.id());
        });
        heldStill(claimed, entry, LedgerStatus.INTENT);
        return entry;
    }

    private int insert(NewAction action, LedgerStatus status, @Nullable String reason) {
        return insertStatement(action, status, reason, rows.json(action.detail()), now()).update();
    }

    private LedgerEntry insertIntent(NewAction action) {
        String detail = rows.json(action.detail());
        Instant now = now();
        KeyHolder key = new GeneratedKeyHolder();
        insertStatement(action, LedgerStatus.INTENT, null, detail, now).update(key, "id");
        Number id = key.getKey();
        if (id == null) {
            throw new IllegalStateException("The database returned no id for the new entry of " + describe(action));
        }
        return rows.inserted(id.longValue(), action, LedgerStatus.INTENT, detail, now);
    }

    private JdbcClient.StatementSpec insertStatement(NewAction action, LedgerStatus status, @Nullable String reason,
            String detail, Instant now) {
        return withAction(jdbc.sql("""
                INSERT INTO reply_ledger (tenant_id, atendimento, mensagem, step, action, status, answering, text,
                                          detail, attempts, reason, job_execution_id, created_at, updated_at)
                VALUES (:tenant, :atendimento, :mensagem, :step, :action, :status, :answering, :text,
                        :detail, 1, :reason, :job, :now, :now)"""), action, detail)
            .param("tenant", action.tenantId())
            .param("atendimento", action.atendimento())
            .param("mensagem", action.mensagem())
            .param("step", action.step())
            .param("status", status.name())
            .param("answering", status.holdsAnswer() ? action.mensagem() : null, Types.VARCHAR)
            .param("reason", reason, Types.VARCHAR)
            .param("now", rows.time(now));
    }

    /**
     * Binds what an action says about itself: its kind, text, detail and job execution.
     */
    private JdbcClient.StatementSpec withAction(JdbcClient.StatementSpec statement, NewAction action) {
        return withAction(statement, action, rows.json(action.detail()));
    }

    private JdbcClient.StatementSpec withAction(JdbcClient.StatementSpec statement, NewAction action,
            String detailJson) {
        return statement.param("action", action.action().name())
            .param("text", action.text(), Types.VARCHAR)
            .param("detail", detailJson, Types.VARCHAR)
            .param("job", action.jobExecutionId(), Types.BIGINT);
    }

    /** Binds the action's key: tenant, customer message and step. */
    private static JdbcClient.StatementSpec byKey(JdbcClient.StatementSpec statement, NewAction action) {
        return statement.param("tenant", action.tenantId())
            .param("mensagem", action.mensagem())
            .param("step", action.step());
    }

    private Optional<LedgerEntry> findByKey(NewAction action) {
        return jdbc.sql("""
                SELECT * FROM reply_ledger WHERE tenant_id = :tenant AND mensagem = :mensagem AND step = :step""")
            .param("tenant", action.tenantId())
            .param("mensagem", action.mensagem())
            .param("step", action.step())
            .query(rows)
            .optional();
    }

    private Optional<LedgerEntry> findAnswerHolder(NewAction action) {
        return jdbc.sql("SELECT * FROM reply_ledger WHERE tenant_id = :tenant AND answering = :mensagem")
            .param("tenant", action.tenantId())
            .param("mensagem", action.mensagem())
            .query(rows)
            .optional();
    }

    private <T> T inNewTransaction(Supplier<T> work) {
        T result = newTransaction.execute(status -> work.get());
        if (result == null) {
            throw new IllegalStateException("Ledger transaction returned nothing");
        }
        return result;
    }

    private Instant now() {
        // Both databases keep microseconds: truncating here makes what is returned equal what is stored.
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** Ids as one-column rows, which a named parameter expands to {@code (?), (?), ...}. */
    private static List<Object[]> valuesRows(List<String> ids) {
        return ids.stream().map(id -> new Object[] { id }).toList();
    }

    private static List<List<String>> slices(Collection<String> ids) {
        List<String> all = List.copyOf(ids);
        List<List<String>> slices = new ArrayList<>();
        for (int from = 0; from < all.size(); from += IN_LIST_SIZE) {
            slices.add(all.subList(from, Math.min(all.size(), from + IN_LIST_SIZE)));
        }
        return slices;
    }

    private static String abbreviate(String text) {
        return (text.length() <= MAX_ERROR_LENGTH) ? text : text.substring(0, MAX_ERROR_LENGTH - 1) + "…";
    }

    private static String describe(NewAction action) {
        return "tenant " + action.tenantId() + ", message " + action.mensagem() + ", step " + action.step();
    }
}
