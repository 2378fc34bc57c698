package com.respondo.jobs;

import org.springframework.batch.core.step.Step;

/**
 * Builds the worker step of one kind of step ({@code initial-response}, {@code bot-reply}, ...) for one tenant
 * partition; every bean of this type makes its step name usable in {@code jobs/*.yml}.
 * <p>
 * Each job step named in a job file becomes a partitioned step of that name: its manager splits the work into one
 * partition per tenant (or per tenant and bucket, see {@code respondo.jobs.partitions}) and sends them through the
 * database to whichever instance has a free partition thread; there, for each partition execution, this factory is
 * asked for a fresh worker step, which then runs with the partition's {@code StepExecution} (named
 * {@code <step>:<tenant>} or {@code <step>:<tenant>#<b>of<n>}, its execution context holding {@link Partition#TENANT}, {@link Partition#BUCKET} and
 * {@link Partition#BUCKETS}). Because every partition gets its own step, readers and writers need no step scope and
 * are never shared between tenants.
 */
public interface StepFactory {

    /**
     * The step's name as job files spell it, e.g. {@code ai-reply}.
     */
    String stepName();

    /**
     * A new worker step for one partition, e.g.
     * {@code chain.build(settings, ChunkStepParts.of(reader, processor, writer))} (see {@link ChunkStepChain}).
     *
     * @param settings what the job file says about the step (mode, chunk size, concurrency)
     * @param partition the tenant (and bucket) the step works on
     */
    Step workerStep(StepSettings settings, Partition partition);
}
