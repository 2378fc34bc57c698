package com.respondo.jobs;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.scheduling.support.CronTrigger;

/**
 * Runs each enabled job on its schedule with Spring's task scheduler, and renews the lease of the executions running
 * here.
 * <p>
 * A cron job ticks at each cron time; a fixed-delay job ticks the delay after its previous run ended (the first
 * time, {@code respondo.jobs.initial-delay} after start-up), or sooner while its runs find work ({@link AdaptiveDelay}),
 * and a job can be woken for one tenant in between ({@link #wake}). A tick launches the job for its tenants that have no
 * execution running; when all have one it is skipped with an INFO line. Instances sharing a database tick each job
 * once per period: a tick holds a ShedLock lock for half the period.
 * <p>
 * A job's schedule can be paused and resumed while the application runs ({@link #setEnabled}). The switch is stored
 * in the database ({@link JobSwitches}): every instance sharing it follows the same switch, and a pause outlasts a
 * restart; a job never switched follows its job file's {@code enabled}.
 */
public class JobScheduler implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(JobScheduler.class);

    private final JobCatalog catalog;

    private final JobLaunches launches;

    private final LocalExecutions local;

    private final LockingTaskExecutor locks;

    private final JobsProperties properties;

    private final Map<String, Instant> nextFixedDelayRuns = new ConcurrentHashMap<>();

    private final JobSwitches switches;

    private final JobWakeups wakeups;

    private final AdaptiveDelay adaptiveDelay;

    private volatile @Nullable ThreadPoolTaskScheduler scheduler;

    private volatile boolean running;

    JobScheduler(JobCatalog catalog, JobLaunches launches, LocalExecutions local, LockingTaskExecutor locks,
            JobsProperties properties, JobSwitches switches) {
        this.catalog = catalog;
        this.launches = launches;
        this.local = local;
        this.locks = locks;
        this.properties = properties;
        this.adaptiveDelay = new AdaptiveDelay(properties.adaptiveDelayMin());
        this.wakeups = new JobWakeups(launches, local, () -> running ? scheduler : null);
        this.switches = switches;
    }

    /**
     * Asks for a run of the job for one tenant that starts at {@code at} or soon after (at once when past), between
     * the job's scheduled runs: for work known to arrive then (a customer message whose debounce ends). It goes
     * through the same launch path as every launch, so it never overlaps a run of the job for the tenant: while one
     * runs here it waits for its end; all the wakes it waited with are served by one launch. Ignored while the
     * schedules are off or the job's schedule is paused, like its ticks.
     *
     * @throws UnknownJobException when no such job is declared
     */
    public void wake(String job, String tenant, Instant at) {
        if (isEnabled(job) && running && properties.schedulerEnabled()) {
            wakeups.wake(job, tenant, at);
        }
    }

    /**
     * Whether a wake of the job for the tenant came due after {@code since} (and by now): work that arrived while a
     * run of the job is in progress, which a step of that run may take at once by reading its list again; the run
     * the wake asked for still follows the one in progress.
     */
    public boolean wokenSince(String job, String tenant, Instant since) {
        return wakeups.dueSince(job, tenant, since, Instant.now());
    }

    /**
     * Whether the job's schedule is active (a paused job can still be launched on demand).
     *
     * @throws UnknownJobException when no such job is declared
     */
    public boolean isEnabled(String job) {
        JobDefinition definition = catalog.definition(job).orElseThrow(() -> unknown(job));
        return switches.stored(job).orElse(definition.enabled());
    }

    /**
     * Pauses ({@code false}) or resumes ({@code true}) the job's schedule from its next tick on; an execution
     * running now goes on. Every instance sharing the database follows the switch.
     *
     * @throws UnknownJobException when no such job is declared
     */
    public void setEnabled(String job, boolean on) {
        boolean before = isEnabled(job);
        switches.store(job, on);
        if (before != on) {
            log.info("Job {} schedule {}", job, on ? "resumed" : "paused");
        }
    }

    /**
     * When the job will next run by itself, if it is scheduled here and that is known (a fixed-delay job that is
     * running has no next time until it ends).
     */
    public Optional<Instant> nextRun(String job) {
        if (!running || !properties.schedulerEnabled()) {
            return Optional.empty();
        }
        return catalog.definition(job).filter(definition -> isEnabled(job)).flatMap(definition -> {
            String cron = definition.schedule().cron();
            return (cron != null) ? nextCronTime(cron) : Optional.ofNullable(nextFixedDelayRuns.get(job));
        });
    }

    @Override
    public void start() {
        ThreadPoolTaskScheduler scheduler = newScheduler();
        this.scheduler = scheduler;
        running = true;
        Duration heartbeat = properties.executionLease().dividedBy(4);
        scheduler.scheduleAtFixedRate(local::heartbeat, Instant.now().plus(heartbeat), heartbeat);
        if (!properties.schedulerEnabled()) {
            log.info("Job schedules are off (respondo.jobs.scheduler-enabled=false): jobs run on demand only");
            return;
        }
        for (JobDefinition definition : catalog.definitions()) {
            if (!isEnabled(definition.name())) {
                log.info("Job {} is disabled: it runs on demand only until its schedule is resumed",
                        definition.name());
            }
            String cron = definition.schedule().cron();
            if (cron != null) {
                scheduler.schedule(() -> tick(definition), new CronTrigger(cron, properties.zone()));
            }
            else {
                scheduleFixedDelayTick(definition, properties.initialDelay(),
                        Objects.requireNonNull(definition.schedule().fixedDelay()));
            }
            log.info("Job {} scheduled: {}{}", definition.name(), definition.schedule(),
                    isEnabled(definition.name()) ? "" : " (paused)");
        }
    }

    @Override
    public void stop() {
        running = false;
        nextFixedDelayRuns.clear();
        wakeups.clear();
        ThreadPoolTaskScheduler scheduler = this.scheduler;
        if (scheduler != null) {
            scheduler.shutdown();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /**
     * The next tick of a fixed-delay job in {@code delay}; {@code previous} is the delay it stands for (the first
     * tick's, after the initial delay, is the job's own), from which the next is chosen ({@link AdaptiveDelay}).
     */
    private void scheduleFixedDelayTick(JobDefinition definition, Duration delay, Duration previous) {
        ThreadPoolTaskScheduler scheduler = this.scheduler;
        if (!running || scheduler == null) {
            return;
        }
        Instant at = Instant.now().plus(delay);
        nextFixedDelayRuns.put(definition.name(), at);
        try {
            scheduler.schedule(() -> fixedDelayTick(definition, previous), at);
        }
        catch (TaskRejectedException ex) {
            // Shutting down.
            nextFixedDelayRuns.remove(definition.name());
        }
    }

    private void fixedDelayTick(JobDefinition definition, Duration previous) {
        nextFixedDelayRuns.remove(definition.name());
        Optional<Launch> launch = tick(definition);
        CompletableFuture<Void> ended = launch.map(started -> launches.completion(started.executionId()))
            .orElseGet(() -> CompletableFuture.completedFuture(null));
        Duration fixedDelay = Objects.requireNonNull(definition.schedule().fixedDelay());
        ended.whenComplete((result, failure) -> {
            boolean foundWork = launch.map(started -> local.foundWork(started.executionId())).orElse(false);
            Duration next = adaptiveDelay.next(fixedDelay, previous, foundWork);
            scheduleFixedDelayTick(definition, next, next);
        });
    }

    private Optional<Launch> tick(JobDefinition definition) {
        if (!isEnabled(definition.name())) {
            return Optional.empty();
        }
        try {
            LockConfiguration lock = new LockConfiguration(Instant.now(), "respondo-schedule-" + definition.name(),
                    lockTime(definition), lockTime(definition));
            LockingTaskExecutor.TaskResult<Optional<Launch>> result = locks
                .executeWithLock(() -> launches.launchScheduled(definition.name()), lock);
            if (!result.wasExecuted()) {
                log.info("Scheduled run of job {} skipped: another instance ran this tick", definition.name());
                return Optional.empty();
            }
            Optional<Launch> launch = result.getResult();
            launch.ifPresent(wakeups::launched);
            return launch;
        }
        catch (Throwable ex) {
            log.warn("Scheduled run of job {} failed to launch", definition.name(), ex);
            return Optional.empty();
        }
    }

    /**
     * Half the job's period: long enough that other instances skip this tick, short enough for the next one.
     */
    private Duration lockTime(JobDefinition definition) {
        Duration fixedDelay = definition.schedule().fixedDelay();
        if (fixedDelay != null) {
            return fixedDelay.dividedBy(2);
        }
        Instant next = nextCronTime(Objects.requireNonNull(definition.schedule().cron())).orElse(Instant.now().plusSeconds(2));
        Duration period = Duration.between(Instant.now(), next);
        return period.isNegative() || period.isZero() ? Duration.ofMillis(1) : period.dividedBy(2);
    }

    private Optional<Instant> nextCronTime(String cron) {
        ZonedDateTime next = CronExpression.parse(cron).next(ZonedDateTime.now(properties.zone()));
        return Optional.ofNullable(next).map(ZonedDateTime::toInstant);
    }

    private UnknownJobException unknown(String job) {
        return new UnknownJobException(job, catalog.definitions().stream().map(JobDefinition::name).toList());
    }

    private static ThreadPoolTaskScheduler newScheduler() {
        ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
        scheduler.setPoolSize(2);
        scheduler.setThreadNamePrefix("respondo-schedule-");
        scheduler.setErrorHandler(ex -> log.warn("A scheduled task of the jobs failed", ex));
        scheduler.initialize();
        return scheduler;
    }
}
