package com.respondo.ledger;

import java.time.Duration;

import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * The settings of the decision trace ({@code respondo.trace}): how long its rows are kept and how much text each keeps.
 *
 * @param retention how long a decision's trace is kept, from when it was first recorded (default 30 days)
 * @param cleanupInterval how often, at most, a write deletes the traces older than the retention (default 1 hour)
 * @param maxText the most characters kept of the customer's messages and of the model's raw answer (default 4000)
 */
@Validated
@ConfigurationProperties("respondo.trace")
public record TraceProperties(@DefaultValue("30d") @NotNull @DurationMin(hours = 1) Duration retention,
        @DefaultValue("1h") @NotNull @DurationMin(seconds = 1) Duration cleanupInterval,
        @DefaultValue("4000") @Min(100) @Max(100_000) int maxText) {

    /** The defaults. */
    public static TraceProperties defaults() {
        return new TraceProperties(Duration.ofDays(30), Duration.ofHours(1), 4000);
    }
}
