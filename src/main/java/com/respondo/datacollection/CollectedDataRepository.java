package com.respondo.datacollection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

import com.respondo.datacollection.policy.CustomerData;
import com.respondo.datacollection.policy.LastReadMessage;

/**
 * The collected customer data ({@code collected_data}) and how far each conversation is collected
 * ({@code collection_progress}); the tables are created by the Flyway migration {@code V4__collected_data.sql}.
 * <p>
 * The data-collection step writes through the package-private methods inside its chunk transaction; the public methods
 * read for the admin API. Conversation and message ids are stored and looked up in lower case, so any spelling of a
 * GUID finds its rows.
 */
public class CollectedDataRepository {

    /** The most rows {@link #findSince} returns at once. */
    public static final int MAX_PAGE = 1000;

    private static final int IN_LIST_SIZE = 500;

    private static final String COLUMNS = """
            id, tenant_id, atendimento, name, email, phone, document, document_type, cep, intent, urgency, sentiment,
            summary, source_message_ids, job_execution_id, created_at""";

    private final JdbcClient jdbc;

    private final Clock clock;

    public CollectedDataRepository(DataSource dataSource) {
        this(dataSource, Clock.systemUTC());
    }

    CollectedDataRepository(DataSource dataSource, Clock clock) {
        this.jdbc = JdbcClient.create(dataSource);
        this.clock = clock;
    }

