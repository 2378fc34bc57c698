package com.respondo.sandbox;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;

/** Draws, for each call, the fault it suffers under the fault knobs in force; the knobs change at run time. */
final class FaultInjector {

    /** The kinds of fault, at most one per call. */
    enum Kind {
        NONE, ERROR, TIMEOUT, MALFORMED, STORED_BUT_FAILED, LATE_APPLY
    }

    /**
     * The fault drawn for one call.
     *
     * @param latency the delay before the call is handled
     * @param httpError whether an error answer uses HTTP 500 (otherwise a Code 500 envelope with HTTP 200)
     * @param hold how long a timed-out answer is held
     * @param timeoutApplies whether a timed-out call is applied
     * @param lateApplyAfter how long after its 504 a late-applied call takes effect
     */
    record Decision(Kind kind, Duration latency, boolean httpError, Duration hold, boolean timeoutApplies,
            Duration lateApplyAfter) {

        static final Decision NONE = new Decision(Kind.NONE, Duration.ZERO, false, Duration.ZERO, false,
                Duration.ZERO);

        /** Whether the operation runs (and so its change is stored). */
        boolean applies() {
            return kind != Kind.ERROR && (kind != Kind.TIMEOUT || timeoutApplies);
        }
    }

    private final AtomicReference<SandboxFaults> faults;

    FaultInjector(SandboxFaults initial) {
        this.faults = new AtomicReference<>(initial);
    }

    SandboxFaults faults() {
        return faults.get();
    }

    void faults(SandboxFaults replacement) {
        faults.set(replacement);
    }

    Decision decide(Operation operation) {
        SandboxFaults current = faults.get();
        if (!current.appliesTo(operation)) {
            return Decision.NONE;
        }
        ThreadLocalRandom random = ThreadLocalRandom.current();
        Duration latency = current.latency();
        if (!current.jitter().isZero()) {
            latency = latency.plusNanos(random.nextLong(current.jitter().toNanos() + 1));
        }
        boolean httpError = switch (current.errorStyle()) {
            case ENVELOPE -> false;
            case HTTP -> true;
            case MIXED -> random.nextBoolean();
        };
        return new Decision(kind(current, random.nextDouble()), latency, httpError, current.timeoutHold(),
                current.timeoutApplies(), current.lateApplyAfter());
    }

    private static Kind kind(SandboxFaults faults, double draw) {
        double bound = faults.errorRate();
        if (draw < bound) {
            return Kind.ERROR;
        }
        bound += faults.timeoutRate();
        if (draw < bound) {
            return Kind.TIMEOUT;
        }
        bound += faults.malformedRate();
        if (draw < bound) {
            return Kind.MALFORMED;
        }
        bound += faults.storedButFailedRate();
        if (draw < bound) {
            return Kind.STORED_BUT_FAILED;
        }
        bound += faults.lateApplyRate();
        return draw < bound ? Kind.LATE_APPLY : Kind.NONE;
    }
}
