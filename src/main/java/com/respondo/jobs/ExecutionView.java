package com.respondo.jobs;

import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One job execution as operators see it: status, times and what each step did.
 *
 * @param id the job execution id
 * @param job the job's name
 * @param status Spring Batch's status (STARTING, STARTED, COMPLETED, FAILED, STOPPED...)
 * @param exitCode the exit code (COMPLETED, FAILED, NOOP...)
 * @param exitDescription what went wrong, if anything
 * @param tenants the tenants the execution covers
 * @param trigger what launched it ({@code admin}, {@code schedule}), when known
 * @param startTime when it started
 * @param endTime when it ended
 * @param steps the job's steps that ran, in order, with their counts summed over the tenant partitions
 */
public record ExecutionView(long id, String job, String status, String exitCode, String exitDescription,
        List<String> tenants, @Nullable String trigger, @Nullable OffsetDateTime startTime,
        @Nullable OffsetDateTime endTime, List<StepView> steps) {

    /**
     * One step of an execution (a partitioned step: its counts are the sum of its partitions').
     *
     * @param name the step's name
     * @param status its status
     * @param readCount items read
     * @param writeCount items written
     * @param skipCount items skipped (read, process and write skips)
     * @param filterCount items filtered out by the processor
     * @param startTime when it started
     * @param endTime when it ended
     * @param exitDescription what went wrong, if anything
     * @param partitions what each tenant partition did
     */
    public record StepView(String name, String status, long readCount, long writeCount, long skipCount,
            long filterCount, @Nullable OffsetDateTime startTime, @Nullable OffsetDateTime endTime,
            String exitDescription, List<PartitionView> partitions) {
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
     */
    public record PartitionView(String tenant, String status, long readCount, long writeCount, long skipCount,
            long filterCount) {
    }
}
