package com.respondo.jobs;

import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One job execution as operators see it: status, times, progress, what each step did and what went wrong.
 *
 * @param id the job execution id
 * @param job the job's name
 * @param status Spring Batch's status (STARTING, STARTED, STOPPING, COMPLETED, FAILED, STOPPED...)
 * @param exitCode the exit code (COMPLETED, FAILED, NOOP...)
 * @param exitDescription what went wrong, if anything, on one line: the exit description's exceptions, messages and
 *     causes without its stack frames, at most 500 characters
 * @param tenants the tenants the execution covers
 * @param trigger what launched it ({@code admin}, {@code schedule}, {@code one-shot}), when known
 * @param dryRun whether it decided without posting anything
 * @param startTime when it started
 * @param endTime when it ended
 * @param progress how far it got
 * @param steps the job's steps that ran, in order, with their counts summed over the tenant partitions
 * @param errors why steps or partitions failed or stopped (the root cause of each)
 */
public record ExecutionView(long id, String job, String status, String exitCode, String exitDescription,
        List<String> tenants, @Nullable String trigger, boolean dryRun, @Nullable OffsetDateTime startTime,
        @Nullable OffsetDateTime endTime, Progress progress, List<StepView> steps, List<ErrorView> errors) {

    /**
     * Whether the execution is still running (STARTING, STARTED or STOPPING).
     */
    public boolean running() {
        return status.equals("STARTING") || status.equals("STARTED") || status.equals("STOPPING");
    }

    /**
     * How far an execution got: items done of items found, over the steps that started, and a percentage over all
     * the job's steps (a completed step counts whole, the running one by its items done of found).
     * <p>
     * Per tenant partition, <em>done</em> is the items read in committed chunks (each was processed, then written,
     * filtered or skipped) plus the items skipped on reading; <em>found</em> is the larger of done and what the
     * partition's reader reported through {@link StepProgress#reportFound(long)} (so without a report it equals
     * done), and equals done once the partition completed.
     *
     * @param done items done
     * @param found items found
     * @param stepsCompleted steps completed
     * @param steps steps of the job
     * @param percent 0 to 100 (100 once the execution completed)
     */
    public record Progress(long done, long found, int stepsCompleted, int steps, int percent) {
    }

    /**
     * One step of an execution (a partitioned step: its counts are the sum of its partitions').
     *
     * @param name the step's name
     * @param status its status
     * @param readCount items read
     * @param writeCount items written
     * @param skipCount items skipped (read, process and write skips)
     * @param filterCount items filtered out by the processor
     * @param done items done (see {@link Progress})
     * @param found items found (see {@link Progress})
     * @param inFlight items read and not yet committed: in the chunk being processed now (counted only for the
     *     partitions running in this JVM; see {@link StepProgress#inFlight})
     * @param startTime when it started
     * @param endTime when it ended
     * @param exitDescription what went wrong, if anything, on one line (see {@link ExecutionView})
     * @param partitions what each tenant partition did
     */
    public record StepView(String name, String status, long readCount, long writeCount, long skipCount,
            long filterCount, long done, long found, long inFlight, @Nullable OffsetDateTime startTime,
            @Nullable OffsetDateTime endTime, String exitDescription, List<PartitionView> partitions) {
    }

    /**
     * One tenant partition of a step.
     *
     * @param tenant the tenant
     * @param status its status
     * @param readCount items read
     * @param writeCount items written
     * @param skipCount items skipped
     * @param filterCount items filtered out
     * @param done items done
     * @param found items found
     * @param inFlight items read and not yet committed (see {@link StepView})
     */
    public record PartitionView(String tenant, String status, long readCount, long writeCount, long skipCount,
            long filterCount, long done, long found, long inFlight) {
    }

    /**
     * Why a step, or one tenant's partition of it, did not complete.
     *
     * @param step the step
     * @param tenant the tenant of the partition, or {@code null} for the step as a whole
     * @param status the step's or partition's status (FAILED, STOPPED...)
     * @param reason its root cause (exception and message) from its exit description, at most 300 characters
     */
    public record ErrorView(String step, @Nullable String tenant, String status, String reason) {
    }
}
