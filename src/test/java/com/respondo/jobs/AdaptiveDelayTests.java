package com.respondo.jobs;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class AdaptiveDelayTests {

    private static final Duration JOB_DELAY = Duration.ofSeconds(15);

    private final AdaptiveDelay delay = new AdaptiveDelay(Duration.ofSeconds(2));

    @Test
    void aRunThatFoundWorkIsFollowedByTheShortestDelay() {
        assertThat(delay.next(JOB_DELAY, JOB_DELAY, true)).isEqualTo(Duration.ofSeconds(2));
        assertThat(delay.next(JOB_DELAY, Duration.ofSeconds(8), true)).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void idleRunsDoubleTheDelayUpToTheJobsOwn() {
        Duration next = delay.next(JOB_DELAY, Duration.ofSeconds(2), false);
        assertThat(next).isEqualTo(Duration.ofSeconds(4));
        next = delay.next(JOB_DELAY, next, false);
        assertThat(next).isEqualTo(Duration.ofSeconds(8));
        next = delay.next(JOB_DELAY, next, false);
        assertThat(next).isEqualTo(JOB_DELAY);
        assertThat(delay.next(JOB_DELAY, next, false)).isEqualTo(JOB_DELAY);
    }

    @Test
    void aPreviousDelayShorterThanTheShortestGrowsFromTheShortest() {
        assertThat(delay.next(JOB_DELAY, Duration.ofMillis(100), false)).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void aShortestDelayOfAtLeastTheJobsOwnIsThePlainFixedDelay() {
        Duration ticker = Duration.ofMillis(300);
        assertThat(delay.next(ticker, ticker, true)).isEqualTo(ticker);
        assertThat(delay.next(ticker, ticker, false)).isEqualTo(ticker);
        assertThat(new AdaptiveDelay(JOB_DELAY).next(JOB_DELAY, JOB_DELAY, true)).isEqualTo(JOB_DELAY);
    }

    @Test
    void theShortestDelayMustBeLongerThanZero() {
        assertThatIllegalArgumentException().isThrownBy(() -> new AdaptiveDelay(Duration.ZERO));
    }
}
