package com.respondo.knowledge.internal;

import java.nio.file.Path;
import java.time.Duration;

import org.hibernate.validator.constraints.time.DurationMin;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * The knowledge base's settings ({@code respondo.knowledge}).
 *
 * @param dir the folder of the tenants' documents, {@code <dir>/<tenant-id>/**} ({@code RESPONDO_KNOWLEDGE_DIR};
 *     default {@code knowledge} in the working directory); a tenant whose folder is absent has no knowledge
 * @param indexDir where the tenants' Lucene indexes are kept (default {@code <respondo.data-dir>/knowledge-index});
 *     none: in memory, rebuilt at each start
 * @param seed documents copied into {@code dir} at start where no file of that name is there yet, as a resource
 *     location ({@code classpath:sandbox/knowledge}: the sandbox's bundled base); none by default
 * @param checkInterval how often the folders are checked for changed files (default 1 minute)
 * @param chunkChars the size budget of one passage in characters (default 800); a longer section is cut at its
 *     paragraphs, a longer paragraph at its sentences
 * @param minScore the support score under which a passage does not support an answer (default 0.5)
 */
@Validated
@ConfigurationProperties("respondo.knowledge")
public record KnowledgeProperties(@DefaultValue("knowledge") @NotNull Path dir, @Nullable Path indexDir,
        @Nullable String seed, @DefaultValue("1m") @NotNull @DurationMin(seconds = 1) Duration checkInterval,
        @DefaultValue("800") @Min(200) int chunkChars,
        @DefaultValue("0.5") @DecimalMin("0.0") @DecimalMax("1.0") double minScore) {
}
