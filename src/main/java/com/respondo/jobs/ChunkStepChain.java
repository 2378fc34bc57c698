package com.respondo.jobs;

import org.springframework.batch.core.listener.SkipListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.listener.StepListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.ChunkOrientedStepBuilder;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.skip.SkipPolicy;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The chunk step every worker step is, written once: named after the job file's step, {@code chunk-size} items a
 * transaction, in the job repository's transaction manager, its reads counted live ({@link LiveReads}). A step's
 * variant ({@link StepVariant}) only chooses the {@link ChunkStepParts}.
 */
public final class ChunkStepChain {

    private final JobRepository jobRepository;

    private final PlatformTransactionManager transactionManager;

    public ChunkStepChain(JobRepository jobRepository, PlatformTransactionManager transactionManager) {
        this.jobRepository = jobRepository;
        this.transactionManager = transactionManager;
    }

    /** A new worker step of the settings' name and chunk size, made of the parts. */
    public <I, O> Step build(StepSettings settings, ChunkStepParts<I, O> parts) {
        ChunkOrientedStepBuilder<I, O> chain = new StepBuilder(settings.stepName(), jobRepository)
            .<I, O>chunk(settings.chunkSize())
            .transactionManager(transactionManager)
            .reader(parts.reader())
            .writer(parts.writer());
        ItemProcessor<? super I, ? extends O> processor = parts.processor();
        if (processor != null) {
            chain.processor(processor);
        }
        SkipPolicy skipPolicy = parts.skipPolicy();
        SkipListener<? super I, ? super O> skipListener = parts.skipListener();
        if (skipPolicy != null && skipListener != null) {
            chain.faultTolerant().skipPolicy(skipPolicy).skipListener(skipListener);
        }
        AsyncTaskExecutor pool = parts.pool();
        if (pool != null) {
            chain.taskExecutor(pool);
        }
        for (StepExecutionListener listener : parts.listeners()) {
            chain.listener(listener);
        }
        chain.listener((StepListener) LiveReads.INSTANCE);
        return chain.build();
    }
}
