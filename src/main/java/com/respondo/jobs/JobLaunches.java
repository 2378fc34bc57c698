package com.respondo.jobs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Launches, stops and restarts jobs in the background, never two executions of a job for the same tenant at once:
 * the check of the running executions and the creation of the new one happen under a database lock (ShedLock,
 * {@code shedlock} table) per job, so this also holds across instances sharing the database. Once the application
 * starts shutting down it launches nothing more and asks the executions running here to stop after their current
 * chunk.
 * <p>
 * It is longer than 300 lines because launching, restarting and stopping keep one guarantee together: a launch and a
 * restart check the running executions under the same lock, and both stop what they started when shutdown began
 * meanwhile; apart, each class would need the other's lock, closing flag and execution lookup.
 */
public class JobLaunches {

    private static final Logger log = LoggerFactory.getLogger(JobLaunches.class);

    private static final int MAX_STOP_ATTEMPTS = 5;

    private final JobCatalog catalog;

    private final JobOperator operator;

    private final JobRepository jobRepository;

    private final OrphanedExecutions executions;

    private final LocalExecutions local;

    private final LaunchLock launchLock;

    private volatile boolean closing;

    JobLaunches(JobCatalog catalog, JobOperator operator, JobRepository jobRepository, OrphanedExecutions executions,
            LocalExecutions local, LaunchLock launchLock) {
        this.catalog = catalog;
        this.operator = operator;
        this.jobRepository = jobRepository;
        this.executions = executions;
        this.local = local;
        this.launchLock = launchLock;
    }

    /**
     * Starts an execution of a job now, for one tenant or (when {@code tenant} is null) for all the job's tenants,
     * and returns at once; the execution runs on the bounded launch pool.
     *
     * @throws UnknownJobException when no such job is declared
     * @throws UnknownTenantException when the job does not serve that tenant
     * @throws JobAlreadyRunningException while an execution of the job covering one of those tenants runs, or while
     *     another launch of the job is being decided
     * @throws LaunchesClosedException while the application shuts down
     */
    public Launch launch(String job, @Nullable String tenant) {
        return launch(job, tenant, false);
    }

    /**
     * Like {@link #launch(String, String)}; a dry run decides but posts nothing (see {@link StepSettings#dryRun()}).
     */
    public Launch launch(String job, @Nullable String tenant, boolean dryRun) {
        return launch(job, tenant, dryRun, "admin");
    }

    Launch launch(String job, @Nullable String tenant, boolean dryRun, String trigger) {
        JobDefinition definition = definition(job);
        List<String> tenants = (tenant != null) ? List.of(served(definition, tenant)) : definition.tenants();
        return launchLock.run(job, () -> {
            Map<String, Long> busy = busyTenants(job, tenants);
            if (!busy.isEmpty()) {
                throw JobAlreadyRunningException.running(job, busy);
            }
            return start(definition, tenants, trigger, dryRun);
        }, () -> {
            throw JobAlreadyRunningException.launching(job);
        });
    }

    /**
     * A scheduled run: starts an execution for those of the job's tenants that have none running; empty (and an
     * INFO line) when every tenant is busy or another launch is being decided.
     */
    Optional<Launch> launchScheduled(String job) {
        JobDefinition definition = definition(job);
        return launchLock.run(job, () -> {
            Map<String, Long> busy = busyTenants(job, definition.tenants());
            List<String> free = definition.tenants().stream().filter(t -> !busy.containsKey(t)).toList();
            if (free.isEmpty()) {
                log.info("Scheduled run of job {} skipped: still running for every tenant (executions {})", job,
                        busy.values().stream().distinct().sorted().toList());
                return Optional.empty();
            }
            if (!busy.isEmpty()) {
                log.info("Scheduled run of job {} skips tenant(s) {}: still running (executions {})", job,
                        busy.keySet(), busy.values().stream().distinct().sorted().toList());
            }
            return Optional.of(start(definition, free, "schedule", false));
        }, () -> {
            log.info("Scheduled run of job {} skipped: another launch of it is being decided", job);
            return Optional.empty();
        });
    }

