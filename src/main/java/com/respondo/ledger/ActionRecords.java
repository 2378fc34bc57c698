package com.respondo.ledger;

import java.sql.Types;
import java.time.Instant;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/**
 * The writes of the {@link ReplyLedger} addressed by an action's key (tenant, customer message, step): claiming the
 * intent to act, and recording a decision not to act (deferred, skipped) or a failure to read the conversation.
 * Uniqueness is the database's; a concurrent writer of the same key makes the claim look again, never fail.
 */
final class ActionRecords {

    private static final int MAX_CLAIM_ROUNDS = 5;

    private final LedgerTable table;

    ActionRecords(LedgerTable table) {
        this.table = table;
    }

    /** See {@link ReplyLedger#claim}. */
    Claim claim(NewAction action) {
        for (int round = 0; round < MAX_CLAIM_ROUNDS; round++) {
            Optional<Claim> claim = tryClaim(action);
            if (claim.isPresent()) {
                return claim.get();
            }
        }
        throw new ConcurrencyFailureException("Could not claim " + describe(action) + " after " + MAX_CLAIM_ROUNDS
                + " rounds of concurrent changes");
    }

    /** See {@link ReplyLedger#recordDeferred} and {@link ReplyLedger#recordSkipped}. */
    LedgerEntry recordDecision(NewAction action, LedgerStatus status, String reason) {
        try {
            table.inNewTransaction(() -> insert(action, status, reason));
        }
        catch (DuplicateKeyException ex) {
            table.inNewTransaction(() -> byKey(withAction(table.sql("""
                    UPDATE reply_ledger SET status = :status, reason = :reason, action = :action, text = :text,
                           detail = :detail, job_execution_id = :job, updated_at = :now
                    WHERE tenant_id = :tenant AND mensagem = :mensagem AND step = :step
                      AND status IN ('FAILED', 'ABANDONED', 'DEFERRED', 'SKIPPED')"""), action), action)
                .param("status", status.name())
                .param("reason", reason)
                .param("now", table.nowColumn())
                .update());
        }
        return findByKey(action).orElseThrow();
    }

    /** See {@link ReplyLedger#recordFailure}. */
    LedgerEntry recordFailure(NewAction action, String error) {
        try {
            table.inNewTransaction(() -> insert(action, LedgerStatus.FAILED, null) + byKey(table.sql("""
                    UPDATE reply_ledger SET error = :error
                    WHERE tenant_id = :tenant AND mensagem = :mensagem AND step = :step"""), action)
                .param("error", LedgerTable.abbreviate(error))
                .update());
        }
        catch (DuplicateKeyException ex) {
            table.inNewTransaction(() -> byKey(withAction(table.sql("""
                    UPDATE reply_ledger SET status = 'FAILED', attempts = attempts + 1, error = :error, reason = NULL,
                           action = :action, text = :text, detail = :detail, job_execution_id = :job, updated_at = :now
                    WHERE tenant_id = :tenant AND mensagem = :mensagem AND step = :step
                      AND status IN ('FAILED', 'ABANDONED', 'DEFERRED', 'SKIPPED')"""), action), action)
                .param("error", LedgerTable.abbreviate(error))
                .param("now", table.nowColumn())
                .update());
        }
        return findByKey(action).orElseThrow();
    }

    private Optional<Claim> tryClaim(NewAction action) {
        try {
            // the entry as inserted, with its generated id: no reading it back
            LedgerEntry entry = table.inNewTransaction(() -> insertIntent(action));
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
            int updated = table.inNewTransaction(() -> withAction(table.sql("""
                    UPDATE reply_ledger SET status = 'INTENT', answering = mensagem, attempts = attempts + 1,
                           action = :action, text = :text, detail = :detail, error = NULL, reason = NULL,
                           job_execution_id = :job, updated_at = :now, claim_version = claim_version + 1,
                           heartbeat_at = CURRENT_TIMESTAMP, unknown_send_at = NULL
                    WHERE id = :id AND status IN ('FAILED', 'ABANDONED')"""), action)
                .param("now", table.nowColumn())
                .param("id", entry.id())
                .update());
            return (updated == 1) ? Optional.of(new Claim(Claim.Outcome.CLAIMED, table.get(entry.id())))
                    : Optional.empty();
        }
        catch (DuplicateKeyException ex) {
            return findAnswerHolder(action).map(holder -> new Claim(Claim.Outcome.ALREADY_ANSWERED, holder));
        }
        catch (ConcurrencyFailureException ex) {
            return Optional.empty();
        }
    }

    private int insert(NewAction action, LedgerStatus status, @Nullable String reason) {
        return insertStatement(action, status, reason, table.rows().json(action.detail()), table.now()).update();
    }

    private LedgerEntry insertIntent(NewAction action) {
        String detail = table.rows().json(action.detail());
        Instant now = table.now();
        KeyHolder key = new GeneratedKeyHolder();
        insertStatement(action, LedgerStatus.INTENT, null, detail, now).update(key, "id");
        Number id = key.getKey();
        if (id == null) {
            throw new IllegalStateException("The database returned no id for the new entry of " + describe(action));
        }
        return table.rows().inserted(id.longValue(), action, LedgerStatus.INTENT, detail, now);
    }

    private JdbcClient.StatementSpec insertStatement(NewAction action, LedgerStatus status, @Nullable String reason,
            String detail, Instant now) {
        return withAction(table.sql("""
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
            .param("now", table.rows().time(now));
    }

    /**
     * Binds what an action says about itself: its kind, text, detail and job execution.
     */
    private JdbcClient.StatementSpec withAction(JdbcClient.StatementSpec statement, NewAction action) {
        return withAction(statement, action, table.rows().json(action.detail()));
    }

    private static JdbcClient.StatementSpec withAction(JdbcClient.StatementSpec statement, NewAction action,
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
        return byKey(table.sql("""
                SELECT * FROM reply_ledger WHERE tenant_id = :tenant AND mensagem = :mensagem AND step = :step"""),
                action)
            .query(table.rows())
            .optional();
    }

    private Optional<LedgerEntry> findAnswerHolder(NewAction action) {
        return table.sql("SELECT * FROM reply_ledger WHERE tenant_id = :tenant AND answering = :mensagem")
            .param("tenant", action.tenantId())
            .param("mensagem", action.mensagem())
            .query(table.rows())
            .optional();
    }

    private static String describe(NewAction action) {
        return "tenant " + action.tenantId() + ", message " + action.mensagem() + ", step " + action.step();
    }
}
