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
 * @param structuredOutput how the answer's JSON schema reaches the model: {@code native} (default) also sends it as
 * {@code response_format} {@code json_schema} with {@code strict: true}, so the server constrains the answer to it;
 * {@code prompt} only in the system message's format instructions, for servers that refuse {@code response_format}
 */
@Validated
@ConfigurationProperties("respondo.llm")
public record LlmProperties(@Nullable Path promptsDir,
        @DefaultValue("30s") @NotNull @DurationMin(millis = 1) Duration timeout,
        @Nullable @Positive Integer maxCompletionTokens,
        @DefaultValue("false") boolean promptCacheKey,
        @DefaultValue("native") @NotNull StructuredOutput structuredOutput) {

    /** How the answer's JSON schema reaches the model. */
    public enum StructuredOutput {

        /** In {@code response_format} (json_schema, strict) and in the system message's format instructions. */
        NATIVE,

        /** Only in the system message's format instructions. */
        PROMPT
    }
}
