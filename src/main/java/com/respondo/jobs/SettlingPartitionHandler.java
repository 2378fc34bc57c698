package com.respondo.jobs;

import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.MessageChannelPartitionHandler;

/**
 * Spring Batch's remote partition handler, polling the job repository for the partitions' results, that also waits
 * for the partitions another instance gave back: a partition that ended STOPPED while its execution was not asked to
 * stop (its instance shut down gracefully) is not a result yet, since {@link PartitionClaims} sends it to another
 * instance again (as it does with a partition whose instance died, once its lease expired).
 */
final class SettlingPartitionHandler extends MessageChannelPartitionHandler {

    private final JobRepository jobRepository;

    private final Duration pollInterval;

    SettlingPartitionHandler(JobRepository jobRepository, Duration pollInterval) {
        this.jobRepository = jobRepository;
        this.pollInterval = pollInterval;
        setJobRepository(jobRepository);
        setPollInterval(pollInterval.toMillis());
    }

    @Override
    protected Set<StepExecution> doHandle(StepExecution managerStepExecution,
            Set<StepExecution> partitionStepExecutions) throws Exception {
        Set<StepExecution> results = super.doHandle(managerStepExecution, partitionStepExecutions);
        if (partitionStepExecutions.isEmpty()) {
            return results;
        }
        Set<Long> ids = partitionStepExecutions.stream().map(StepExecution::getId).collect(Collectors.toSet());
        while (true) {
            JobExecution job = jobRepository.getJobExecution(managerStepExecution.getJobExecutionId());
            boolean stopping = job.getStatus() == BatchStatus.STOPPING || job.getStatus() == BatchStatus.STOPPED;
            Set<StepExecution> partitions = job.getStepExecutions()
                .stream()
                .filter(execution -> ids.contains(execution.getId()))
                .collect(Collectors.toSet());
            if (partitions.size() == ids.size()
                    && partitions.stream().allMatch(execution -> settled(execution.getStatus(), stopping))) {
                return partitions;
            }
            Thread.sleep(pollInterval.toMillis());
        }
    }

    private static boolean settled(BatchStatus status, boolean stopping) {
        return !status.isRunning() && (status != BatchStatus.STOPPED || stopping);
    }
}
