package com.respondo.conversation;

import java.time.Duration;
import java.util.Objects;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * The tunable numbers of the reply decisions, without Spring so the domain stays plain; the jobs feature binds them
 * from {@code respondo.replies.*}.
 *
 * @param debounce how old the newest customer message must be before answering, so a burst gets one answer
 * @param cannedConfidenceThreshold the least confidence of the LLM's canned choice that sends it
 * @param aiConfidenceThreshold the least confidence of the AI decision that is acted on; below it, hand off
 * @param llmUnavailableHandoffAfter how long a customer may wait on an unavailable LLM before ai-reply hands off
 * @param historyTokenBudget the estimated tokens of conversation text a prompt may carry
 * @param charsPerToken the characters per token of the estimate
 * @param maxAgendaSlots how many free agenda slots the AI is offered
 * @param humanPresencePause how long after a human attendant's message (newer than the bot's last) the bot does not
 *     post in that conversation, owned by the bot or by nobody
 */
public record ReplySettings(@NotNull Duration debounce,
        @DecimalMin("0.0") @DecimalMax("1.0") double cannedConfidenceThreshold,
        @DecimalMin("0.0") @DecimalMax("1.0") double aiConfidenceThreshold,
        @NotNull Duration llmUnavailableHandoffAfter,
        @Min(100) int historyTokenBudget,
        @Min(1) @Max(16) int charsPerToken,
        @Min(1) @Max(50) int maxAgendaSlots,
        @NotNull Duration humanPresencePause) {

    /** The human-presence pause unless configured: 30 minutes. */
    public static final Duration DEFAULT_HUMAN_PRESENCE_PAUSE = Duration.ofMinutes(30);

    public ReplySettings {
        Objects.requireNonNull(debounce, "debounce");
        Objects.requireNonNull(llmUnavailableHandoffAfter, "llmUnavailableHandoffAfter");
        requireNotNegative(debounce, "debounce");
        requireNotNegative(llmUnavailableHandoffAfter, "llmUnavailableHandoffAfter");
        Objects.requireNonNull(humanPresencePause, "humanPresencePause");
        requireNotNegative(humanPresencePause, "humanPresencePause");
        requireFraction(cannedConfidenceThreshold, "cannedConfidenceThreshold");
        requireFraction(aiConfidenceThreshold, "aiConfidenceThreshold");
        requireAtLeast(historyTokenBudget, 100, "historyTokenBudget");
        requireAtLeast(charsPerToken, 1, "charsPerToken");
        requireAtLeast(maxAgendaSlots, 1, "maxAgendaSlots");
    }

    /** The settings with the default human-presence pause. */
    public ReplySettings(Duration debounce, double cannedConfidenceThreshold, double aiConfidenceThreshold,
            Duration llmUnavailableHandoffAfter, int historyTokenBudget, int charsPerToken, int maxAgendaSlots) {
        this(debounce, cannedConfidenceThreshold, aiConfidenceThreshold, llmUnavailableHandoffAfter, historyTokenBudget,
                charsPerToken, maxAgendaSlots, DEFAULT_HUMAN_PRESENCE_PAUSE);
    }

    /**
     * 8 s debounce, 0.75 canned and 0.6 AI thresholds, 5 min LLM wait, 3,000 tokens of 4 chars, 10 slots, 30 min
     * human-presence pause.
     */
    public static ReplySettings defaults() {
        return new ReplySettings(Duration.ofSeconds(8), 0.75, 0.6, Duration.ofMinutes(5), 3000, 4, 10);
    }

    /** The character budget of the conversation text of one prompt. */
    public int historyCharBudget() {
        return Math.multiplyExact(historyTokenBudget, charsPerToken);
    }

    private static void requireNotNegative(Duration duration, String name) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative: " + duration);
        }
    }

    private static void requireFraction(double value, String name) {
        if (!(value >= 0.0 && value <= 1.0)) {
            throw new IllegalArgumentException(name + " must be between 0 and 1: " + value);
        }
    }

    private static void requireAtLeast(int value, int least, String name) {
        if (value < least) {
            throw new IllegalArgumentException(name + " must be at least " + least + ": " + value);
        }
    }
}
