package com.respondo.jobs;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.TaskScheduler;

/**
 * Runs a job for one tenant at the times it is woken for, between its scheduled runs, through the launch path of
 * every launch ({@link JobLaunches}), so that a wake never overlaps a run of the job for the tenant: a wake that
 * finds one running here waits for its end and launches then (the wakes that came meanwhile all served by that one
 * launch); one that finds it running on another instance is left to that instance (which has the same wakes).
 * A run started at a time serves every wake up to that time, a scheduled run's included.
 */
final class JobWakeups {

    private static final Logger log = LoggerFactory.getLogger(JobWakeups.class);

    /** How soon a wake tries again when another launch of the job was being decided. */
    private static final Duration LOCK_RETRY = Duration.ofMillis(250);

    private record Key(String job, String tenant) {
    }

    /** What is known of one job and tenant: the wakes not served yet, the timer, whether a run is awaited. */
    private static final class State {

        final NavigableSet<Instant> wakes = new TreeSet<>();

        @Nullable ScheduledFuture<?> timer;

        @Nullable Instant timerAt;

        boolean awaitingRun;
    }

    private final JobLaunches launches;

    private final LocalExecutions local;

    private final Supplier<@Nullable TaskScheduler> scheduler;

    private final Map<Key, State> states = new HashMap<>();

    /**
     * @param scheduler the scheduler timers go to; null while the application does not run (wakes are dropped)
     */
    JobWakeups(JobLaunches launches, LocalExecutions local, Supplier<@Nullable TaskScheduler> scheduler) {
        this.launches = launches;
        this.local = local;
        this.scheduler = scheduler;
    }

    /** Asks for a run of the job for the tenant that starts at {@code at} or later (at once when past). */
    synchronized void wake(String job, String tenant, Instant at) {
        State state = states.computeIfAbsent(new Key(job, tenant), key -> new State());
        state.wakes.add(at);
        if (!state.awaitingRun && (state.timerAt == null || at.isBefore(state.timerAt))) {
            arm(new Key(job, tenant), state, at);
        }
    }

    /**
     * Whether a wake of the job for the tenant came due after {@code since}, up to {@code now}: a step of the run in
     * progress may read its list again for it rather than leave it to the next run (which still follows).
     */
    synchronized boolean dueSince(String job, String tenant, Instant since, Instant now) {
        State state = states.get(new Key(job, tenant));
        return state != null && since.isBefore(now) && !state.wakes.subSet(since, false, now, true).isEmpty();
    }

    /** A run was launched (by the schedule): the wakes due by now are its, and later ones wait for its end. */
    void launched(Launch launch) {
        Instant now = Instant.now();
        for (String tenant : launch.tenants()) {
            Key key = new Key(launch.job(), tenant);
            synchronized (this) {
                State state = states.get(key);
                if (state == null) {
                    continue;
                }
                state.wakes.headSet(now, true).clear();
                disarm(state);
                state.awaitingRun = true;
            }
            afterRun(key, launches.completion(launch.executionId()));
        }
    }

    /** Forgets every wake (the application stops). */
    synchronized void clear() {
        states.values().forEach(JobWakeups::disarm);
        states.clear();
    }

    private void fire(Key key) {
        Instant now = Instant.now();
        synchronized (this) {
            State state = states.get(key);
            if (state == null) {
                return;
            }
            state.timer = null;
            state.timerAt = null;
            if (state.awaitingRun) {
                return;
            }
            NavigableSet<Instant> due = state.wakes.headSet(now, true);
            if (due.isEmpty()) {
                rearm(key, state);
                return;
            }
            due.clear();
            state.awaitingRun = true;
        }
        Optional<CompletableFuture<Void>> runEnd = launch(key, now);
        if (runEnd.isPresent()) {
            afterRun(key, runEnd.get());
        }
        else {
            synchronized (this) {
                State state = states.get(key);
                if (state != null) {
                    state.awaitingRun = false;
                    rearm(key, state);
                }
            }
        }
    }

    /**
     * Launches the job for the tenant: the end of the run that now serves the wakes (the new one, or the one already
     * running here), or empty when the wake is dropped or tried again later.
     */
    private Optional<CompletableFuture<Void>> launch(Key key, Instant wokenAt) {
        try {
            Launch launch = launches.launch(key.job(), key.tenant(), false, "wake");
            return Optional.of(launches.completion(launch.executionId()));
        }
        catch (JobAlreadyRunningException ex) {
            if (ex.runningExecutionIds().isEmpty()) {
                retryLater(key, wokenAt);
                return Optional.empty();
            }
            if (ex.runningExecutionIds().stream().allMatch(local::runsHere)) {
                // that run may have read the list before the message was due: one more run once it ends
                synchronized (this) {
                    State state = states.get(key);
                    if (state != null) {
                        state.wakes.add(wokenAt);
                    }
                }
                return Optional.of(CompletableFuture.allOf(ex.runningExecutionIds().stream()
                    .map(launches::completion)
                    .toArray(CompletableFuture[]::new)));
            }
            log.debug("Wake of job {} for tenant {} left to the instance running it ({})", key.job(), key.tenant(),
                    ex.getMessage());
            return Optional.empty();
        }
        catch (LaunchesClosedException ex) {
            return Optional.empty();
        }
        catch (UnknownTenantException ex) {
            log.debug("Wake of job {} for tenant {} ignored: the job does not serve it", key.job(), key.tenant());
            return Optional.empty();
        }
        catch (RuntimeException ex) {
            log.warn("Wake of job {} for tenant {} failed to launch", key.job(), key.tenant(), ex);
            return Optional.empty();
        }
    }

    private synchronized void retryLater(Key key, Instant wokenAt) {
        State state = states.get(key);
        if (state != null) {
            state.wakes.add(wokenAt.plus(LOCK_RETRY));
        }
    }

    private void afterRun(Key key, CompletableFuture<Void> runEnd) {
        runEnd.whenComplete((result, failure) -> {
            synchronized (this) {
                State state = states.get(key);
                if (state != null) {
                    state.awaitingRun = false;
                    rearm(key, state);
                }
            }
        });
    }

    /** Sets the timer for the earliest wake left, if any. */
    private void rearm(Key key, State state) {
        if (state.wakes.isEmpty()) {
            disarm(state);
            return;
        }
        arm(key, state, state.wakes.first());
    }

    private void arm(Key key, State state, Instant at) {
        disarm(state);
        TaskScheduler tasks = scheduler.get();
        if (tasks == null) {
            state.wakes.clear();
            return;
        }
        try {
            state.timer = tasks.schedule(() -> fire(key), at);
            state.timerAt = at;
        }
        catch (TaskRejectedException ex) {
            // shutting down
            state.wakes.clear();
        }
    }

    private static void disarm(State state) {
        if (state.timer != null) {
            state.timer.cancel(false);
        }
        state.timer = null;
        state.timerAt = null;
    }
}
