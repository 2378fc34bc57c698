package com.respondo.ledger;

import java.util.concurrent.ScheduledFuture;

import org.jspecify.annotations.Nullable;

/**
 * Keeps one claimed intent fresh while its delivery runs ({@link ReplyLedger#keepAlive}): its heartbeat is refreshed
 * in the database's time on a schedule, so that a delivery that is only slow (a TempBox call taking tens of seconds
 * under retries) is never taken for a crashed one. Closing it stops the refreshing; a refresh that finds the intent
 * claimed by another runner or finished stops too.
 */
public final class IntentHeartbeat implements AutoCloseable {

    private final @Nullable ScheduledFuture<?> refreshing;

    IntentHeartbeat(@Nullable ScheduledFuture<?> refreshing) {
        this.refreshing = refreshing;
    }

    @Override
    public void close() {
        if (refreshing != null) {
            refreshing.cancel(false);
        }
    }
}
