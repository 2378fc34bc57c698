package com.respondo.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The sandbox's settable clock: the wall clock moved by an offset, or standing still at an instant, so that a person
 * or a test can move time forward (a silent customer's follow-up due in two hours shows within a minute). In the
 * sandbox profile it is the application's one {@link Clock}: the sandbox dates its messages by it and the worker's
 * steps decide by it. Always in UTC.
 */
public final class SandboxClock extends Clock {

    private final Clock wall;

    private final Settings configured;

    private volatile Settings settings;

    /**
     * What the clock does: the wall clock plus {@code offset}, or {@code frozenAt} (when not null) plus nothing.
     *
     * @param offset how far ahead of the wall clock it runs (negative: behind)
     * @param frozenAt the instant it stands still at, or null when it runs
     */
    public record Settings(Duration offset, @Nullable Instant frozenAt) {

        public Settings {
            Objects.requireNonNull(offset, "offset");
        }

        /** The wall clock itself. */
        public static Settings wallClock() {
            return new Settings(Duration.ZERO, null);
        }
    }

    SandboxClock(Clock wall, Settings configured) {
        this.wall = wall;
        this.configured = configured;
        this.settings = configured;
    }

    /** The clock {@code respondo.sandbox.clock} describes. */
    static SandboxClock of(Clock wall, SandboxProperties.ClockSettings properties) {
        Instant start = properties.start() != null ? properties.start().toInstant() : null;
        if (start == null) {
            return new SandboxClock(wall, Settings.wallClock());
        }
        return new SandboxClock(wall, properties.frozen() ? new Settings(Duration.ZERO, start)
                : new Settings(Duration.between(wall.instant(), start), null));
    }

    @Override
    public Instant instant() {
        Settings current = settings;
        return current.frozenAt() != null ? current.frozenAt() : wall.instant().plus(current.offset());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    /** What the clock does now. */
    public Settings settings() {
        return settings;
    }

    /** Moves the clock forward (a negative duration: back), running or frozen. */
    public synchronized Instant advance(Duration by) {
        Settings current = settings;
        settings = current.frozenAt() != null ? new Settings(Duration.ZERO, current.frozenAt().plus(by))
                : new Settings(current.offset().plus(by), null);
        return instant();
    }

    /** Sets the clock to an instant; it stands still there when {@code frozen}, else runs on from it. */
    public synchronized Instant set(Instant at, boolean frozen) {
        settings = frozen ? new Settings(Duration.ZERO, at) : new Settings(Duration.between(wall.instant(), at), null);
        return instant();
    }

    /** Back to what {@code respondo.sandbox.clock} says (a reset of the sandbox does it too). */
    public synchronized void reset() {
        settings = configured;
    }
}