    /**
     * Asks a running execution to stop: each of its steps finishes the chunk it is in and stops, and the execution
     * ends STOPPED (restartable). An execution that no live process runs any more (its lease expired) is marked
     * FAILED at once. Asking again while it stops is harmless.
     *
     * @return the execution's status after the request: STOPPING, or FAILED for an orphan
     * @throws UnknownExecutionException when no execution of Respondo's jobs has that id
     * @throws ExecutionStateException when the execution has ended already
     */
    public String stop(long executionId) {
        JobExecution execution = execution(executionId);
        if (execution.getStatus() == BatchStatus.STOPPING) {
            return BatchStatus.STOPPING.name();
        }
        if (!execution.getStatus().isRunning()) {
            throw new ExecutionStateException(executionId, execution.getStatus().name(),
                    "Execution " + executionId + " is not running (" + execution.getStatus() + ")");
        }
        if (executions.recoverIfOrphaned(execution)) {
            return BatchStatus.FAILED.name();
        }
        requestStop(executionId);
        log.info("Stop requested for execution {} of job {}", executionId, execution.getJobInstance().getJobName());
        return BatchStatus.STOPPING.name();
    }

    /**
     * Restarts a FAILED or STOPPED execution: a new execution of the same job instance, with the same tenants and
     * parameters, that redoes the partitions that did not complete. The overlap guarantee of launches holds.
     *
     * @throws UnknownExecutionException when no execution of Respondo's jobs has that id
     * @throws ExecutionStateException when it completed, runs, was abandoned, or is not its instance's latest
     *     execution (it was restarted already)
     * @throws JobAlreadyRunningException while another execution of the job covers one of its tenants
     * @throws LaunchesClosedException while the application shuts down
     */
    public Launch restart(long executionId) {
        String job = execution(executionId).getJobInstance().getJobName();
        return launchLock.run(job, () -> {
            JobExecution execution = execution(executionId);
            requireRestartable(execution);
            List<String> tenants = LaunchParameters.tenants(execution.getJobParameters());
            Map<String, Long> busy = busyTenants(job, tenants);
            if (!busy.isEmpty()) {
                throw JobAlreadyRunningException.running(job, busy);
            }
            requireOpen(job);
            JobExecution restarted;
            try {
                restarted = operator.restart(execution);
            }
            catch (Exception ex) {
                throw new IllegalStateException("Spring Batch refused to restart execution " + executionId, ex);
            }
            stopIfClosing(restarted.getId());
            log.info("Restarted execution {} of job {} as execution {}", executionId, job, restarted.getId());
            return new Launch(restarted.getId(), job, tenants, LaunchParameters.dryRun(execution.getJobParameters()));
        }, () -> {
            throw JobAlreadyRunningException.launching(job);
        });
    }

    /**
     * Completes when the execution has ended and its final status is stored (at once when it does not run in this
     * process).
     */
    public CompletableFuture<Void> completion(long executionId) {
        return local.completion(executionId);
    }

    /**
     * From now on launches nothing, and asks every execution running here to stop after its current chunk.
     */
    void close() {
        closing = true;
        for (long id : local.ids()) {
            try {
                stop(id);
            }
            catch (RuntimeException ex) {
                log.info("Execution {} could not be asked to stop on shutdown: {}", id, ex.getMessage());
            }
        }
    }

    /**
     * Marks the execution STOPPING, which its steps see at their next chunk commit. (Spring Batch's
     * {@code JobOperator.stop} also sets an end time, which makes the repository store STOPPED at once, while the
     * steps still run: the execution would look ended and a new launch could overlap it.)
     */
    private void requestStop(long executionId) {
        for (int attempt = 0; attempt < MAX_STOP_ATTEMPTS; attempt++) {
            JobExecution current = execution(executionId);
            if (current.getStatus() == BatchStatus.STOPPING) {
                return;
            }
            if (!current.getStatus().isRunning()) {
                throw new ExecutionStateException(executionId, current.getStatus().name(),
                        "Execution " + executionId + " ended before it could be stopped (" + current.getStatus() + ")");
            }
            current.setStatus(BatchStatus.STOPPING);
            try {
                jobRepository.update(current);
                return;
            }
            catch (OptimisticLockingFailureException ex) {
                // The execution moved on meanwhile (a chunk committed): look at it again.
            }
        }
        throw new IllegalStateException("Execution " + executionId + " kept changing while being stopped");
    }

