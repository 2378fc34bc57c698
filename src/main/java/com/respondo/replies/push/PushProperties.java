package com.respondo.replies.push;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * The push of new customer messages ({@code respondo.replies.push}).
 *
 * @param enabled whether each tenant's stream of new messages wakes the replies job (it only runs while the job
 *     schedules do: {@code respondo.jobs.scheduler-enabled}); off, the schedule alone finds new messages
 * @param job the job a new message wakes
 * @param wakeMargin how long after a message's debounce ends the job is woken (TempBox's and this machine's clocks
 *     may differ a little)
 * @param reconnectMin the wait before reconnecting a lost stream; it doubles after each failed attempt
 * @param reconnectMax the longest wait between attempts to reconnect
 * @param silenceTimeout how long a stream may stay silent (no message, no keep-alive) before it is taken for lost
 */
@Validated
@ConfigurationProperties("respondo.replies.push")
public record PushProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("replies") @NotBlank String job,
        @DefaultValue("250ms") @NotNull Duration wakeMargin,
        @DefaultValue("1s") @NotNull Duration reconnectMin,
        @DefaultValue("1m") @NotNull Duration reconnectMax,
        @DefaultValue("45s") @NotNull Duration silenceTimeout) {

    public PushProperties {
        if (wakeMargin.isNegative() || reconnectMin.isNegative() || reconnectMin.isZero()
                || reconnectMax.compareTo(reconnectMin) < 0 || silenceTimeout.isNegative() || silenceTimeout.isZero()) {
            throw new IllegalArgumentException("respondo.replies.push: wake-margin must not be negative, reconnect-min "
                    + "and silence-timeout must be longer than zero, reconnect-max at least reconnect-min");
        }
    }
}
