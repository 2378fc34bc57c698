package com.respondo.jobs;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Finds the running executions of a job, after marking FAILED (hence restartable) those that no live process runs.
 * <p>
 * The rule: an execution running in this process is alive. Any other is orphaned when its lease expired (no
 * heartbeat, chunk commit or status change within {@code respondo.jobs.execution-lease}); and at start-up on an
 * embedded H2 database (a single process by construction: the file is locked) every running execution is orphaned,
 * since the process that ran it is gone. Instances sharing a database must share a time zone and keep their clocks
 * in sync, well within the lease.
 */
final class OrphanedExecutions {

    private static final Logger log = LoggerFactory.getLogger(OrphanedExecutions.class);

    private final JobRepository jobRepository;

    private final LocalExecutions local;

    private final Duration lease;

    private final boolean singleProcessDatabase;

    OrphanedExecutions(JobRepository jobRepository, LocalExecutions local, Duration lease,
            boolean singleProcessDatabase) {
        this.jobRepository = jobRepository;
        this.local = local;
        this.lease = lease;
        this.singleProcessDatabase = singleProcessDatabase;
    }

    /**
     * Whether the database can only be used by this process: H2 embedded (file or memory), not a server nor
     * {@code AUTO_SERVER}.
     */
    static boolean isSingleProcess(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            String url = connection.getMetaData().getURL().toLowerCase(Locale.ROOT);
            return url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:tcp:") && !url.startsWith("jdbc:h2:ssl:")
                    && !url.contains("auto_server=true");
        }
        catch (SQLException ex) {
            throw new IllegalStateException("Cannot read the database URL", ex);
        }
    }

    /**
     * Marks FAILED the executions of the given jobs that a crashed process left running.
     */
    void recoverAtStartup(Collection<String> jobNames) {
        for (String jobName : jobNames) {
            for (JobExecution execution : jobRepository.findRunningJobExecutions(jobName)) {
                if (singleProcessDatabase && !local.runsHere(execution.getId())) {
                    recover(execution, "left running by a process that ended (found at start-up)");
                }
                else if (isOrphan(execution)) {
                    recover(execution, "no heartbeat for more than " + lease + " (found at start-up)");
                }
            }
        }
    }

    /**
     * The executions of a job that are really running, orphans marked FAILED first.
     */
    Set<JobExecution> running(String jobName) {
        Set<JobExecution> running = new HashSet<>();
        for (JobExecution execution : jobRepository.findRunningJobExecutions(jobName)) {
            if (isOrphan(execution) && recover(execution, "no heartbeat for more than " + lease)) {
                continue;
            }
            running.add(execution);
        }
        return running;
    }

    /**
     * Marks the execution FAILED when it is orphaned (not running here and its lease expired); whether it did.
     */
    boolean recoverIfOrphaned(JobExecution execution) {
        return isOrphan(execution) && recover(execution, "no heartbeat for more than " + lease);
    }

    private boolean isOrphan(JobExecution execution) {
        return !local.runsHere(execution.getId())
                && lastSignOfLife(execution).isBefore(LocalDateTime.now().minus(lease));
    }

    private static LocalDateTime lastSignOfLife(JobExecution execution) {
        return Stream
            .concat(Stream.of(execution.getCreateTime(), execution.getLastUpdated(), execution.getStartTime()),
                    execution.getStepExecutions().stream().map(StepExecution::getLastUpdated))
            .filter(time -> time != null)
            .max(LocalDateTime::compareTo)
            .orElse(LocalDateTime.MIN);
    }

    private boolean recover(JobExecution execution, String why) {
        String description = "Marked FAILED by Respondo: " + why;
        LocalDateTime now = LocalDateTime.now();
        try {
            for (StepExecution step : execution.getStepExecutions()) {
                if (step.getStatus().isRunning()) {
                    step.setStatus(BatchStatus.FAILED);
                    step.setExitStatus(ExitStatus.FAILED.addExitDescription(description));
                    step.setEndTime(now);
                    jobRepository.update(step);
                }
            }
            execution.setStatus(BatchStatus.FAILED);
            execution.setExitStatus(ExitStatus.FAILED.addExitDescription(description));
            execution.setEndTime(now);
            jobRepository.update(execution);
        }
        catch (OptimisticLockingFailureException ex) {
            log.info("Execution {} of job {} changed while being recovered: it is alive", execution.getId(),
                    execution.getJobInstance().getJobName());
            return false;
        }
        log.warn("Execution {} of job {} marked FAILED (restartable): {}", execution.getId(),
                execution.getJobInstance().getJobName(), why);
        return true;
    }
}
