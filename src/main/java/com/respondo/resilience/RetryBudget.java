package com.respondo.resilience;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

/**
 * How long one call may still take, retries included. A failure whose server asks for a wait ({@code Retry-After})
 * that ends past the budget is not retried: it is carried past the retry unchanged, so the caller gets the
 * retryable error at once instead of after a wait it could not afford.
 */
final class RetryBudget {

    private final long deadline;

    private final Function<Throwable, Optional<Duration>> retryAfter;

    private RetryBudget(long deadline, Function<Throwable, Optional<Duration>> retryAfter) {
        this.deadline = deadline;
        this.retryAfter = retryAfter;
    }

    /** A budget of {@code budget} from now, for failures whose asked wait {@code retryAfter} reads. */
    static RetryBudget startingNow(Duration budget, Function<Throwable, Optional<Duration>> retryAfter) {
        return new RetryBudget(System.nanoTime() + budget.toNanos(), retryAfter);
    }

    /** Whether the wait the failure asks for would end at or past the deadline. */
    boolean exceededBy(Throwable failure) {
        return this.retryAfter.apply(failure)
            .map(wait -> wait.toNanos() >= this.deadline - System.nanoTime())
            .orElse(false);
    }

    /** {@code failure}, or {@link GiveUp} carrying it when the wait it asks for exceeds the budget. */
    RuntimeException check(RuntimeException failure) {
        return exceededBy(failure) ? new GiveUp(failure) : failure;
    }

    /**
     * A retryable failure that must not be retried, on its way past the retry; never leaves this package (the
     * retry configurations list only the dependencies' own exceptions as retryable, so this one passes through).
     */
    static final class GiveUp extends RuntimeException {

        private final RuntimeException failure;

        GiveUp(RuntimeException failure) {
            super("retry budget exceeded", failure, false, false);
            this.failure = failure;
        }

        /** The failure to report. */
        RuntimeException failure() {
            return this.failure;
        }
    }
}
