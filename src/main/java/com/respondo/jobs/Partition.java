package com.respondo.jobs;

import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.util.Assert;

/**
 * The share of a step's work one partition does: one tenant, or one bucket of a large tenant's conversations (bucket
 * {@code b} of {@code n} takes the items whose stable hash modulo {@code n} is {@code b}; today every tenant is one
 * bucket).
 *
 * @param tenant the tenant id
 * @param bucket this partition's bucket, from 0
 * @param buckets how many buckets the tenant's work is split into
 */
public record Partition(String tenant, int bucket, int buckets) {

    /** Execution-context key of the tenant id. */
    public static final String TENANT = "tenant";

    /** Execution-context key of the bucket (0-based). */
    public static final String BUCKET = "bucket";

    /** Execution-context key of the number of buckets. */
    public static final String BUCKETS = "buckets";

    public Partition {
        Assert.hasText(tenant, "tenant must not be blank");
        Assert.isTrue(buckets >= 1 && bucket >= 0 && bucket < buckets, "bucket must be in [0, buckets)");
    }

    /**
     * The whole of one tenant's work.
     */
    public static Partition wholeTenant(String tenant) {
        return new Partition(tenant, 0, 1);
    }

    /**
     * The partition a worker step execution works on.
     */
    public static Partition of(StepExecution stepExecution) {
        ExecutionContext context = stepExecution.getExecutionContext();
        String tenant = context.getString(TENANT, "");
        Assert.hasText(tenant, () -> "Step execution " + stepExecution.getStepName() + " is not a tenant partition");
        return new Partition(tenant, context.getInt(BUCKET, 0), context.getInt(BUCKETS, 1));
    }

    /**
     * The partition's name, appended to the step's name in its step execution ({@code ai-reply:loja-aurora}).
     */
    public String key() {
        return (buckets == 1) ? tenant : tenant + "#" + (bucket + 1) + "of" + buckets;
    }

    ExecutionContext context() {
        ExecutionContext context = new ExecutionContext();
        context.putString(TENANT, tenant);
        context.putInt(BUCKET, bucket);
        context.putInt(BUCKETS, buckets);
        return context;
    }
}
