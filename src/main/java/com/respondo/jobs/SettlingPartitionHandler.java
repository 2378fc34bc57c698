package com.respondo.jobs;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.MessageChannelPartitionHandler;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.integration.core.MessagingTemplate;
import org.springframework.integration.support.MessageBuilder;

/**
 * Spring Batch's remote partition handler, polling the job repository for the partitions' results, that also waits
 * for the partitions another instance gave back: a partition that ended STOPPED while its execution was not asked to
 * stop (its instance shut down gracefully) is not a result yet, since {@link PartitionClaims} sends it to another
 * instance again (as it does with a partition whose instance died, once its lease expired). While the execution
 * stops, the partitions nobody runs (still queued, or their instance dead) are marked STOPPED so that it can end.
 * It looks at the repository as soon as a partition ends on this instance, and at each poll for the others'.
 */
final class SettlingPartitionHandler extends MessageChannelPartitionHandler {

    private final JobRepository jobRepository;

    private final Duration pollInterval;

    private final PartitionSigns signs;

    private final Duration lease;

    private @Nullable MessagingTemplate requests;

    private @Nullable String stepName;

    SettlingPartitionHandler(JobRepository jobRepository, Duration pollInterval, PartitionSigns signs,
            Duration lease) {
        this.jobRepository = jobRepository;
        this.pollInterval = pollInterval;
        this.signs = signs;
        this.lease = lease;
        setJobRepository(jobRepository);
        setPollInterval(pollInterval.toMillis());
    }

    @Override
    public void setStepName(String stepName) {
        super.setStepName(stepName);
        this.stepName = stepName;
    }

    @Override
    public void setMessagingOperations(MessagingTemplate messagingGateway) {
        super.setMessagingOperations(messagingGateway);
        this.requests = messagingGateway;
    }

    /**
     * Sends one request per partition, as Spring Batch's handler does, then waits for the partitions' results: it
     * looks at the job repository when a partition ended on this instance ({@link PartitionSigns#ended()}) and at
     * every poll, so that a step whose partitions ran here ends as they end, not at the next poll.
     */
    @Override
    protected Set<StepExecution> doHandle(StepExecution managerStepExecution,
            Set<StepExecution> partitionStepExecutions) throws Exception {
        if (partitionStepExecutions.isEmpty()) {
            return partitionStepExecutions;
        }
        long jobExecutionId = managerStepExecution.getJobExecution().getId();
        MessagingTemplate requests = Objects.requireNonNull(this.requests, "messaging operations");
        String stepName = Objects.requireNonNull(this.stepName, "step name");
        int sequence = 0;
        for (StepExecution partition : partitionStepExecutions) {
            requests.send(MessageBuilder.withPayload(new StepExecutionRequest(stepName, partition.getId()))
                .setSequenceNumber(sequence++)
                .setSequenceSize(partitionStepExecutions.size())
                .setCorrelationId(jobExecutionId + ":" + stepName)
                .build());
        }
        Set<Long> ids = partitionStepExecutions.stream().map(StepExecution::getId).collect(Collectors.toSet());
        while (true) {
            long ends = signs.ends();
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
            if (stopping) {
                partitions.forEach(this::stopIfNobodyRunsIt);
            }
            signs.awaitEnd(ends, pollInterval);
        }
    }

    /**
     * While the execution stops: a partition still waiting in the queue, or whose instance died (no sign of life for
     * longer than the lease, in the database's time), will never stop by itself (every other instance may be shutting
     * down too): it is marked STOPPED here (a later restart redoes it).
     */
    private void stopIfNobodyRunsIt(StepExecution partition) {
        boolean queued = partition.getStatus() == BatchStatus.STARTING;
        boolean abandoned = partition.getStatus() == BatchStatus.STARTED && partition.getVersion() != null
                && signs.silence(partition.getId(), partition.getLastUpdated(), partition.getVersion(), signs.now())
                    .compareTo(lease) > 0;
        if (!queued && !abandoned) {
            return;
        }
        LocalDateTime now = LocalDateTime.now();
        partition.setStatus(BatchStatus.STOPPED);
        partition.setExitStatus(ExitStatus.STOPPED.addExitDescription(queued ? "Stopped before any instance took it"
                : "Stopped: its instance gave no sign of life for more than " + lease));
        if (partition.getStartTime() == null) {
            partition.setStartTime(now);
        }
        partition.setEndTime(now);
        try {
            jobRepository.update(partition);
        }
        catch (OptimisticLockingFailureException ex) {
            // An instance took it meanwhile: it stops by itself.
        }
    }

    private static boolean settled(BatchStatus status, boolean stopping) {
        return !status.isRunning() && (status != BatchStatus.STOPPED || stopping);
    }
}
