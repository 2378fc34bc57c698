package com.respondo.llm;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes one {@code llm_usage} row per answered call and adds them up per tenant and step (the table is created
 * by the Flyway migration {@code V3__llm_usage.sql}).
 */
public class LlmUsageRepository {

    private static final String TOTALS = """
            SELECT tenant_id, step, COUNT(*) AS calls, SUM(prompt_tokens) AS prompt_tokens,
                   SUM(completion_tokens) AS completion_tokens, AVG(latency_ms) AS average_latency_ms
            FROM llm_usage
            WHERE %s
            GROUP BY tenant_id, step
            ORDER BY tenant_id, step""";

    private final JdbcClient jdbc;

    public LlmUsageRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores one call's usage. */
    public void record(LlmUsage usage) {
        this.jdbc.sql("""
                INSERT INTO llm_usage (tenant_id, step, atendimento, prompt, model, prompt_tokens, completion_tokens,
                                       latency_ms, created_at, cached_tokens)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
            .params(usage.tenantId(), usage.step(), usage.conversationId(), usage.prompt(), usage.model(),
                    usage.promptTokens(), usage.completionTokens(), usage.latency().toMillis(),
                    utc(usage.createdAt()), usage.cachedTokens())
            .update();
    }

    /**
     * Adds up the calls since a moment, per tenant and step.
     * @param since the start of the period (inclusive); {@link Instant#EPOCH} for all time
     * @return one line per tenant and step, ordered by tenant then step
     */
    public List<LlmUsageTotals> totalsSince(Instant since) {
        return this.jdbc.sql(TOTALS.formatted("created_at >= ?"))
            .param(utc(since))
            .query(LlmUsageRepository::totals)
            .list();
    }

    /** @return the totals of one tenant since a moment, per step, ordered by step */
    public List<LlmUsageTotals> totalsSince(String tenantId, Instant since) {
        return this.jdbc.sql(TOTALS.formatted("tenant_id = ? AND created_at >= ?"))
            .params(tenantId, utc(since))
            .query(LlmUsageRepository::totals)
            .list();
    }

    /**
     * The calls of one tenant between {@code from} (inclusive) and {@code to} (exclusive) added up per model, ordered
     * by model (for the outcomes' cost).
     */
    public List<LlmModelTotals> totalsByModel(String tenantId, Instant from, Instant to) {
        return this.jdbc.sql("""
                SELECT model, COUNT(*) AS calls, SUM(prompt_tokens) AS prompt_tokens,
                       SUM(completion_tokens) AS completion_tokens, SUM(cached_tokens) AS cached_tokens
                FROM llm_usage WHERE tenant_id = ? AND created_at >= ? AND created_at < ?
                GROUP BY model ORDER BY model""")
            .params(tenantId, utc(from), utc(to))
            .query((rs, row) -> new LlmModelTotals(rs.getString("model"), rs.getLong("calls"),
                    rs.getLong("prompt_tokens"), rs.getLong("completion_tokens"), rs.getLong("cached_tokens")))
            .list();
    }

    /**
     * Every answered call about one conversation, oldest first.
     */
    public List<LlmUsage> findByConversation(String atendimento) {
        return this.jdbc.sql("""
                SELECT tenant_id, step, atendimento, prompt, model, prompt_tokens, completion_tokens, latency_ms,
                       created_at
                FROM llm_usage WHERE atendimento = ? ORDER BY created_at, id""")
            .param(atendimento)
            .query((rs, row) -> new LlmUsage(rs.getString("tenant_id"), rs.getString("step"),
                    rs.getString("atendimento"), rs.getString("prompt"), rs.getString("model"),
                    rs.getInt("prompt_tokens"), rs.getInt("completion_tokens"),
                    Duration.ofMillis(rs.getLong("latency_ms")),
                    rs.getObject("created_at", OffsetDateTime.class).toInstant()))
            .list();
    }

    /**
     * The calls since a moment added up per hour (UTC), all tenants and steps together, oldest hour first.
     */
    public List<LlmHourlyUsage> hourlyTotals(Instant since) {
        return this.jdbc.sql("""
                SELECT DATE_TRUNC('hour', created_at) AS hour_start, COUNT(*) AS calls,
                       SUM(prompt_tokens) AS prompt_tokens, SUM(completion_tokens) AS completion_tokens,
                       AVG(latency_ms) AS average_latency_ms, MAX(latency_ms) AS max_latency_ms
                FROM llm_usage WHERE created_at >= ?
                GROUP BY DATE_TRUNC('hour', created_at) ORDER BY hour_start""")
            .param(utc(since))
            .query((rs, row) -> new LlmHourlyUsage(rs.getObject("hour_start", OffsetDateTime.class).toInstant(),
                    rs.getLong("calls"), rs.getLong("prompt_tokens"), rs.getLong("completion_tokens"),
                    Math.round(rs.getDouble("average_latency_ms")), rs.getLong("max_latency_ms")))
            .list();
    }

    private static LlmUsageTotals totals(ResultSet rs, int row) throws SQLException {
        return new LlmUsageTotals(rs.getString("tenant_id"), rs.getString("step"), rs.getLong("calls"),
                rs.getLong("prompt_tokens"), rs.getLong("completion_tokens"),
                Math.round(rs.getDouble("average_latency_ms")));
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
