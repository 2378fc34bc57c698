package com.respondo.ledger;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Maps {@code reply_ledger} rows to entries and converts the values both databases store the same way (timestamps
 * with time zone as UTC offsets, detail as JSON text).
 */
final class LedgerRows implements RowMapper<LedgerEntry> {

    private static final TypeReference<Map<String, Object>> DETAIL = new TypeReference<>() {
    };

    private final JsonMapper jsonMapper;

    LedgerRows(JsonMapper jsonMapper) {
        this.jsonMapper = jsonMapper;
    }

    @Override
    public LedgerEntry mapRow(ResultSet rs, int rowNum) throws SQLException {
        long jobExecutionId = rs.getLong("job_execution_id");
        Long job = rs.wasNull() ? null : jobExecutionId;
        return new LedgerEntry(rs.getLong("id"), rs.getString("tenant_id"), rs.getString("atendimento"),
                rs.getString("mensagem"), rs.getString("step"), LedgerAction.valueOf(rs.getString("action")),
                LedgerStatus.valueOf(rs.getString("status")), rs.getString("text"), detail(rs.getString("detail")),
                rs.getInt("attempts"), rs.getString("error"), rs.getString("reason"), job, instant(rs, "created_at"),
                instant(rs, "updated_at"), nullableInstant(rs, "sent_at"), rs.getLong("claim_version"),
                nullableInstant(rs, "unknown_send_at"));
    }

    String json(Map<String, @Nullable Object> detail) {
        return jsonMapper.writeValueAsString(detail);
    }

    OffsetDateTime time(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Instant instant = nullableInstant(rs, column);
        if (instant == null) {
            throw new SQLException("Column " + column + " is null");
        }
        return instant;
    }

    /** A new entry as {@link #mapRow} would read it back, from what was inserted. */
    LedgerEntry inserted(long id, NewAction action, LedgerStatus status, String detailJson, Instant now) {
        return new LedgerEntry(id, action.tenantId(), action.atendimento(), action.mensagem(), action.step(),
                action.action(), status, action.text(), detail(detailJson), 1, null, null, action.jobExecutionId(),
                now, now, null, 1, null);
    }

    private Map<String, Object> detail(@Nullable String json) {
        return (json == null || json.isBlank()) ? Map.of() : jsonMapper.readValue(json, DETAIL);
    }

    private static @Nullable Instant nullableInstant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
        return (time != null) ? time.toInstant() : null;
    }
}
