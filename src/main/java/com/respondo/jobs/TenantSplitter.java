package com.respondo.jobs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;

import org.springframework.batch.core.job.JobExecutionException;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.partition.StepExecutionSplitter;
import org.springframework.batch.core.partition.support.SimpleStepExecutionSplitter;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Splits a manager step into partitions: for each tenant of the launch (job parameter {@code tenants}) as many
 * buckets as {@code respondo.jobs.partitions} gives it ({@code loja-aurora#2of3}, or just {@code loja-aurora} for a
 * tenant of one bucket). The split is recorded in the manager step's context, so a restart redoes exactly the
 * partitions that did not complete, even if the setting changed meanwhile; Spring Batch's splitter does the rest,
 * including reusing the failed partitions' contexts.
 */
final class TenantSplitter implements StepExecutionSplitter {

    /** Manager step context key of the split: {@code tenant=buckets} pairs, comma-separated. */
    static final String SPLIT = "respondo.partitions";

    private final JobRepository jobRepository;

    private final String stepName;

    private final ToIntFunction<String> bucketsOf;

    TenantSplitter(JobRepository jobRepository, String stepName, ToIntFunction<String> bucketsOf) {
        this.jobRepository = jobRepository;
        this.stepName = stepName;
        this.bucketsOf = bucketsOf;
    }

    @Override
    public String getStepName() {
        return stepName;
    }

    @Override
    public Set<StepExecution> split(StepExecution managerExecution, int gridSize) throws JobExecutionException {
        List<Partition> partitions = partitions(managerExecution);
        Partitioner partitioner = ignoredGridSize -> contexts(partitions);
        return new SimpleStepExecutionSplitter(jobRepository, stepName, partitioner).split(managerExecution,
                partitions.size());
    }

    private List<Partition> partitions(StepExecution managerExecution) {
        ExecutionContext context = managerExecution.getExecutionContext();
        Map<String, Integer> split = parse(context.getString(SPLIT, ""));
        if (split.isEmpty()) {
            LaunchParameters.tenants(managerExecution.getJobParameters())
                .forEach(tenant -> split.put(tenant, bucketsOf.applyAsInt(tenant)));
            context.putString(SPLIT, format(split));
            jobRepository.updateExecutionContext(managerExecution);
        }
        List<Partition> partitions = new ArrayList<>();
        split.forEach((tenant, buckets) -> {
            for (int bucket = 0; bucket < buckets; bucket++) {
                partitions.add(new Partition(tenant, bucket, buckets));
            }
        });
        return partitions;
    }

    private static Map<String, Integer> parse(String split) {
        Map<String, Integer> parsed = new LinkedHashMap<>();
        for (String pair : split.split(",")) {
            int equals = pair.lastIndexOf('=');
            if (equals > 0) {
                parsed.put(pair.substring(0, equals), Integer.parseInt(pair.substring(equals + 1)));
            }
        }
        return parsed;
    }

    private static String format(Map<String, Integer> split) {
        StringBuilder formatted = new StringBuilder();
        split.forEach((tenant, buckets) -> formatted.append(formatted.isEmpty() ? "" : ",")
            .append(tenant)
            .append('=')
            .append(buckets));
        return formatted.toString();
    }

    private static Map<String, ExecutionContext> contexts(List<Partition> partitions) {
        Map<String, ExecutionContext> contexts = new LinkedHashMap<>();
        partitions.forEach(partition -> contexts.put(partition.key(), partition.context()));
        return contexts;
    }
}
