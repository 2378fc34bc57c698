package com.respondo.jobs;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;

/**
 * The database lock (ShedLock, {@code shedlock} table) under which a job's launch is decided, one per job, so that
 * two launches of a job, on this instance or another sharing the database, never decide at once. A launch that finds
 * it taken does not wait.
 */
final class LaunchLock {

    private final LockingTaskExecutor locks;

    private final Duration timeout;

    /**
     * @param locks the ShedLock executor on the shared database
     * @param timeout how long a lock is held at most, should its holder die ({@code launch-lock-timeout})
     */
    LaunchLock(LockingTaskExecutor locks, Duration timeout) {
        this.locks = locks;
        this.timeout = timeout;
    }

    /** The work's result under the job's lock, or {@code whenLocked}'s when another launch of the job holds it. */
    <T> T run(String job, Supplier<T> work, Supplier<T> whenLocked) {
        LockConfiguration lock = new LockConfiguration(Instant.now(), "respondo-launch-" + job, timeout,
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
