package com.respondo.ledger;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refreshes the heartbeats of claimed intents in the database's time, once ({@link #touch}) or on a schedule of one
 * daemon thread ({@link #keepAlive}), so that a delivery that is only slow is never taken for a crashed one.
 */
final class IntentHeartbeats {

    private static final Logger log = LoggerFactory.getLogger(IntentHeartbeats.class);

    private final LedgerTable table;

    private @Nullable ScheduledExecutorService heartbeats;

    IntentHeartbeats(LedgerTable table) {
        this.table = table;
    }

    /** See {@link ReplyLedger#touch}. */
    boolean touch(LedgerEntry claimed) {
        return table.inNewTransaction(() -> LedgerTable.fenced(table.sql("""
                UPDATE reply_ledger SET heartbeat_at = CURRENT_TIMESTAMP
                WHERE id = :id AND claim_version = :version AND status = 'INTENT'"""), claimed).update()) == 1;
    }

    /** See {@link ReplyLedger#keepAlive}. */
    IntentHeartbeat keepAlive(LedgerEntry claimed, Duration every) {
        if (every.isZero() || every.isNegative()) {
            return new IntentHeartbeat(null);
        }
        long millis = Math.max(1, every.toMillis());
        AtomicReference<@Nullable ScheduledFuture<?>> self = new AtomicReference<>();
        self.set(heartbeats().scheduleAtFixedRate(() -> {
            try {
                ScheduledFuture<?> future = self.get();
                if (!touch(claimed) && future != null) {
                    // another runner took it over, or it is finished: nothing left to keep fresh
                    future.cancel(false);
                }
            }
            catch (RuntimeException ex) {
                log.warn("Could not refresh the heartbeat of reply ledger entry {}: {}", claimed.id(), ex.toString());
            }
        }, millis, millis, TimeUnit.MILLISECONDS));
        return new IntentHeartbeat(self.get());
    }

    /** Stops refreshing heartbeats. */
    synchronized void close() {
        if (heartbeats != null) {
            heartbeats.shutdownNow();
            heartbeats = null;
        }
    }

    private synchronized ScheduledExecutorService heartbeats() {
        if (heartbeats == null) {
            heartbeats = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "respondo-ledger-heartbeats");
                thread.setDaemon(true);
                return thread;
            });
        }
        return heartbeats;
    }
}
