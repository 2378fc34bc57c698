package com.respondo.replies.delivery;

import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.core.task.AsyncTaskExecutor;

import com.respondo.jobs.StepPool;

/**
 * One execution of a reply step for one tenant partition: its bounded pool of {@code concurrency} threads (items of
 * a chunk are processed on it, then their actions performed on it), shut down when the step ends, and the job
 * execution the ledger entries name.
 */
public final class PartitionRun implements StepExecutionListener {

    private final StepPool pool;

    private volatile @Nullable Long jobExecutionId;

    public PartitionRun(String threadNamePrefix, int concurrency) {
        this.pool = new StepPool(threadNamePrefix, concurrency);
    }

    /** The partition's bounded pool. */
    public AsyncTaskExecutor pool() {
        return pool.executor();
    }

    /** The job execution running the step, once it started. */
    public @Nullable Long jobExecutionId() {
        return jobExecutionId;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        jobExecutionId = stepExecution.getJobExecutionId();
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        return pool.afterStep(stepExecution);
    }
}
