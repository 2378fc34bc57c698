package com.respondo.jobs;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;
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
 * @param partitions how a step's work is split into partitions and shared between instances
 * @param adaptiveDelayMin the delay before a fixed-delay job's next scheduled run after a run that found work; it
 *     doubles after each run that found none, up to the job file's {@code fixed-delay} (see {@link AdaptiveDelay});
 *     at least the job's fixed delay: always that delay
 */
@Validated
@ConfigurationProperties("respondo.jobs")
public record JobsProperties(@Nullable Path dir, @DefaultValue("true") boolean schedulerEnabled,
        @DefaultValue("America/Sao_Paulo") ZoneId zone, @DefaultValue("5s") Duration initialDelay,
        @DefaultValue("4") @Min(1) @Max(64) int launchThreads,
        @DefaultValue("4") @Min(1) @Max(256) int partitionThreads,
        @DefaultValue("2m") Duration executionLease, @DefaultValue("30s") Duration launchLockTimeout,
        @DefaultValue("30s") Duration shutdownWait, @DefaultValue @Valid Partitions partitions,
        @DefaultValue("5s") Duration adaptiveDelayMin) {

    public JobsProperties {
        requirePositive("initial-delay", initialDelay);
        requirePositive("execution-lease", executionLease);
        requirePositive("launch-lock-timeout", launchLockTimeout);
        requirePositive("adaptive-delay-min", adaptiveDelayMin);
        if (shutdownWait.isNegative()) {
            throw new IllegalArgumentException("respondo.jobs.shutdown-wait must not be negative");
        }
    }

    /**
     * How each step's work is split and shared. Every step of a job is partitioned: one partition per tenant and
     * bucket (bucket {@code b} of {@code n} takes the conversations whose stable hash modulo {@code n} is {@code b}).
     * The manager (the instance that launched the execution) puts one request per partition in a queue kept in the
     * database; every instance takes requests from it while it has a free partition thread, so the partitions of one
     * execution run on all the instances sharing the database.
     *
     * @param buckets into how many partitions each tenant's work is split (a restart keeps the split it started with)
     * @param tenantBuckets the same, for one tenant (tenant id to buckets), overriding {@code buckets}
     * @param lease how long a partition may go without a sign of life (its instance renews it every sixth of it)
     *     before the manager gives it to another instance; a partition whose instance stopped gracefully is given
     *     back at once
     * @param pollInterval how often an idle instance looks for partition requests, and the manager for the end of
     *     its partitions (at once when one ends on its own instance)
     */
    public record Partitions(@DefaultValue("1") @Min(1) @Max(64) int buckets,
            @DefaultValue Map<String, @Min(1) @Max(64) Integer> tenantBuckets, @DefaultValue("30s") Duration lease,
            @DefaultValue("500ms") Duration pollInterval) {

        public Partitions {
            tenantBuckets = Map.copyOf(tenantBuckets);
            requirePositive("partitions.lease", lease);
            requirePositive("partitions.poll-interval", pollInterval);
        }

        /** The defaults: one partition per tenant, a 30-second lease. */
        public static Partitions defaults() {
            return new Partitions(1, Map.of(), Duration.ofSeconds(30), Duration.ofMillis(500));
        }

        /** Into how many buckets the tenant's work is split. */
        public int bucketsOf(String tenant) {
            return tenantBuckets.getOrDefault(tenant, buckets);
        }
    }

    private static void requirePositive(String name, Duration value) {
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("respondo.jobs." + name + " must be longer than zero");
        }
    }
}
