package com.respondo.admin;

import java.time.Duration;
import java.time.Instant;

import com.respondo.testsupport.MutableClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The login throttle's rule, on a clock the test moves. */
class LoginThrottleTests {

    private static final String ADDRESS = "203.0.113.7";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-10T12:00:00Z"));

    private final LoginThrottle throttle = new LoginThrottle(3, Duration.ofMinutes(1), this.clock);

    @Test
    void aFewFailuresLockTheAddressOutForTheLockoutThenItsNextFailuresForLonger() {
        failTimes(2);
        assertThat(this.throttle.refusedFor(ADDRESS)).isZero();

        failTimes(1);
        assertThat(this.throttle.refusedFor(ADDRESS)).isEqualTo(Duration.ofMinutes(1));
        assertThat(this.throttle.refusedFor("203.0.113.8")).isZero();

        this.clock.advance(Duration.ofMinutes(1));
        assertThat(this.throttle.refusedFor(ADDRESS)).isZero();
        failTimes(1);
        assertThat(this.throttle.refusedFor(ADDRESS)).isEqualTo(Duration.ofMinutes(2));

        for (int lockout = 0; lockout < 6; lockout++) {
            this.clock.advance(this.throttle.refusedFor(ADDRESS));
            failTimes(1);
        }
        assertThat(this.throttle.refusedFor(ADDRESS)).isEqualTo(Duration.ofMinutes(16));
    }

    @Test
    void aSuccessfulLoginClearsTheCount() {
        failTimes(2);
        this.throttle.succeeded(ADDRESS);
        failTimes(2);
        assertThat(this.throttle.refusedFor(ADDRESS)).isZero();
    }

    @Test
    void failuresOlderThanTheLongestLockoutAreForgotten() {
        failTimes(2);
        this.clock.advance(Duration.ofMinutes(17));
        assertThat(this.throttle.failed(ADDRESS).count()).isEqualTo(1);
        assertThat(this.throttle.refusedFor(ADDRESS)).isZero();
    }

    private void failTimes(int times) {
        for (int failure = 0; failure < times; failure++) {
            this.throttle.failed(ADDRESS);
        }
    }
}
