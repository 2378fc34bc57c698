package com.respondo.admin;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import com.respondo.datacollection.CollectedDataRepository;
import com.respondo.datacollection.StoredCustomerData;

/**
 * The admin API's view of the data-collection store: its rows as {@link CollectedDataRow}s.
 */
@Component
class StoredCollectedData implements CollectedDataQuery {

    private final CollectedDataRepository repository;

    StoredCollectedData(CollectedDataRepository repository) {
        this.repository = repository;
    }

    @Override
    public List<CollectedDataRow> byConversation(String atendimento) {
        return repository.findByConversation(atendimento).stream().map(StoredCollectedData::row).toList();
    }

    @Override
    public List<String> conversationsMatching(String text, int limit) {
        return repository.conversationsMatching(text, limit);
    }

    @Override
    public List<CollectedDataRow> page(@Nullable String tenantId, Instant since, long afterId, int limit) {
        return repository.findSince(tenantId, since, afterId, limit).stream().map(StoredCollectedData::row).toList();
    }

    private static CollectedDataRow row(StoredCustomerData data) {
        return new CollectedDataRow(data.id(), data.tenantId(), data.atendimento(), data.createdAt(), data.name(),
                data.email(), data.phone(), data.document(), nameOf(data.documentType()), data.cep(), data.intent(),
                nameOf(data.urgency()), nameOf(data.sentiment()), data.summary(), data.sourceMessageIds());
    }

    private static @Nullable String nameOf(@Nullable Enum<?> value) {
        return (value != null) ? value.name() : null;
    }
}
