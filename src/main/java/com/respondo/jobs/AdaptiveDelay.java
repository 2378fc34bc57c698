package com.respondo.jobs;

import java.time.Duration;

/**
 * The delay before a fixed-delay job's next scheduled run: the shortest after a run that found work (more is
 * likely on its way: follow-ups, bursts, conversations arriving together), doubling after each run that found none,
 * up to the job's own fixed delay, which is where an idle job settles. A shortest delay of at least the job's own
 * delay is the plain fixed delay.
 *
 * @param shortest the delay after a run that found work ({@code respondo.jobs.adaptive-delay-min})
 */
record AdaptiveDelay(Duration shortest) {

    AdaptiveDelay {
        if (shortest.isNegative() || shortest.isZero()) {
            throw new IllegalArgumentException("respondo.jobs.adaptive-delay-min must be longer than zero");
        }
    }

    /**
     * The delay before the next run.
     *
     * @param longest the job's own fixed delay
     * @param previous the delay before the run that just ended
     * @param foundWork whether that run found work (read, wrote, filtered or skipped an item)
     */
    Duration next(Duration longest, Duration previous, boolean foundWork) {
        if (shortest.compareTo(longest) >= 0) {
            return longest;
        }
        if (foundWork) {
            return shortest;
        }
        Duration doubled = previous.multipliedBy(2);
        if (doubled.compareTo(shortest) < 0) {
            return shortest;
        }
        return doubled.compareTo(longest) > 0 ? longest : doubled;
    }
}
