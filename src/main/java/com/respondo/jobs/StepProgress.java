package com.respondo.jobs;

import org.springframework.batch.core.scope.context.StepContext;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.core.step.StepExecution;

/**
 * Lets a step's reader say how many items it has found so far, so that the admin API and the dashboard can show
 * "done of found" while the step runs (see {@link ExecutionView.Progress}). The figure is kept in the partition's
 * execution context and stored with the next chunk commit.
 */
public final class StepProgress {

    /** Execution-context key of the items found. */
    public static final String FOUND = "respondo.found";

    private StepProgress() {
    }

    /**
     * Records that the step execution running on the calling thread has found {@code found} items so far (for
     * example the rows of the pages read, after filtering); call it from the reader, on the step's thread.
     *
     * @throws IllegalStateException when no step execution runs on the calling thread
     */
    public static void reportFound(long found) {
        StepContext context = StepSynchronizationManager.getContext();
        if (context == null) {
            throw new IllegalStateException("StepProgress.reportFound is called outside of a running step");
        }
        reportFound(context.getStepExecution(), found);
    }

    /**
     * Records that the given step execution has found {@code found} items so far.
     */
    public static void reportFound(StepExecution stepExecution, long found) {
        stepExecution.getExecutionContext().putLong(FOUND, Math.max(0, found));
    }

    /**
     * The items the step execution has read in this JVM and not yet committed: processed or being processed in its
     * current chunk. Zero for a step execution running elsewhere (another instance, a remote worker) or not at all.
     */
    public static long inFlight(StepExecution stepExecution) {
        long read = LiveReads.INSTANCE.read(stepExecution.getId());
        return Math.max(0, read - stepExecution.getReadCount());
    }

    static long found(StepExecution stepExecution) {
        return stepExecution.getExecutionContext().getLong(FOUND, 0L);
    }
}