    private void requireRestartable(JobExecution execution) {
        long id = execution.getId();
        BatchStatus status = execution.getStatus();
        if (status != BatchStatus.FAILED && status != BatchStatus.STOPPED) {
            throw new ExecutionStateException(id, status.name(), "Execution " + id + " is " + status
                    + ": only FAILED or STOPPED executions can be restarted");
        }
        JobExecution latest = jobRepository.getLastJobExecution(execution.getJobInstance());
        if (latest != null && latest.getId() != id) {
            throw new ExecutionStateException(id, status.name(), "Execution " + id
                    + " was restarted already, as execution " + latest.getId() + " (" + latest.getStatus() + ")");
        }
    }

    private JobExecution execution(long executionId) {
        JobExecution execution;
        try {
            execution = jobRepository.getJobExecution(executionId);
        }
        catch (EmptyResultDataAccessException ex) {
            execution = null;
        }
        if (execution == null || catalog.definition(execution.getJobInstance().getJobName()).isEmpty()) {
            throw new UnknownExecutionException(executionId);
        }
        return execution;
    }

    private JobDefinition definition(String job) {
        return catalog.definition(job)
            .orElseThrow(() -> new UnknownJobException(job,
                    catalog.definitions().stream().map(JobDefinition::name).toList()));
    }

    private static String served(JobDefinition definition, String tenant) {
        if (!definition.tenants().contains(tenant)) {
            throw new UnknownTenantException(definition.name(), tenant, definition.tenants());
        }
        return tenant;
    }

    private Map<String, Long> busyTenants(String job, List<String> tenants) {
        Map<String, Long> busy = new LinkedHashMap<>();
        for (JobExecution execution : executions.running(job)) {
            for (String tenant : LaunchParameters.tenants(execution.getJobParameters())) {
                if (tenants.contains(tenant)) {
                    busy.put(tenant, execution.getId());
                }
            }
        }
        return busy;
    }

    private Launch start(JobDefinition definition, List<String> tenants, String trigger, boolean dryRun) {
        requireOpen(definition.name());
        JobParameters parameters = LaunchParameters.of(tenants, trigger, dryRun);
        JobExecution execution;
        try {
            execution = operator.start(catalog.job(definition.name()), parameters);
        }
        catch (Exception ex) {
            // A new instance each launch (unique launch id): already-running, restart or complete cannot happen.
            throw new IllegalStateException("Spring Batch refused to launch job " + definition.name(), ex);
        }
        stopIfClosing(execution.getId());
        // A scheduled (or woken) launch says nothing at INFO: RunSummary reports the run at INFO if it had something
        // to do.
        if ("schedule".equals(trigger) || "wake".equals(trigger)) {
            log.debug("Launched job {} for tenant(s) {} (execution {}, schedule)", definition.name(), tenants,
                    execution.getId());
        }
        else {
            log.info("Launched job {} for tenant(s) {} (execution {}, {}{})", definition.name(), tenants,
                    execution.getId(), trigger, dryRun ? ", dry run" : "");
        }
        return new Launch(execution.getId(), definition.name(), tenants, dryRun);
    }

    private void requireOpen(String job) {
        if (closing) {
            throw new LaunchesClosedException(job);
        }
    }

    /**
     * An execution that started while {@link #close()} ran may have been missed by it: stop it too.
     */
    private void stopIfClosing(long executionId) {
        if (closing) {
            try {
                stop(executionId);
            }
            catch (ExecutionStateException ex) {
                // It ended already.
            }
        }
    }
}
