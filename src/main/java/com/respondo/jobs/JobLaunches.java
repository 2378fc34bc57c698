package com.respondo.jobs;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;

/**
 * Launches jobs in the background, never two executions of a job for the same tenant at once: the check of the
 * running executions and the creation of the new one happen under a database lock (ShedLock, {@code shedlock}
 * table) per job, so this also holds across instances sharing the database.
 */
public class JobLaunches {

    private static final Logger log = LoggerFactory.getLogger(JobLaunches.class);

    private final JobCatalog catalog;

    private final JobOperator operator;

    private final OrphanedExecutions executions;

    private final LocalExecutions local;

    private final LockingTaskExecutor locks;

    private final Duration lockTimeout;

    JobLaunches(JobCatalog catalog, JobOperator operator, OrphanedExecutions executions, LocalExecutions local,
            LockingTaskExecutor locks, Duration lockTimeout) {
        this.catalog = catalog;
        this.operator = operator;
        this.executions = executions;
        this.local = local;
        this.locks = locks;
        this.lockTimeout = lockTimeout;
    }

    /**
     * Starts an execution of a job now, for one tenant or (when {@code tenant} is null) for all the job's tenants,
     * and returns at once; the execution runs on the bounded launch pool.
     *
     * @throws UnknownJobException when no such job is declared
     * @throws UnknownTenantException when the job does not serve that tenant
     * @throws JobAlreadyRunningException while an execution of the job covering one of those tenants runs, or while
     *     another launch of the job is being decided
     */
    public Launch launch(String job, @Nullable String tenant) {
        JobDefinition definition = definition(job);
        List<String> tenants = (tenant != null) ? List.of(served(definition, tenant)) : definition.tenants();
        return underLaunchLock(job, () -> {
            Map<String, Long> busy = busyTenants(job, tenants);
            if (!busy.isEmpty()) {
                throw JobAlreadyRunningException.running(job, busy);
            }
            return start(definition, tenants, "admin");
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
        return underLaunchLock(job, () -> {
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
            return Optional.of(start(definition, free, "schedule"));
        }, () -> {
            log.info("Scheduled run of job {} skipped: another launch of it is being decided", job);
            return Optional.empty();
        });
    }

    /**
     * Completes when the execution has ended and its final status is stored (at once when it does not run in this
     * process).
     */
    public CompletableFuture<Void> completion(long executionId) {
        return local.completion(executionId);
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

    private Launch start(JobDefinition definition, List<String> tenants, String trigger) {
        JobParameters parameters = LaunchParameters.of(tenants, trigger);
        JobExecution execution;
        try {
            execution = operator.start(catalog.job(definition.name()), parameters);
        }
        catch (Exception ex) {
            // A new instance each launch (unique launch id): already-running, restart or complete cannot happen.
            throw new IllegalStateException("Spring Batch refused to launch job " + definition.name(), ex);
        }
        log.info("Launched job {} for tenant(s) {} (execution {}, {})", definition.name(), tenants,
                execution.getId(), trigger);
        return new Launch(execution.getId(), definition.name(), tenants);
    }

    private <T> T underLaunchLock(String job, Supplier<T> work, Supplier<T> whenLocked) {
        LockConfiguration lock = new LockConfiguration(Instant.now(), "respondo-launch-" + job, lockTimeout,
                Duration.ZERO);
        LockingTaskExecutor.TaskResult<T> result;
        try {
            result = locks.executeWithLock(work::get, lock);
        }
        catch (RuntimeException | Error ex) {
            throw ex;
        }
        catch (Throwable ex) {
            throw new IllegalStateException(ex);
        }
        return result.wasExecuted() ? result.getResult() : whenLocked.get();
    }
}
