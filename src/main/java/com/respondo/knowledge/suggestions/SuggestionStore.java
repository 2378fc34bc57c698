package com.respondo.knowledge.suggestions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import com.respondo.knowledge.Suggestion;
import com.respondo.knowledge.SuggestionStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The table of suggestions ({@code knowledge_suggestion}): one per tenant and conversation, by its unique key. */
final class SuggestionStore {

    private final JdbcClient jdbc;

    SuggestionStore(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    /** Of these conversations of the tenant, the ones that have a suggestion already (in any status). */
    Set<String> drafted(String tenantId, Collection<String> atendimentos) {
        if (atendimentos.isEmpty()) {
            return Set.of();
        }
        return jdbc.sql("SELECT atendimento FROM knowledge_suggestion WHERE tenant_id = :tenant"
                + " AND atendimento IN (:atendimentos)")
            .param("tenant", tenantId)
            .param("atendimentos", atendimentos)
            .query(String.class)
            .list()
            .stream()
            .collect(Collectors.toSet());
    }

    /** Adds a pending suggestion; empty when the conversation has one already (a concurrent check drafted it). */
    Optional<Suggestion> add(String tenantId, String atendimento, HandoffDraft draft, Instant now) {
        try {
            jdbc.sql("""
                    INSERT INTO knowledge_suggestion (tenant_id, atendimento, question, answer, status, created_at)
                    VALUES (:tenant, :atendimento, :question, :answer, :status, :now)""")
                .param("tenant", tenantId)
                .param("atendimento", atendimento)
                .param("question", draft.question())
                .param("answer", draft.answer())
                .param("status", SuggestionStatus.PENDING.name())
                .param("now", time(now))
                .update();
        }
        catch (DuplicateKeyException ex) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT * FROM knowledge_suggestion WHERE tenant_id = :tenant AND atendimento = :atendimento")
            .param("tenant", tenantId)
            .param("atendimento", atendimento)
            .query(SuggestionStore::suggestion)
            .optional();
    }

    Optional<Suggestion> find(long id) {
        return jdbc.sql("SELECT * FROM knowledge_suggestion WHERE id = :id")
            .param("id", id)
            .query(SuggestionStore::suggestion)
            .optional();
    }

    List<Suggestion> list(@Nullable String tenantId, @Nullable SuggestionStatus status) {
        StringBuilder sql = new StringBuilder("SELECT * FROM knowledge_suggestion WHERE 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (tenantId != null) {
            sql.append(" AND tenant_id = :tenant");
            params.put("tenant", tenantId);
        }
        if (status != null) {
            sql.append(" AND status = :status");
            params.put("status", status.name());
        }
        return jdbc.sql(sql.append(" ORDER BY created_at DESC, id DESC").toString())
            .params(params)
            .query(SuggestionStore::suggestion)
            .list();
    }

    /**
     * Records the decision on a pending suggestion, with its question and answer as approved; false when it was not
     * pending any more (decided meanwhile).
     */
    boolean decide(Suggestion decided, Instant now) {
        return jdbc.sql("""
                UPDATE knowledge_suggestion SET status = :status, question = :question, answer = :answer,
                    file = :file, decided_at = :now
                WHERE id = :id AND status = :pending""")
            .param("status", decided.status().name())
            .param("question", decided.question())
            .param("answer", decided.answer())
            .param("file", decided.file(), java.sql.Types.VARCHAR)
            .param("now", time(now))
            .param("id", decided.id())
            .param("pending", SuggestionStatus.PENDING.name())
            .update() == 1;
    }

    private static Suggestion suggestion(ResultSet rs, int row) throws SQLException {
        OffsetDateTime decided = rs.getObject("decided_at", OffsetDateTime.class);
        return new Suggestion(rs.getLong("id"), rs.getString("tenant_id"), rs.getString("atendimento"),
                rs.getString("question"), rs.getString("answer"), SuggestionStatus.valueOf(rs.getString("status")),
                rs.getString("file"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                decided == null ? null : decided.toInstant());
    }

    private static OffsetDateTime time(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
