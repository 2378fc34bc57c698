package com.respondo.ledger;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.RowMapper;

/**
 * What the ledger says about a page of customer messages, for the readers of the reply steps to filter them: their
 * statuses, and those a step gives up on. One query per 500 ids.
 */
final class MessageStatuses {

    private static final int IN_LIST_SIZE = 500;

    /**
     * The entries of a tenant's customer messages given as a {@code VALUES} list ({@code :ids}, see
     * {@link #valuesRows}), joined on the unique key's (tenant, message): one index lookup per id. The plain
     * {@code tenant_id = :tenant AND mensagem IN (:ids)} made H2 read every entry of the tenant for each page of
     * the readers, a cost that grew with the ledger.
     */
    private static final String ENTRIES_OF_IDS = """
            (VALUES :ids) AS ids (mensagem)
            JOIN reply_ledger l ON l.tenant_id = :tenant AND l.mensagem = ids.mensagem""";

    private static final RowMapper<Map.Entry<String, LedgerStatus>> MESSAGE_STATUS = (rs, n) -> Map
        .entry(rs.getString("mensagem"), LedgerStatus.valueOf(rs.getString("status")));

    private final LedgerTable table;

    MessageStatuses(LedgerTable table) {
        this.table = table;
    }

    /** See {@link ReplyLedger#givenUp}. */
    Set<String> givenUp(String tenantId, String step, Collection<String> messageIds, int maxAttempts) {
        Set<String> givenUp = new HashSet<>();
        for (List<String> ids : slices(messageIds)) {
            givenUp.addAll(table.sql("SELECT l.mensagem FROM " + ENTRIES_OF_IDS + """

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

    /** See {@link ReplyLedger#statusByMessage(String, Collection)}. */
    Map<String, LedgerStatus> strongestByMessage(String tenantId, Collection<String> messageIds) {
        Map<String, LedgerStatus> statuses = new HashMap<>();
        for (List<String> ids : slices(messageIds)) {
            table.sql("SELECT l.mensagem, l.status FROM " + ENTRIES_OF_IDS)
                .param("tenant", tenantId)
                .param("ids", valuesRows(ids))
                .query(MESSAGE_STATUS)
                .list()
                .forEach(e -> statuses.merge(e.getKey(), e.getValue(), LedgerStatus::strongest));
        }
        return statuses;
    }

    /** See {@link ReplyLedger#statusByMessage(String, String, Collection)}. */
    Map<String, LedgerStatus> byMessage(String tenantId, String step, Collection<String> messageIds) {
        Map<String, LedgerStatus> statuses = new HashMap<>();
        for (List<String> ids : slices(messageIds)) {
            table.sql("SELECT l.mensagem, l.status FROM " + ENTRIES_OF_IDS + " AND l.step = :step")
                .param("tenant", tenantId)
                .param("step", step)
                .param("ids", valuesRows(ids))
                .query(MESSAGE_STATUS)
                .list()
                .forEach(e -> statuses.put(e.getKey(), e.getValue()));
        }
        return statuses;
    }

    /** See {@link ReplyLedger#statusByMessageAndStep}. */
    Map<String, Map<String, LedgerStatus>> byMessageAndStep(String tenantId, Collection<String> messageIds) {
        Map<String, Map<String, LedgerStatus>> statuses = new HashMap<>();
        for (List<String> ids : slices(messageIds)) {
            table.sql("SELECT l.mensagem, l.step, l.status FROM " + ENTRIES_OF_IDS)
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
}
