package com.respondo.datacollection.step;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import com.respondo.datacollection.CollectedDataRepository;
import com.respondo.tempbox.TempBoxClient;
import com.respondo.tempbox.Tenant;

/**
 * The writer of the remote mode: TempBox collects the data itself ({@code ColetarDadosIa}, called once per tenant and
 * run, by the tenant's first bucket partition, with the first chunk of conversations that have unread messages), and
 * each conversation's progress moves to its newest message so that a later local run does not read the same messages
 * again.
 */
final class MarkCollectedRemotely implements ItemWriter<Candidate>, StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(MarkCollectedRemotely.class);

    private final TempBoxClient client;

    private final CollectedDataRepository repository;

    private final Tenant tenant;

    private boolean triggered;

    private @Nullable Long jobExecutionId;

    MarkCollectedRemotely(TempBoxClient client, CollectedDataRepository repository, Tenant tenant) {
        this.client = client;
        this.repository = repository;
        this.tenant = tenant;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        this.jobExecutionId = stepExecution.getJobExecutionId();
    }

    @Override
    public void write(Chunk<? extends Candidate> chunk) {
        if (!triggered) {
            client.coletarDadosIa(tenant);
            triggered = true;
            log.info("Asked TempBox to collect the data of tenant '{}' (ColetarDadosIa)", tenant.id());
        }
        for (Candidate candidate : chunk) {
            repository.advance(tenant.id(), candidate.progress(), candidate.newest(), jobExecutionId);
        }
    }
}
