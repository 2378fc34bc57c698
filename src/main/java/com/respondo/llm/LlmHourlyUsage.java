package com.respondo.llm;

import java.time.Instant;

/**
 * The LLM calls of one hour added up, all tenants and steps together, for the dashboard's charts.
 *
 * @param hour the start of the hour (UTC)
 * @param calls how many answers were received
 * @param promptTokens the prompt tokens, summed
 * @param completionTokens the completion tokens, summed
 * @param averageLatencyMs the mean latency in milliseconds
 * @param maxLatencyMs the longest latency in milliseconds
 */
public record LlmHourlyUsage(Instant hour, long calls, long promptTokens, long completionTokens,
        long averageLatencyMs, long maxLatencyMs) {
}
