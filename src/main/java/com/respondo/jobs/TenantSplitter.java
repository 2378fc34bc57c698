package com.respondo.jobs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.batch.core.job.JobExecutionException;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.partition.StepExecutionSplitter;
import org.springframework.batch.core.partition.support.SimpleStepExecutionSplitter;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Splits a manager step into one partition per tenant of the launch (job parameter {@code tenants}); Spring Batch's
 * splitter does the rest, including reusing the failed partitions' contexts on a restart.
 */
final class TenantSplitter implements StepExecutionSplitter {

    private final JobRepository jobRepository;

    private final String stepName;

    TenantSplitter(JobRepository jobRepository, String stepName) {
        this.jobRepository = jobRepository;
        this.stepName = stepName;
    }

    @Override
    public String getStepName() {
        return stepName;
    }

    @Override
    public Set<StepExecution> split(StepExecution managerExecution, int gridSize) throws JobExecutionException {
        List<Partition> partitions = LaunchParameters.tenants(managerExecution.getJobParameters())
            .stream()
            .map(Partition::wholeTenant)
            .toList();
        Partitioner partitioner = ignoredGridSize -> contexts(partitions);
        return new SimpleStepExecutionSplitter(jobRepository, stepName, partitioner).split(managerExecution,
                partitions.size());
    }

    private static Map<String, ExecutionContext> contexts(List<Partition> partitions) {
        Map<String, ExecutionContext> contexts = new LinkedHashMap<>();
        partitions.forEach(partition -> contexts.put(partition.key(), partition.context()));
        return contexts;
    }
}
