package com.respondo.datacollection.step;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import com.respondo.tempbox.Tenant;

/**
 * A dry run's writer: logs which fields would be stored for each conversation (never their values) and stores
 * nothing, advances no progress and writes nothing back to TempBox.
 */
final class DryRunCollections implements ItemWriter<CollectionOutcome> {

    private static final Logger log = LoggerFactory.getLogger(DryRunCollections.class);

    private final Tenant tenant;

    DryRunCollections(Tenant tenant) {
        this.tenant = tenant;
    }

    @Override
    public void write(Chunk<? extends CollectionOutcome> chunk) {
        for (CollectionOutcome outcome : chunk) {
            log.info("Data collection (dry run) tenant={} conversation={} would store {}", tenant.id(),
                    outcome.candidate().atendimento(), outcome.fieldNames());
        }
    }
}
