package com.respondo.outcomes;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The outcomes of one tenant over a period; each figure is defined in {@code src/site/markdown/outcomes.md}. A rate
 * is null when its denominator is zero.
 *
 * @param tenant the tenant
 * @param from the period's start (inclusive)
 * @param to the period's end (exclusive)
 * @param computedAt when it was computed (the 72 h and 24 h windows are measured up to this moment)
 * @param conversations the conversations Respondo acted on in the period
 * @param automatedResolution closed with no person and not reopened by the customer within 72 h
 * @param handoffs the conversations handed to a person, by reason
 * @param containment no person needed until the close or 24 h of silence
 * @param firstAnswer the time from the customer's first message to the first answer
 * @param llmCost what the LLM calls of the period cost, in the tenant's currency
 * @param satisfaction the customers' answers to the satisfaction question (CSAT)
 */
public record OutcomeReport(String tenant, Instant from, Instant to, Instant computedAt, Conversations conversations,
        Resolution automatedResolution, Handoffs handoffs, Containment containment, FirstAnswer firstAnswer,
        LlmCost llmCost, Satisfaction satisfaction) {

    /**
     * @param touched the conversations with an action Respondo sent in the period (greeting, canned message, reply,
     *     hand-off, schedule, close)
     * @param read those TempBox returned (the figures below that need messages count only these)
     * @param unreadable those TempBox no longer knows or returned unusable
     */
    public record Conversations(long touched, long read, long unreadable) {
    }

    /**
     * @param resolved closed with no person and not reopened within 72 h of the close
     * @param reopened closed with no person, then the customer wrote again within 72 h
     * @param awaitingWindow closed with no person less than 72 h ago, not reopened yet: not counted yet
     * @param withPerson closed after a hand-off or a person's message
     * @param open not closed
     * @param rate resolved / (resolved + reopened + withPerson + open)
     */
    public record Resolution(long resolved, long reopened, long awaitingWindow, long withPerson, long open,
            @Nullable Double rate) {
    }

    /**
     * @param conversations the conversations Respondo handed off at least once
     * @param rate conversations / touched
     * @param byReason the hand-offs sent in the period, by reason (every reason listed, zeros included)
     */
    public record Handoffs(long conversations, @Nullable Double rate, Map<HandoffReason, Long> byReason) {
    }

    /**
     * @param contained closed, or silent for 24 h, with no hand-off and no person's message before
     * @param escalated a hand-off or a person's message came first
     * @param undecided still open and active within 24 h
     * @param rate contained / (contained + escalated)
     */
    public record Containment(long contained, long escalated, long undecided, @Nullable Double rate) {
    }

    /**
     * @param answered the conversations whose first customer message is in the period and was answered
     * @param medianSeconds the median time to that first answer, in seconds
     */
    public record FirstAnswer(long answered, @Nullable Long medianSeconds) {
    }

    /**
     * @param currency the tenant's currency (ISO 4217)
     * @param amount the cost of the priced calls, rounded to 4 decimals
     * @param calls the LLM calls of the period
     * @param inputTokens their prompt tokens (cached included)
     * @param outputTokens their completion tokens
     * @param cachedTokens the prompt tokens served from the provider's cache, as far as recorded
     * @param unpricedModels the models that answered but have no configured price (their calls cost 0 here)
     */
    public record LlmCost(String currency, BigDecimal amount, long calls, long inputTokens, long outputTokens,
            long cachedTokens, List<String> unpricedModels) {
    }

    /**
     * @param asked whether the tenant asks the satisfaction question now
     * @param answers the ratings given (1 to 5) in the conversations of the period
     * @param average their average, null without any
     * @param distribution how many of each rating, 1 to 5
     */
    public record Satisfaction(boolean asked, long answers, @Nullable Double average, Map<Integer, Long> distribution) {
    }
}
