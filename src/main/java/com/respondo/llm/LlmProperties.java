package com.respondo.llm;

import java.nio.file.Path;
import java.time.Duration;

import org.hibernate.validator.constraints.time.DurationMin;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/**
 * Respondo's own LLM settings ({@code respondo.llm}); the connection itself (key, base URL, model, temperature)
 * is configured by the standard {@code spring.ai.openai.*} properties.
 *
 * @param promptsDir a directory of prompt overrides ({@code <dir>/<tenant>/<name>.st}, {@code <dir>/<name>.st});
 * none by default: the jar's {@code prompts/} are used
 * @param timeout the whole time one call may take, connection included (default 30 s); a call that takes longer
 * fails with {@link LlmUnavailableException}
 * @param maxCompletionTokens an upper bound on the tokens of one answer; none by default (not sent)
 * @param promptCacheKey whether to send OpenAI's {@code prompt_cache_key} ({@code respondo-<tenant>-<prompt>}), which
 * routes calls sharing a system prompt to the same cache; off by default because not every OpenAI-compatible
 * server accepts it
 */
@Validated
@ConfigurationProperties("respondo.llm")
public record LlmProperties(@Nullable Path promptsDir,
        @DefaultValue("30s") @NotNull @DurationMin(millis = 1) Duration timeout,
        @Nullable @Positive Integer maxCompletionTokens,
        @DefaultValue("false") boolean promptCacheKey) {
}
