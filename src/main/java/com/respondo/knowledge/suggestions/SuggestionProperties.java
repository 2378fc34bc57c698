package com.respondo.knowledge.suggestions;

import java.time.Duration;

import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotNull;

/**
 * The settings of suggested knowledge ({@code respondo.knowledge.suggestions}).
 *
 * @param checkInterval how often the handed-off conversations are read for a person's answer and closing (default 5
 *     minutes; the first check comes one interval after start)
 * @param lookback how far back hand-offs are read (default 14 days): a conversation still open after that is never
 *     drafted
 */
@Validated
@ConfigurationProperties("respondo.knowledge.suggestions")
public record SuggestionProperties(@DefaultValue("5m") @NotNull @DurationMin(seconds = 1) Duration checkInterval,
        @DefaultValue("14d") @NotNull @DurationMin(minutes = 1) Duration lookback) {
}
