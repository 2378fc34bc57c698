package com.respondo.jobs;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * How Respondo finds, schedules and runs its jobs.
 *
 * @param dir a directory whose {@code *.yml} files override the jar's {@code jobs/} file by file (and add jobs)
 * @param schedulerEnabled whether jobs run on their schedules (launches on demand work either way)
 * @param zone the time zone of cron schedules
 * @param initialDelay how long after start-up the first run of a fixed-delay job starts
 * @param launchThreads how many job executions run at once in this process
 * @param partitionThreads how many tenant partitions run at once in this process, all steps together
 * @param executionLease how long an execution may go without a heartbeat before another instance (or a restart)
 *     may take it for dead and mark it FAILED; live executions are heartbeated every quarter of it
 * @param launchLockTimeout how long a launch may hold the database lock that serialises launches of one job
 * @param shutdownWait how long shutdown waits for running executions to finish before leaving them to recovery
 */
@Validated
@ConfigurationProperties("respondo.jobs")
public record JobsProperties(@Nullable Path dir, @DefaultValue("true") boolean schedulerEnabled,
        @DefaultValue("America/Sao_Paulo") ZoneId zone, @DefaultValue("5s") Duration initialDelay,
        @DefaultValue("4") @Min(1) @Max(64) int launchThreads,
        @DefaultValue("4") @Min(1) @Max(256) int partitionThreads,
        @DefaultValue("2m") Duration executionLease, @DefaultValue("30s") Duration launchLockTimeout,
        @DefaultValue("30s") Duration shutdownWait) {

    public JobsProperties {
        requirePositive("initial-delay", initialDelay);
        requirePositive("execution-lease", executionLease);
        requirePositive("launch-lock-timeout", launchLockTimeout);
        if (shutdownWait.isNegative()) {
            throw new IllegalArgumentException("respondo.jobs.shutdown-wait must not be negative");
        }
    }

    private static void requirePositive(String name, Duration value) {
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("respondo.jobs." + name + " must be longer than zero");
        }
    }
}
