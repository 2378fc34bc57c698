package com.respondo.admin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

/**
 * Counts failed admin logins per client address and refuses the address for a while once there were too many in a
 * row: {@code maxFailures} failures lock it out for {@code lockout}, each further failure after a lockout doubles it
 * (up to 16 times), and a successful login clears the count. Guessing the password is slowed to a few tries a
 * minute, while the admin who mistyped it gets in once the lockout has passed. Failures older than the longest
 * lockout are forgotten.
 */
final class LoginThrottle {

    /** Above this many tracked addresses, the ones not locked out are forgotten. */
    private static final int MAX_TRACKED = 10_000;

    private static final int MAX_DOUBLINGS = 4;

    private final int maxFailures;

    private final Duration lockout;

    private final Clock clock;

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    LoginThrottle(int maxFailures, Duration lockout, Clock clock) {
        this.maxFailures = maxFailures;
        this.lockout = lockout;
        this.clock = clock;
    }

    /** How much longer logins from this address are refused: zero when they are not. */
    Duration refusedFor(String address) {
        Failures current = this.failures.get(address);
        if (current == null || current.lockedUntil() == null) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(this.clock.instant(), current.lockedUntil());
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** Records a failed login from this address, and returns its failures in a row and lockout. */
    Failures failed(String address) {
        Instant now = this.clock.instant();
        if (this.failures.size() > MAX_TRACKED) {
            this.failures.values().removeIf(entry -> entry.lockedUntil() == null || !entry.lockedUntil().isAfter(now));
        }
        return this.failures.compute(address, (key, previous) -> {
            boolean forgotten = previous == null
                    || previous.last().plus(this.lockout.multipliedBy(1L << MAX_DOUBLINGS)).isBefore(now);
            int count = forgotten ? 1 : previous.count() + 1;
            if (count < this.maxFailures) {
                return new Failures(count, now, null);
            }
            int doublings = Math.min(count - this.maxFailures, MAX_DOUBLINGS);
            return new Failures(count, now, now.plus(this.lockout.multipliedBy(1L << doublings)));
        });
    }

    /** A successful login from this address: its count starts again. */
    void succeeded(String address) {
        this.failures.remove(address);
    }

    /**
     * The failed logins of one address.
     *
     * @param count how many in a row
     * @param last when the latest happened
     * @param lockedUntil until when the address is refused, or null when it is not
     */
    record Failures(int count, Instant last, @Nullable Instant lockedUntil) {
    }
}
