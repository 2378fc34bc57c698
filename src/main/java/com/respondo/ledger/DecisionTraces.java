package com.respondo.ledger;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes the decision trace ({@code decision_trace}): one row per tenant, conversation, customer message, step and
 * action, written again (never added) when a retried chunk acts on the same decision, so that the row shows the last
 * attempt. Each write runs on its own, after the ledger's; a failed write is logged and loses only the trace. At most
 * once per {@code cleanup-interval}, a write deletes the rows older than {@code retention}. (The admin API reads the
 * rows through {@link LedgerQueries}.)
 */
public class DecisionTraces {

    private static final Logger log = LoggerFactory.getLogger(DecisionTraces.class);

    private final JdbcClient jdbc;

    private final TraceProperties properties;

    private final Clock clock;

    private final AtomicReference<Instant> lastCleanup = new AtomicReference<>(Instant.EPOCH);

    public DecisionTraces(DataSource dataSource, TraceProperties properties) {
        this(dataSource, properties, Clock.systemUTC());
    }

    DecisionTraces(DataSource dataSource, TraceProperties properties, Clock clock) {
        this.jdbc = JdbcClient.create(dataSource);
        this.properties = properties;
        this.clock = clock;
    }

    /** Records the trace of a decision, or updates the row of the same decision; never throws a database error. */
    public void record(DecisionTrace trace) {
        Instant now = clock.instant();
        try {
            if (update(trace, now) == 0) {
                try {
                    insert(trace, now);
                }
                catch (DuplicateKeyException ex) {
                    update(trace, now); // a concurrent writer of the same decision inserted first
                }
            }
            cleanUp(now);
        }
        catch (DataAccessException ex) {
            log.warn("Could not record the decision trace of tenant {} step {} conversation {}: {}",
                    trace.tenantId(), trace.step(), trace.atendimento(), ex.getMostSpecificCause().getMessage());
        }
    }

    /** Deletes the traces first recorded before {@code now - retention}; says how many. */
    public int deleteExpired(Instant now) {
        return jdbc.sql("DELETE FROM decision_trace WHERE created_at < :before")
            .param("before", time(now.minus(properties.retention())))
            .update();
    }

    private void cleanUp(Instant now) {
        Instant last = lastCleanup.get();
        if (now.isBefore(last.plus(properties.cleanupInterval())) || !lastCleanup.compareAndSet(last, now)) {
            return;
        }
        int deleted = deleteExpired(now);
        if (deleted > 0) {
            log.debug("Deleted {} decision traces older than {}", deleted, properties.retention());
        }
    }

    private int update(DecisionTrace trace, Instant now) {
        return bind(jdbc.sql("""
                UPDATE decision_trace SET outcome = :outcome, protocol = COALESCE(:protocol, protocol),
                    customer_text = :customerText, bot_text = :botText, basis = :basis, confidence = :confidence,
                    reason = :reason, sources = :sources, prompt = :prompt, prompt_version = :promptVersion,
                    model = :model, prompt_tokens = :promptTokens, completion_tokens = :completionTokens,
                    cached_tokens = :cachedTokens, llm_reused = :reused, raw_answer = :rawAnswer, updated_at = :now
                WHERE tenant_id = :tenant AND atendimento = :atendimento AND mensagem = :mensagem AND step = :step
                    AND action = :action"""), trace, now)
            .update();
    }

    private void insert(DecisionTrace trace, Instant now) {
        bind(jdbc.sql("""
                INSERT INTO decision_trace (tenant_id, atendimento, mensagem, step, action, outcome, protocol,
                    customer_text, bot_text, basis, confidence, reason, sources, prompt, prompt_version, model,
                    prompt_tokens, completion_tokens, cached_tokens, llm_reused, raw_answer, created_at, updated_at)
                VALUES (:tenant, :atendimento, :mensagem, :step, :action, :outcome, :protocol, :customerText,
                    :botText, :basis, :confidence, :reason, :sources, :prompt, :promptVersion, :model,
                    :promptTokens, :completionTokens, :cachedTokens, :reused, :rawAnswer, :now, :now)"""),
                trace, now)
            .update();
    }

    private JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql, DecisionTrace trace, Instant now) {
        DecisionTrace.Call call = trace.llm();
        return sql.param("tenant", trace.tenantId())
            .param("atendimento", trace.atendimento())
            .param("mensagem", trace.mensagem())
            .param("step", trace.step())
            .param("action", trace.action())
            .param("outcome", trace.outcome())
            .param("protocol", trace.protocol())
            .param("customerText", bounded(trace.customerText()))
            .param("botText", trace.botText())
            .param("basis", trace.basis())
            .param("confidence", trace.confidence())
            .param("reason", trace.reason())
            .param("sources", String.join("\n", trace.sources()))
            .param("prompt", call == null ? null : call.prompt())
            .param("promptVersion", call == null ? null : call.promptVersion())
            .param("model", call == null ? null : call.model())
            .param("promptTokens", call == null ? 0 : call.promptTokens())
            .param("completionTokens", call == null ? 0 : call.completionTokens())
            .param("cachedTokens", call == null ? 0 : call.cachedTokens())
            .param("reused", call != null && call.reused())
            .param("rawAnswer", call == null ? null : bounded(call.rawAnswer()))
            .param("now", time(now));
    }

    private @Nullable String bounded(@Nullable String text) {
        if (text == null || text.length() <= properties.maxText()) {
            return text;
        }
        int end = properties.maxText() - 1;
        return text.substring(0, Character.isHighSurrogate(text.charAt(end - 1)) ? end - 1 : end) + "…";
    }

    static OffsetDateTime time(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
