package com.respondo.datacollection.step;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import com.respondo.datacollection.CollectedDataRepository;
import com.respondo.datacollection.policy.CustomerData;
import com.respondo.tempbox.TempBoxException;
import com.respondo.tempbox.TempBoxUnauthorizedException;
import com.respondo.tempbox.Tenant;

/**
 * Stores a chunk of collections in the chunk's transaction (each conversation's progress advanced, and its customer
 * data stored when there is any, so the same messages never make two rows), then, for tenants that want it, appends
 * a summary to each conversation's notes. The notes are secondary: a note TempBox does not take is logged and the data
 * kept (TempBox answers every error with Code 500, so failing the chunk could block a tenant's collection on one
 * conversation for good); only a refused token fails the step.
 */
final class StoreCollections implements ItemWriter<CollectionOutcome>, StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(StoreCollections.class);

    private final CollectedDataRepository repository;

    private final Tenant tenant;

    private final @Nullable ConversationNotes notes;

    private @Nullable Long jobExecutionId;

    /** A writer that appends summaries to the conversations' notes when {@code notes} is given. */
    StoreCollections(CollectedDataRepository repository, Tenant tenant, @Nullable ConversationNotes notes) {
        this.repository = repository;
        this.tenant = tenant;
        this.notes = notes;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        this.jobExecutionId = stepExecution.getJobExecutionId();
    }

    @Override
    public void write(Chunk<? extends CollectionOutcome> chunk) {
        for (CollectionOutcome outcome : chunk) {
            store(outcome);
        }
        if (notes != null) {
            for (CollectionOutcome outcome : chunk) {
                writeBack(notes, outcome);
            }
        }
    }

    private void store(CollectionOutcome outcome) {
        Candidate candidate = outcome.candidate();
        repository.advance(tenant.id(), candidate.progress(), outcome.upTo(), jobExecutionId);
        CustomerData data = outcome.data();
        if (data != null) {
            long id = repository.store(tenant.id(), candidate.atendimento(), data, jobExecutionId);
            log.info("Collected {} from {} message(s) of conversation {} of tenant '{}' (row {})",
                    outcome.fieldNames(), data.sourceMessageIds().size(), candidate.atendimento(), tenant.id(), id);
        }
    }

    private void writeBack(ConversationNotes notes, CollectionOutcome outcome) {
        CustomerData data = outcome.data();
        String hash = outcome.candidate().hash();
        String atendimento = outcome.candidate().atendimento();
        if (data == null) {
            return;
        }
        if (hash == null || hash.isBlank()) {
            log.warn("No summary written to conversation {} of tenant '{}': TempBox listed it without its Hash",
                    atendimento, tenant.id());
            return;
        }
        try {
            ConversationNotes.Outcome written = notes.append(tenant, hash, data, outcome.upTo());
            if (written == ConversationNotes.Outcome.NO_CONVERSATION) {
                log.warn("No summary written to conversation {} of tenant '{}': Consultar found no conversation",
                        atendimento, tenant.id());
            }
        }
        catch (TempBoxUnauthorizedException ex) {
            throw ex;
        }
        catch (TempBoxException ex) {
            log.warn("No summary written to conversation {} of tenant '{}': TempBox {} failed: {}", atendimento,
                    tenant.id(), ex.operation(), ex.summary());
        }
    }
}
