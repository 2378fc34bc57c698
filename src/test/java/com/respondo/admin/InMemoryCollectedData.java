package com.respondo.admin;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A store of collected data for the admin API tests, standing in for the data-collection feature's (and winning
 * over it: {@code @Primary}).
 */
class InMemoryCollectedData implements CollectedDataQuery {

    private final List<CollectedDataRow> rows = new CopyOnWriteArrayList<>();

    void add(CollectedDataRow row) {
        rows.add(row);
    }

    void clear() {
        rows.clear();
    }

    @Override
    public List<CollectedDataRow> byConversation(String atendimento) {
        return rows.stream().filter(row -> row.atendimento().equals(atendimento)).toList();
    }

    @Override
    public List<String> conversationsMatching(String text, int limit) {
        String digits = text.replaceAll("\\D", "");
        return rows.stream()
            .filter(row -> (row.name() != null && row.name().toLowerCase().contains(text.toLowerCase()))
                    || (digits.length() >= 4 && row.phone() != null && row.phone().contains(digits)))
            .map(CollectedDataRow::atendimento)
            .distinct()
            .limit(limit)
            .toList();
    }

    @Override
    public List<CollectedDataRow> page(@Nullable String tenantId, Instant since, long afterId, int limit) {
        return rows.stream()
            .filter(row -> tenantId == null || row.tenantId().equals(tenantId))
            .filter(row -> !row.collectedAt().isBefore(since))
            .filter(row -> row.id() > afterId)
            .sorted(Comparator.comparingLong(CollectedDataRow::id))
            .limit(limit)
            .toList();
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Configuration {

        @Bean
        @Primary
        InMemoryCollectedData inMemoryCollectedData() {
            return new InMemoryCollectedData();
        }
    }
}
