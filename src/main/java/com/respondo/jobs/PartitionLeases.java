package com.respondo.jobs;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

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
 * lease) or was shut down gracefully (STOPPED while the execution runs on). Sending again is one transaction: the
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

    private final Duration lease;

    PartitionLeases(PartitionWorkers workers, LocalExecutions managed, JobRepository jobRepository,
            MessagingTemplate requests, PlatformTransactionManager transactionManager, DataSource dataSource,
            Duration lease) {
        this.workers = workers;
        this.managed = managed;
        this.jobRepository = jobRepository;
        this.requests = requests;
        this.transactions = new TransactionTemplate(transactionManager);
        this.jdbc = JdbcClient.create(dataSource);
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
            return;
        }
        List<Lost> lost = jdbc.sql("""
                SELECT s.STEP_EXECUTION_ID, i.JOB_NAME FROM BATCH_STEP_EXECUTION s
                JOIN BATCH_JOB_EXECUTION j ON j.JOB_EXECUTION_ID = s.JOB_EXECUTION_ID
                JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = j.JOB_INSTANCE_ID
                WHERE s.JOB_EXECUTION_ID IN (:executions) AND j.STATUS = 'STARTED' AND s.STEP_NAME LIKE '%:%'
                  AND ((s.STATUS = 'STARTED' AND s.LAST_UPDATED < :expired) OR s.STATUS = 'STOPPED')""")
            .param("executions", List.copyOf(executions))
            .param("expired", LocalDateTime.now().minus(lease))
            .query((rs, row) -> new Lost(rs.getLong(1), rs.getString(2)))
            .list();
        for (Lost partition : lost) {
            try {
                transactions.executeWithoutResult(status -> resend(partition.stepExecutionId(), partition.job()));
            }
            catch (OptimisticLockingFailureException ex) {
                log.info("Partition (step execution {}) changed while being sent again: it is alive",
                        partition.stepExecutionId());
            }
        }
    }

    private record Lost(long stepExecutionId, String job) {
    }

    private void resend(long stepExecutionId, String job) {
        StepExecution execution = jobRepository.getStepExecution(stepExecutionId);
        if (execution == null || execution.getJobExecution().getStatus() != BatchStatus.STARTED) {
            return;
        }
        String why;
        if (execution.getStatus() == BatchStatus.STOPPED) {
            why = "its instance shut down and gave it back";
        }
        else if (execution.getStatus() == BatchStatus.STARTED && execution.getLastUpdated() != null
                && execution.getLastUpdated().isBefore(LocalDateTime.now().minus(lease))) {
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
            .withPayload(new StepExecutionRequest(PartitionWorkers.workerName(job, step), stepExecutionId))
            .setCorrelationId(execution.getJobExecutionId() + ":" + step)
            .build());
        log.warn("Partition {} (step execution {}) sent to the instances again: {}", execution.getStepName(),
                stepExecutionId, why);
    }
}
