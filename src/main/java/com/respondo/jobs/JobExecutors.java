package com.respondo.jobs;

import org.springframework.context.SmartLifecycle;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The bounded thread pools jobs run on: one for job executions, one for tenant partitions. On shutdown (after the
 * scheduler stopped, before the data source closes) it waits up to {@code respondo.jobs.shutdown-wait} for running
 * executions. The pools are not stopped when the context is only paused; started again after a stop, it runs on new
 * pools.
 */
final class JobExecutors implements SmartLifecycle {

    /** Stops just after the scheduler (phase {@link SmartLifecycle#DEFAULT_PHASE}). */
    private static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 1;

    private final ThreadPoolTaskExecutor launches;

    private final ThreadPoolTaskExecutor partitions;

    private volatile boolean running;

    private volatile boolean stopped;

    JobExecutors(JobsProperties properties) {
        // Unbounded queues are safe: launches never overlap per job and tenant, which bounds what can wait.
        this.launches = executor("respondo-job-", properties.launchThreads(), properties);
        this.partitions = executor("respondo-partition-", properties.partitionThreads(), properties);
    }

    TaskExecutor launches() {
        return launches;
    }

    TaskExecutor partitions() {
        return partitions;
    }

    /** Starts, or after a stop (a paused test context, a restarted application context) starts new pools. */
    @Override
    public void start() {
        if (stopped) {
            launches.initialize();
            partitions.initialize();
            stopped = false;
        }
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        stopped = true;
        launches.shutdown();
        partitions.shutdown();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    /**
     * A paused context (Spring's test context cache pauses the contexts it is not using) keeps its pools: a stopped
     * pool cannot be started again, and executions launched before the pause still run on it.
     */
    @Override
    public boolean isPauseable() {
        return false;
    }

    private static ThreadPoolTaskExecutor executor(String prefix, int threads, JobsProperties properties) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setThreadNamePrefix(prefix);
        executor.setCorePoolSize(threads);
        executor.setMaxPoolSize(threads);
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationMillis(properties.shutdownWait().toMillis());
        executor.initialize();
        return executor;
    }
}