    /** Every row collected from one conversation (any tenant), oldest first. */
    public List<StoredCustomerData> findByConversation(String atendimento) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM collected_data WHERE atendimento = :atendimento ORDER BY id")
            .param("atendimento", id(atendimento))
            .query(CollectedDataRepository::row)
            .list();
    }

    /**
     * The conversations whose collected customer name contains the text (case-insensitive), or whose phone contains
     * its digits (when it has four or more), most recently collected first, at most {@code limit}.
     */
    public List<String> conversationsMatching(String text, int limit) {
        String digits = text.replaceAll("\\D", "");
        String name = "%" + text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
            .replace("_", "\\_") + "%";
        return jdbc.sql("""
                SELECT atendimento FROM collected_data WHERE LOWER(name) LIKE :name ESCAPE '\\'
                OR (:digits <> '' AND phone LIKE :phone) GROUP BY atendimento ORDER BY MAX(id) DESC
                FETCH FIRST :limit ROWS ONLY""")
            .param("name", name)
            .param("digits", (digits.length() >= 4) ? digits : "")
            .param("phone", "%" + digits + "%")
            .param("limit", limit)
            .query(String.class)
            .list();
    }

    /**
     * One page of the rows stored since an instant, in storage order: those with an id above {@code afterId} (0 for
     * the first page; then the last id of the previous page), at most {@code limit} (capped at {@link #MAX_PAGE}).
     *
     * @param tenantId one tenant's rows, or every tenant's when null
     * @param since the earliest {@code createdAt} (inclusive)
     */
    public List<StoredCustomerData> findSince(@Nullable String tenantId, Instant since, long afterId, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
        return sinceParams(jdbc.sql("SELECT " + COLUMNS + " FROM collected_data WHERE " + tenantFilter(tenantId)
                + "created_at >= :since AND id > :after ORDER BY id LIMIT :limit"), tenantId, since)
            .param("after", afterId)
            .param("limit", Math.min(limit, MAX_PAGE))
            .query(CollectedDataRepository::row)
            .list();
    }

    /**
     * Hands every row stored since an instant to {@code action}, in storage order, reading {@value #IN_LIST_SIZE} rows
     * at a time (no connection stays open while the action runs): for exports of any size.
     *
     * @param tenantId one tenant's rows, or every tenant's when null
     */
    public void forEachSince(@Nullable String tenantId, Instant since, Consumer<StoredCustomerData> action) {
        long after = 0;
        List<StoredCustomerData> page;
        do {
            page = findSince(tenantId, since, after, IN_LIST_SIZE);
            page.forEach(action);
            after = page.isEmpty() ? after : page.get(page.size() - 1).id();
        }
        while (page.size() == IN_LIST_SIZE);
    }

    /** How many rows were stored since an instant, for one tenant or (null) all. */
    public long count(@Nullable String tenantId, Instant since) {
        return sinceParams(jdbc.sql("SELECT COUNT(*) FROM collected_data WHERE " + tenantFilter(tenantId)
                + "created_at >= :since"), tenantId, since)
            .query(Long.class)
            .single();
    }

    /** How many rows each tenant stored since an instant, by tenant id in alphabetical order. */
    public Map<String, Long> countByTenant(Instant since) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT tenant_id, COUNT(*) AS stored FROM collected_data WHERE created_at >= :since
                GROUP BY tenant_id ORDER BY tenant_id""")
            .param("since", utc(since))
            .query((rs, n) -> Map.entry(rs.getString("tenant_id"), rs.getLong("stored")))
            .list()
            .forEach(count -> counts.put(count.getKey(), count.getValue()));
        return counts;
    }

    /** How far a conversation (any tenant) has been collected; empty when it never was. */
    public Optional<CollectionProgress> findProgress(String atendimento) {
        return jdbc.sql("SELECT * FROM collection_progress WHERE atendimento = :atendimento ORDER BY tenant_id")
            .param("atendimento", id(atendimento))
            .query(CollectedDataRepository::progress)
            .optional();
    }

    /** The progress of each of the tenant's conversations that has one, by lower-case id, one query per 500 ids. */
    public Map<String, CollectionProgress> progressOf(String tenantId, Collection<String> atendimentos) {
        Map<String, CollectionProgress> progress = new HashMap<>();
        List<String> ids = atendimentos.stream().map(CollectedDataRepository::id).distinct().toList();
        for (int from = 0; from < ids.size(); from += IN_LIST_SIZE) {
            jdbc.sql("SELECT * FROM collection_progress WHERE tenant_id = :tenant AND atendimento IN (:ids)")
                .param("tenant", tenantId)
                .param("ids", ids.subList(from, Math.min(ids.size(), from + IN_LIST_SIZE)))
                .query(CollectedDataRepository::progress)
                .list()
                .forEach(row -> progress.put(row.atendimento(), row));
        }
        return progress;
    }

    /**
     * Moves a conversation's progress to a newer message, provided it still is where the caller read it
     * ({@code expected}: null when it had none), so one message is never collected twice.
     *
     * @throws OptimisticLockingFailureException when the progress moved since it was read
     */
    public void advance(String tenantId, @Nullable CollectionProgress expected, LastReadMessage upTo,
            @Nullable Long jobExecutionId) {
        OffsetDateTime now = utc(clock.instant());
        if (expected == null) {
            jdbc.sql("""
                    INSERT INTO collection_progress (tenant_id, atendimento, last_message_id, last_message_at,
                                                     job_execution_id, updated_at)
                    VALUES (:tenant, :atendimento, :message, :at, :job, :now)""")
                .param("tenant", tenantId)
                .param("atendimento", id(upTo.atendimento()))
                .param("message", id(upTo.messageId()))
                .param("at", utc(upTo.messageAt()))
                .param("job", jobExecutionId)
                .param("now", now)
                .update();
            return;
        }
        int updated = jdbc.sql("""
                UPDATE collection_progress
                SET last_message_id = :message, last_message_at = :at, job_execution_id = :job, updated_at = :now
                WHERE tenant_id = :tenant AND atendimento = :atendimento AND last_message_id = :expected""")
            .param("message", id(upTo.messageId()))
            .param("at", utc(upTo.messageAt()))
            .param("job", jobExecutionId)
            .param("now", now)
            .param("tenant", tenantId)
            .param("atendimento", id(upTo.atendimento()))
            .param("expected", id(expected.lastMessageId()))
            .update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException("The collection progress of conversation "
                    + upTo.atendimento() + " of tenant '" + tenantId + "' moved while it was being collected");
        }
    }

    /** Stores the customer data collected from a conversation; answers the new row's id. */
    public long store(String tenantId, String atendimento, CustomerData data, @Nullable Long jobExecutionId) {
        String document = data.cpf() != null ? data.cpf() : data.cnpj();
        DocumentType type = data.cpf() != null ? DocumentType.CPF : data.cnpj() != null ? DocumentType.CNPJ : null;
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO collected_data (tenant_id, atendimento, name, email, phone, document, document_type, cep,
                                            intent, urgency, sentiment, summary, source_message_ids, job_execution_id,
                                            created_at)
                VALUES (:tenant, :atendimento, :name, :email, :phone, :document, :documentType, :cep, :intent,
                        :urgency, :sentiment, :summary, :sources, :job, :now)""")
            .param("tenant", tenantId)
            .param("atendimento", id(atendimento))
            .param("name", data.name())
            .param("email", data.email())
            .param("phone", data.phone())
            .param("document", document)
            .param("documentType", type == null ? null : type.name())
            .param("cep", data.cep())
            .param("intent", data.intent())
            .param("urgency", data.urgency() == null ? null : data.urgency().name())
            .param("sentiment", data.sentiment() == null ? null : data.sentiment().name())
            .param("summary", data.summary())
            .param("sources", String.join(",", data.sourceMessageIds().stream().map(CollectedDataRepository::id)
                .toList()))
            .param("job", jobExecutionId)
            .param("now", utc(clock.instant()))
            .update(key, "id");
        return Objects.requireNonNull(key.getKey(), "generated id").longValue();
    }

    private static String tenantFilter(@Nullable String tenantId) {
        return tenantId == null ? "" : "tenant_id = :tenant AND ";
    }

    private static StatementSpec sinceParams(StatementSpec statement, @Nullable String tenantId, Instant since) {
        statement.param("since", utc(since));
        return tenantId == null ? statement : statement.param("tenant", tenantId);
    }

    private static StoredCustomerData row(ResultSet rs, int rowNum) throws SQLException {
        String type = rs.getString("document_type");
        String urgency = rs.getString("urgency");
        String sentiment = rs.getString("sentiment");
        String sources = rs.getString("source_message_ids");
        return new StoredCustomerData(rs.getLong("id"), rs.getString("tenant_id"), rs.getString("atendimento"),
                rs.getString("name"), rs.getString("email"), rs.getString("phone"), rs.getString("document"),
                type == null ? null : DocumentType.valueOf(type), rs.getString("cep"), rs.getString("intent"),
                urgency == null ? null : Urgency.valueOf(urgency),
                sentiment == null ? null : Sentiment.valueOf(sentiment), rs.getString("summary"),
                sources == null || sources.isEmpty() ? List.of() : new ArrayList<>(Arrays.asList(sources.split(","))),
                nullableLong(rs, "job_execution_id"), instant(rs, "created_at"));
    }

    private static CollectionProgress progress(ResultSet rs, int rowNum) throws SQLException {
        return new CollectionProgress(rs.getString("tenant_id"), rs.getString("atendimento"),
                rs.getString("last_message_id"), instant(rs, "last_message_at"),
                nullableLong(rs, "job_execution_id"), instant(rs, "updated_at"));
    }

    private static @Nullable Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
        if (time == null) {
            throw new SQLException("Column " + column + " is null");
        }
        return time.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** A TempBox GUID as stored: trimmed, lower case. */
    public static String id(String guid) {
        return guid.trim().toLowerCase(Locale.ROOT);
    }
}
