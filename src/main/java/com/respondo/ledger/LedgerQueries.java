package com.respondo.ledger;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.json.JsonMapper;

/**
 * The reply ledger as the admin API reads it: a conversation's history, a job execution's entries and counts, the
 * latest entries in a status, hourly counts for the dashboard. Read-only; what is written, and how, is the
 * {@link ReplyLedger}'s.
 */
public class LedgerQueries {

    private final JdbcClient jdbc;

    private final LedgerRows rows;

    public LedgerQueries(DataSource dataSource, JsonMapper jsonMapper) {
        this.jdbc = JdbcClient.create(dataSource);
        this.rows = new LedgerRows(jsonMapper);
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

    /** The decision traces of one conversation, oldest first ({@link DecisionTraces}). */
    public List<DecisionTrace> traces(String atendimento) {
        return jdbc.sql("SELECT * FROM decision_trace WHERE atendimento = :atendimento ORDER BY created_at, id")
            .param("atendimento", atendimento)
            .query(LedgerQueries::trace)
            .list();
    }

    /** The conversations whose protocol number is this one (as TempBox numbers them), at most {@code limit}. */
    public List<String> conversationsWithProtocol(String protocol, int limit) {
        return jdbc.sql("""
                SELECT DISTINCT atendimento FROM decision_trace WHERE protocol = :protocol
                ORDER BY atendimento FETCH FIRST :limit ROWS ONLY""")
            .param("protocol", protocol.strip())
            .param("limit", limit)
            .query(String.class)
            .list();
    }

    private static DecisionTrace trace(ResultSet rs, int row) throws SQLException {
        String prompt = rs.getString("prompt");
        DecisionTrace.Call call = (prompt == null) ? null
                : new DecisionTrace.Call(prompt, Objects.toString(rs.getString("prompt_version"), ""),
                        Objects.toString(rs.getString("model"), ""), rs.getInt("prompt_tokens"),
                        rs.getInt("completion_tokens"), rs.getInt("cached_tokens"), rs.getBoolean("llm_reused"),
                        Objects.toString(rs.getString("raw_answer"), ""));
        double value = rs.getDouble("confidence");
        Double confidence = rs.wasNull() ? null : value;
        String sources = rs.getString("sources");
        OffsetDateTime created = rs.getObject("created_at", OffsetDateTime.class);
        return new DecisionTrace(rs.getString("tenant_id"), rs.getString("atendimento"), rs.getString("mensagem"),
                rs.getString("step"), rs.getString("action"), rs.getString("outcome"), rs.getString("protocol"),
                rs.getString("customer_text"), rs.getString("bot_text"), rs.getString("basis"),
                confidence, rs.getString("reason"),
                (sources == null || sources.isBlank()) ? List.of() : List.of(sources.split("\n")), call,
                created == null ? null : created.toInstant());
    }

    /**
     * The hand-offs sent since the given instant, oldest first: the conversations Respondo passed to a person, each
     * with the customer message it answered.
     */
    public List<LedgerEntry> handoffsSentSince(Instant since) {
        return jdbc.sql("""
                SELECT * FROM reply_ledger WHERE action = :action AND status = :status AND created_at >= :since
                ORDER BY created_at, id""")
            .param("action", LedgerAction.HANDOFF.name())
            .param("status", LedgerStatus.SENT.name())
            .param("since", rows.time(since))
            .query(rows)
            .list();
    }

    /**
     * Every entry of each conversation of the tenant that Respondo sent something to (an entry now SENT) created
     * between {@code from} (inclusive) and {@code to} (exclusive), whenever those entries were created; by
     * conversation, the conversation touched most recently first, each conversation's entries oldest first (for the
     * outcomes).
     */
    public Map<String, List<LedgerEntry>> touchedConversations(String tenantId, Instant from, Instant to) {
        Map<String, List<LedgerEntry>> byConversation = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT l.* FROM reply_ledger l JOIN (
                    SELECT atendimento, MAX(created_at) AS touched FROM reply_ledger
                    WHERE tenant_id = :tenant AND status = :status AND created_at >= :from AND created_at < :to
                    GROUP BY atendimento) t ON t.atendimento = l.atendimento
                WHERE l.tenant_id = :tenant
                ORDER BY t.touched DESC, l.atendimento, l.created_at, l.id""")
            .param("tenant", tenantId)
            .param("status", LedgerStatus.SENT.name())
            .param("from", rows.time(from))
            .param("to", rows.time(to))
            .query(rows)
            .list()
            .forEach(entry -> byConversation.computeIfAbsent(entry.atendimento(), id -> new ArrayList<>()).add(entry));
        return byConversation;
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
     * The newest entry of each conversation the filter selects (its outcome so far: a reply sent, a hand-off, a
     * deferral...), most recently changed first.
     */
    public List<LedgerEntry> latestPerConversation(ConversationFilter filter) {
        List<String> conditions = new ArrayList<>();
        conditions.add("1 = 1");
        if (filter.jobExecutionId() != null) {
            conditions.add("job_execution_id = :job");
        }
        if (filter.tenantId() != null) {
            conditions.add("tenant_id = :tenant");
        }
        if (filter.searches()) {
            List<String> either = new ArrayList<>();
            if (filter.atendimentoPrefix() != null) {
                either.add("LOWER(atendimento) LIKE :prefix ESCAPE '\\'");
            }
            if (!filter.atendimentos().isEmpty()) {
                either.add("atendimento IN (:atendimentos)");
            }
            conditions.add("(" + String.join(" OR ", either) + ")");
        }
        String outcome = (filter.outcome() != null) ? " AND action = :outcome" : "";
        var statement = jdbc.sql("""
                SELECT * FROM (SELECT l.*, ROW_NUMBER() OVER (PARTITION BY tenant_id, atendimento
                ORDER BY created_at DESC, id DESC) AS newest FROM reply_ledger l WHERE %s) latest
                WHERE newest = 1%s ORDER BY updated_at DESC, id DESC FETCH FIRST :limit ROWS ONLY"""
            .formatted(String.join(" AND ", conditions), outcome))
            .param("limit", filter.limit());
        if (filter.jobExecutionId() != null) {
            statement = statement.param("job", filter.jobExecutionId());
        }
        if (filter.tenantId() != null) {
            statement = statement.param("tenant", filter.tenantId());
        }
        if (filter.atendimentoPrefix() != null) {
            statement = statement.param("prefix", likePrefix(filter.atendimentoPrefix()));
        }
        if (!filter.atendimentos().isEmpty()) {
            statement = statement.param("atendimentos", filter.atendimentos());
        }
        if (filter.outcome() != null) {
            statement = statement.param("outcome", filter.outcome().name());
        }
        return statement.query(rows).list();
    }

    /**
     * The entries waiting, per tenant, step and status: intents not yet confirmed sent (INTENT) and answers put off
     * to a later run (DEFERRED).
     */
    public List<WaitingCount> waiting() {
        return jdbc.sql("""
                SELECT tenant_id, step, status, COUNT(*) AS entries FROM reply_ledger
                WHERE status IN ('INTENT', 'DEFERRED') GROUP BY tenant_id, step, status
                ORDER BY tenant_id, step, status""")
            .query((rs, n) -> new WaitingCount(rs.getString("tenant_id"), rs.getString("step"),
                    LedgerStatus.valueOf(rs.getString("status")), rs.getLong("entries")))
            .list();
    }

    private static String likePrefix(String text) {
        return text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                + "%";
    }

    /**
     * How many entries of a tenant and step wait in a status.
     */
    public record WaitingCount(String tenantId, String step, LedgerStatus status, long count) {
    }
}
