package com.respondo.jobs;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * When a job runs by itself: exactly one of a Spring cron expression (six fields, seconds first, in
 * {@code respondo.jobs.zone}) or a fixed delay between the end of one run and the start of the next.
 *
 * @param cron the cron expression, or {@code null}
 * @param fixedDelay the fixed delay, or {@code null}
 */
public record Schedule(@Nullable String cron, @Nullable Duration fixedDelay) {

    public Schedule {
        if ((cron == null) == (fixedDelay == null)) {
            throw new IllegalArgumentException("A schedule has exactly one of cron and fixed-delay");
        }
    }

    public static Schedule cron(String cron) {
        return new Schedule(cron, null);
    }

    public static Schedule fixedDelay(Duration fixedDelay) {
        return new Schedule(null, fixedDelay);
    }

    @Override
    public String toString() {
        return (cron != null) ? "cron '" + cron + "'" : "fixed delay " + fixedDelay;
    }
}
