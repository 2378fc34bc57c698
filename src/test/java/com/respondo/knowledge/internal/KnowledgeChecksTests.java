package com.respondo.knowledge.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import com.respondo.tempbox.Tenants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The scheduled checks: the bundled base copied at start, and a file added later searched without a reindex. */
class KnowledgeChecksTests {

    @TempDir
    Path work;

    @Test
    void copiesTheSeedAtStartAndPicksUpAFileAddedLater() throws IOException {
        KnowledgeProperties properties = new KnowledgeProperties(work.resolve("knowledge"), null,
                "classpath:sandbox/knowledge", Duration.ofSeconds(1), 800, 0.5);
        try (LuceneKnowledgeBase knowledge = new LuceneKnowledgeBase(properties,
                new Tenants(List.of(LuceneKnowledgeBaseTests.tenant("loja-aurora"))), Clock.systemUTC())) {
            KnowledgeChecks checks = new KnowledgeChecks(knowledge, properties);
            checks.start();
            try {
                await().atMost(Duration.ofSeconds(60))
                    .until(() -> knowledge.describe("loja-aurora").documents().size() == 25);
                assertThat(knowledge.search("loja-aurora", "cashback", 1)).isEmpty();

                Files.writeString(work.resolve("knowledge/loja-aurora/black-friday.md"),
                        "# Black Friday\n\nNa Black Friday da Loja Aurora há cashback em dobro.\n");

                await().atMost(Duration.ofSeconds(60))
                    .until(() -> !knowledge.search("loja-aurora", "cashback", 1).isEmpty());
                assertThat(knowledge.search("loja-aurora", "cashback", 1).get(0).documentPath())
                    .isEqualTo("black-friday.md");
            }
            finally {
                checks.stop();
            }
        }
    }
}
