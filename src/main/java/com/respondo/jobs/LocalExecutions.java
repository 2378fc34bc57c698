package com.respondo.jobs;

import java.time.LocalDateTime;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The executions of Respondo's jobs that run in this process: each is registered before it starts and released
 * when it ends. Their lease is renewed by a heartbeat (their {@code LAST_UPDATED} in Spring Batch's table, without
 * touching the version Spring Batch checks), and anyone may wait for one to end.
 * <p>
 * Executions launched through {@link JobLaunches} are registered and released by its operator; executions launched
 * by another operator (a restart, a one-shot run) are registered by this listener, which every job carries.
 */
final class LocalExecutions implements JobExecutionListener {

    private final Map<Long, CompletableFuture<Void>> running = new ConcurrentHashMap<>();

    private final Set<Long> launchedElsewhere = ConcurrentHashMap.newKeySet();

    private static final int MAX_REMEMBERED = 1000;

    /** The scheduled executions that ended here having found work, until asked about. */
    private final Set<Long> foundWork = ConcurrentHashMap.newKeySet();

    private final JdbcClient jdbc;

    LocalExecutions(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    /**
     * Registers an execution about to run here (the launcher calls this before handing it to a thread).
     */
    void started(long executionId) {
        running.computeIfAbsent(executionId, id -> new CompletableFuture<>());
    }

    /**
     * Releases an execution that ended (or never started).
     */
    void ended(long executionId) {
        CompletableFuture<Void> completion = running.remove(executionId);
        if (completion != null) {
            completion.complete(null);
        }
    }

    @Override
    public void beforeJob(JobExecution jobExecution) {
        if (running.putIfAbsent(jobExecution.getId(), new CompletableFuture<>()) == null) {
            launchedElsewhere.add(jobExecution.getId());
        }
    }

    @Override
    public void afterJob(JobExecution jobExecution) {
        boolean work = jobExecution.getStepExecutions().stream()
            .anyMatch(step -> step.getReadCount() + step.getWriteCount() + step.getFilterCount()
                    + step.getSkipCount() > 0);
        boolean scheduled = "schedule".equals(jobExecution.getJobParameters().getString(LaunchParameters.TRIGGER));
        if (work && scheduled) {
            if (foundWork.size() > MAX_REMEMBERED) {
                // a cron job's runs are never asked about: forget them rather than grow
                foundWork.clear();
            }
            foundWork.add(jobExecution.getId());
        }
        if (launchedElsewhere.remove(jobExecution.getId())) {
            ended(jobExecution.getId());
        }
    }

    /**
     * The ids of the executions running here now.
     */
    Set<Long> ids() {
        return Set.copyOf(running.keySet());
    }

    boolean runsHere(long executionId) {
        return running.containsKey(executionId);
    }

    /**
     * Completes when the execution has ended and its final status is stored (at once if it does not run here).
     */
    CompletableFuture<Void> completion(long executionId) {
        return running.getOrDefault(executionId, CompletableFuture.completedFuture(null));
    }

    /**
     * Whether the scheduled execution, which ran here and ended, found work (an item read, written, filtered or skipped);
     * answers once per execution.
     */
    boolean foundWork(long executionId) {
        return foundWork.remove(executionId);
    }

    /**
     * Renews the lease of every execution running here.
     */
    void heartbeat() {
        if (running.isEmpty()) {
            return;
        }
        jdbc.sql("""
                UPDATE BATCH_JOB_EXECUTION SET LAST_UPDATED = :now
                WHERE JOB_EXECUTION_ID IN (:ids) AND STATUS IN ('STARTING', 'STARTED', 'STOPPING')""")
            .param("now", LocalDateTime.now())
            .param("ids", running.keySet())
            .update();
    }
}
