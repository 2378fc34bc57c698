package com.respondo.jobs;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.integration.core.MessagingTemplate;
import org.springframework.integration.support.MessageBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The leases of partitions: renews those of the partitions running here and, for the executions this instance
 * manages, sends again to the queue the partitions whose instance died (STARTED, no sign of life for longer than the
 * lease, in the database's time: see {@link PartitionSigns}) or was shut down gracefully (STOPPED while the execution
 * runs on). Sending again is one transaction: the
 * partition goes back to STARTING (its version changes, so an instance thought dead that was only slow fails at its
 * next commit) and its request joins the queue.
 */
final class PartitionLeases {

    private static final Logger log = LoggerFactory.getLogger(PartitionLeases.class);

    private final PartitionWorkers workers;

    private final LocalExecutions managed;

    private final JobRepository jobRepository;

    private final MessagingTemplate requests;

    private final TransactionTemplate transactions;

    private final JdbcClient jdbc;

    private final PartitionSigns signs;

    private final Duration lease;

    PartitionLeases(PartitionWorkers workers, LocalExecutions managed, JobRepository jobRepository,
            MessagingTemplate requests, PlatformTransactionManager transactionManager, DataSource dataSource,
            PartitionSigns signs, Duration lease) {
        this.workers = workers;
        this.managed = managed;
        this.jobRepository = jobRepository;
        this.requests = requests;
        this.transactions = new TransactionTemplate(transactionManager);
        this.jdbc = JdbcClient.create(dataSource);
        this.signs = signs;
        this.lease = lease;
    }

    /**
     * Renews the leases of the partitions running here, and gives to another instance the partitions of the
     * executions managed here whose instance died or was shut down.
     */
    void check() {
        workers.heartbeat();
        Set<Long> executions = managed.ids();
        if (executions.isEmpty()) {
            signs.retainOnly(List.of());
            return;
        }
        Instant now = signs.now();
        List<Seen> partitions = jdbc.sql("""
                SELECT s.STEP_EXECUTION_ID, i.JOB_NAME, s.STATUS, s.LAST_UPDATED, s.VERSION FROM BATCH_STEP_EXECUTION s
                JOIN BATCH_JOB_EXECUTION j ON j.JOB_EXECUTION_ID = s.JOB_EXECUTION_ID
                JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = j.JOB_INSTANCE_ID
                WHERE s.JOB_EXECUTION_ID IN (:executions) AND j.STATUS = 'STARTED' AND s.STEP_NAME LIKE '%:%'
                  AND s.STATUS IN ('STARTED', 'STOPPED')""")
            .param("executions", List.copyOf(executions))
            .query((rs, row) -> new Seen(rs.getLong(1), rs.getString(2), rs.getString(3),
                    rs.getObject(4, LocalDateTime.class), rs.getLong(5)))
            .list();
        signs.retainOnly(partitions.stream().map(Seen::stepExecutionId).toList());
        List<Seen> lost = new ArrayList<>();
        for (Seen partition : partitions) {
            boolean silent = partition.status().equals("STARTED") && signs.silence(partition.stepExecutionId(),
                    partition.lastUpdated(), partition.version(), now).compareTo(lease) > 0;
            if (silent || partition.status().equals("STOPPED")) {
                lost.add(partition);
            }
        }
        for (Seen partition : lost) {
            try {
                transactions.executeWithoutResult(status -> resend(partition));
            }
            catch (OptimisticLockingFailureException ex) {
                log.info("Partition (step execution {}) changed while being sent again: it is alive",
                        partition.stepExecutionId());
            }
        }
    }

    /** A partition of an execution managed here, as last read. */
    private record Seen(long stepExecutionId, String job, String status, @Nullable LocalDateTime lastUpdated,
            long version) {
    }

    private void resend(Seen partition) {
        long stepExecutionId = partition.stepExecutionId();
        StepExecution execution = jobRepository.getStepExecution(stepExecutionId);
        if (execution == null || execution.getJobExecution().getStatus() != BatchStatus.STARTED) {
            return;
        }
        String why;
        if (execution.getStatus() == BatchStatus.STOPPED) {
            why = "its instance shut down and gave it back";
        }
        else if (execution.getStatus() == BatchStatus.STARTED && execution.getVersion() != null
                && execution.getVersion() == partition.version()
                && Objects.equals(execution.getLastUpdated(), partition.lastUpdated())) {
            why = "no sign of life from its instance for more than " + lease;
        }
        else {
            return;
        }
        execution.setStatus(BatchStatus.STARTING);
        execution.setEndTime(null);
        execution.setExitStatus(ExitStatus.EXECUTING);
        jobRepository.update(execution);
        String step = execution.getStepName().substring(0, execution.getStepName().indexOf(':'));
        requests.send(MessageBuilder
            .withPayload(new StepExecutionRequest(PartitionWorkers.workerName(partition.job(), step), stepExecutionId))
            .setCorrelationId(execution.getJobExecutionId() + ":" + step)
            .build());
        log.warn("Partition {} (step execution {}) sent to the instances again: {}", execution.getStepName(),
                stepExecutionId, why);
    }
}
