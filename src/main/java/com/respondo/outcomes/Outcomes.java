package com.respondo.outcomes;

import java.time.Instant;

/**
 * The outcomes of one tenant over a period, computed on demand from the ledger, the LLM usage and TempBox.
 */
public interface Outcomes {

    /**
     * The outcomes of the conversations Respondo acted on between {@code from} (inclusive) and {@code to}
     * (exclusive).
     *
     * @throws IllegalArgumentException when the tenant is unknown or the period is empty or too long
     * @throws com.respondo.tempbox.TempBoxException when TempBox cannot be read
     */
    OutcomeReport report(String tenantId, Instant from, Instant to);

    /**
     * The outcomes of the last 24 hours, also published as the {@code respondo.outcomes.*} gauges.
     *
     * @throws IllegalArgumentException when the tenant is unknown
     * @throws com.respondo.tempbox.TempBoxException when TempBox cannot be read
     */
    OutcomeReport lastDay(String tenantId);
}
