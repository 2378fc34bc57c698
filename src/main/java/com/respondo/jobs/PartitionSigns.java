package com.respondo.jobs;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How long each partition has shown no sign of life, as the manager sees it, measured in the database's time: a sign
 * of life is any change of the partition's {@code LAST_UPDATED} or {@code VERSION} (a heartbeat, a chunk commit, a
 * status change). What those columns hold is never compared with a clock: they are written with the clock and time
 * zone of whichever instance runs the partition, so an instance whose clock is hours off or whose zone differs neither
 * loses its partitions nor gets another's. A partition first seen now counts as alive now (a manager that restarts
 * waits one lease more, never less). It also tells the managers waiting on this instance when a partition ended here
 * ({@link #ended()}), so that they need not wait for their next poll.
 */
final class PartitionSigns {

    private final JdbcClient jdbc;

    private final Map<Long, Sign> seen = new ConcurrentHashMap<>();

    private final Object endMonitor = new Object();

    private long ends;

    PartitionSigns(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    /** The database's time now. */
    Instant now() {
        return jdbc.sql("SELECT CURRENT_TIMESTAMP").query(OffsetDateTime.class).single().toInstant();
    }

    /**
     * How long the partition has been as it is now ({@code lastUpdated}, {@code version}), in the database's time,
     * since this instance first saw it so.
     */
    Duration silence(long stepExecutionId, @Nullable LocalDateTime lastUpdated, long version, Instant now) {
        Sign current = new Sign(lastUpdated, version, now);
        Sign sign = seen.merge(stepExecutionId, current, (earlier, later) -> earlier.sameAs(later) ? earlier : later);
        return Duration.between(sign.since(), now);
    }

    /** How many partitions have ended on this instance so far: what {@link #awaitEnd} compares with. */
    long ends() {
        synchronized (endMonitor) {
            return ends;
        }
    }

    /**
     * A partition ended on this instance: the managers waiting here look at the job repository at once rather than
     * at their next poll (a step's end then starts the next step without the poll's wait).
     */
    void ended() {
        synchronized (endMonitor) {
            ends++;
            endMonitor.notifyAll();
        }
    }

    /**
     * Waits until a partition ends on this instance after {@link #ends()} answered {@code seen}, or {@code timeout}
     * passed (partitions of other instances are only seen at the poll).
     */
    void awaitEnd(long seen, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (endMonitor) {
            while (ends == seen) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return;
                }
                TimeUnit.NANOSECONDS.timedWait(endMonitor, left);
            }
        }
    }

    /** Forgets the partitions not among the given ones (ended, or no longer managed here). */
    void retainOnly(Collection<Long> stepExecutionIds) {
        seen.keySet().retainAll(stepExecutionIds);
    }

    private record Sign(@Nullable LocalDateTime lastUpdated, long version, Instant since) {

        boolean sameAs(Sign other) {
            return version == other.version && Objects.equals(lastUpdated, other.lastUpdated);
        }
    }
}
