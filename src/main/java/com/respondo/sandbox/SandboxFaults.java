package com.respondo.sandbox;

import java.time.Duration;
import java.util.Arrays;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The fault knobs of the sandbox's Atendimento API, so that tests and benchmarks can make TempBox slow, failing or
 * ambiguous; every rate is a probability per call and all default to zero.
 * <p>
 * One draw per call picks at most one fault, in this order: error (nothing applied, error answer), timeout (the answer
 * is held for {@code timeoutHold}; applied first only when {@code timeoutApplies}), malformed (applied, the body cut
 * in half), stored-but-failed (applied, then an error answer), late apply (answered 504 at once, applied
 * {@code lateApplyAfter} later: TempBox storing a send seconds after its client gave up). Latency plus a uniform
 * jitter delays every answer.
 *
 * @param errorRate share of calls answered with an error and not applied
 * @param errorStyle how an error is answered: a Code 500 envelope with HTTP 200, HTTP 500, or either at random
 * @param latency delay added to every answer
 * @param jitter upper bound of a random delay added to the latency
 * @param timeoutRate share of calls whose answer is held for {@code timeoutHold}
 * @param timeoutHold how long a timed-out answer is held: longer than any sane client timeout
 * @param timeoutApplies whether a timed-out call is applied anyway (the ambiguous case) or not at all
 * @param malformedRate share of calls applied and answered with truncated, invalid JSON
 * @param storedButFailedRate share of calls applied and then answered with an error
 * @param lateApplyRate share of calls answered 504 at once and applied {@code lateApplyAfter} later
 * @param lateApplyAfter how long after its 504 a late-applied call takes effect
 * @param operations the operations the faults apply to (wire names); empty means all
 */
public record SandboxFaults(
        @DefaultValue("0") double errorRate,
        @DefaultValue("MIXED") ErrorStyle errorStyle,
        @DefaultValue("0ms") Duration latency,
        @DefaultValue("0ms") Duration jitter,
        @DefaultValue("0") double timeoutRate,
        @DefaultValue("120s") Duration timeoutHold,
        @DefaultValue("false") boolean timeoutApplies,
        @DefaultValue("0") double malformedRate,
        @DefaultValue("0") double storedButFailedRate,
        @DefaultValue("0") double lateApplyRate,
        @DefaultValue("5s") Duration lateApplyAfter,
        @DefaultValue Set<String> operations) {

    /** How an injected error reaches the client. */
    public enum ErrorStyle {
        /** HTTP 200 with {@code {"Status":"error","Code":500,...}}. */
        ENVELOPE,
        /** HTTP 500 with the same envelope as body. */
        HTTP,
        /** Either, at random. */
        MIXED
    }

    public SandboxFaults {
        // null comes from JSON or configuration that leaves a knob out: it means the default
        errorStyle = errorStyle == null ? ErrorStyle.MIXED : errorStyle;
        latency = nonNegative("latency", latency, Duration.ZERO);
        jitter = nonNegative("jitter", jitter, Duration.ZERO);
        timeoutHold = nonNegative("timeout-hold", timeoutHold, Duration.ofSeconds(120));
        lateApplyAfter = nonNegative("late-apply-after", lateApplyAfter, Duration.ofSeconds(5));
        operations = operations == null ? Set.of() : Set.copyOf(operations);
        rate("error-rate", errorRate);
        rate("timeout-rate", timeoutRate);
        rate("malformed-rate", malformedRate);
        rate("stored-but-failed-rate", storedButFailedRate);
        rate("late-apply-rate", lateApplyRate);
        if (errorRate + timeoutRate + malformedRate + storedButFailedRate + lateApplyRate > 1.000001) {
            throw new IllegalArgumentException("the fault rates must add up to at most 1");
        }
        for (String operation : operations) {
            if (Operation.named(operation).isEmpty()) {
                throw new IllegalArgumentException("unknown operation '" + operation + "' in faults.operations; known: "
                        + Arrays.toString(Operation.values()));
            }
        }
    }

    /** No fault at all: every call is answered at once and correctly. */
    public static SandboxFaults none() {
        return new SandboxFaults(0, ErrorStyle.MIXED, Duration.ZERO, Duration.ZERO, 0, Duration.ofSeconds(120), false,
                0, 0, 0, Duration.ofSeconds(5), Set.of());
    }

    public SandboxFaults withErrorRate(double rate, ErrorStyle style) {
        return new SandboxFaults(rate, style, latency, jitter, timeoutRate, timeoutHold, timeoutApplies, malformedRate,
                storedButFailedRate, lateApplyRate, lateApplyAfter, operations);
    }

    public SandboxFaults withLatency(Duration latency, Duration jitter) {
        return new SandboxFaults(errorRate, errorStyle, latency, jitter, timeoutRate, timeoutHold, timeoutApplies,
                malformedRate, storedButFailedRate, lateApplyRate, lateApplyAfter, operations);
    }

    public SandboxFaults withTimeouts(double rate, Duration hold, boolean applies) {
        return new SandboxFaults(errorRate, errorStyle, latency, jitter, rate, hold, applies, malformedRate,
                storedButFailedRate, lateApplyRate, lateApplyAfter, operations);
    }

    public SandboxFaults withMalformedRate(double rate) {
        return new SandboxFaults(errorRate, errorStyle, latency, jitter, timeoutRate, timeoutHold, timeoutApplies, rate,
                storedButFailedRate, lateApplyRate, lateApplyAfter, operations);
    }

    public SandboxFaults withStoredButFailedRate(double rate) {
        return new SandboxFaults(errorRate, errorStyle, latency, jitter, timeoutRate, timeoutHold, timeoutApplies,
                malformedRate, rate, lateApplyRate, lateApplyAfter, operations);
    }

    /**
     * Calls answered 504 at once (without waiting for a client timeout) and applied {@code after} later, as TempBox
     * may store a send seconds after its client gave up.
     */
    public SandboxFaults withLateApplies(double rate, Duration after) {
        return new SandboxFaults(errorRate, errorStyle, latency, jitter, timeoutRate, timeoutHold, timeoutApplies,
                malformedRate, storedButFailedRate, rate, after, operations);
    }

    /** The same knobs, restricted to the given operations (wire names). */
    public SandboxFaults onlyFor(String... operations) {
        return new SandboxFaults(errorRate, errorStyle, latency, jitter, timeoutRate, timeoutHold, timeoutApplies,
                malformedRate, storedButFailedRate, lateApplyRate, lateApplyAfter, Set.of(operations));
    }

    boolean appliesTo(Operation operation) {
        return operations().isEmpty() || operations().contains(operation.name());
    }

    private static Duration nonNegative(String name, @Nullable Duration value, Duration fallback) {
        if (value == null) {
            return fallback;
        }
        if (value.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative");
        }
        return value;
    }

    private static void rate(String name, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must be between 0 and 1, was " + value);
        }
    }
}
