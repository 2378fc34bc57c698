package com.respondo.knowledge.internal;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

/**
 * A check the knowledge module runs in the background at a fixed delay, on one daemon thread of its own, from start to
 * stop of the application: a failed run is logged and the next one runs as planned. Stopping lets a running check
 * finish (no interrupt: an interrupted Lucene write closes its index channel).
 */
public final class PeriodicCheck {

    private static final Logger log = LoggerFactory.getLogger(PeriodicCheck.class);

    private final String name;

    private final Runnable check;

    private volatile @Nullable ScheduledExecutorService executor;

    /** @param name what is checked, for the thread's name and the log line of a failed check */
    public PeriodicCheck(String name, Runnable check) {
        this.name = name;
        this.check = check;
    }

    /** Runs the check after {@code firstAfter}, then {@code every} after each run ends. */
    public void start(Duration firstAfter, Duration every) {
        CustomizableThreadFactory threads = new CustomizableThreadFactory("respondo-" + name + "-");
        threads.setDaemon(true);
        ScheduledExecutorService checks = Executors.newSingleThreadScheduledExecutor(threads);
        checks.scheduleWithFixedDelay(this::runOnce, firstAfter.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
        this.executor = checks;
    }

    private void runOnce() {
        try {
            check.run();
        }
        catch (RuntimeException ex) {
            // a failed check (a folder or the database away) must not cancel the next ones
            log.warn("A check of the {} failed", name, ex);
        }
    }

    /** No further run; a running one finishes. */
    public void stop() {
        ScheduledExecutorService checks = this.executor;
        if (checks != null) {
            checks.shutdown();
        }
        this.executor = null;
    }

    public boolean isRunning() {
        return executor != null;
    }
}
