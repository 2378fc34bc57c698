package com.respondo.knowledge.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import com.respondo.knowledge.Passage;
import com.respondo.tempbox.Tenants;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Searches of the sandbox's bundled knowledge (in memory) as customers write them. */
class KnowledgeRetrievalTests {

    static LuceneKnowledgeBase knowledge;

    @BeforeAll
    static void index() {
        knowledge = new LuceneKnowledgeBase(new KnowledgeProperties(RetrievalBenchmark.bundledKnowledge(), null, null,
                Duration.ofMinutes(1), 800, 0.5), new Tenants(List.of(LuceneKnowledgeBaseTests.tenant("loja-aurora"),
                        LuceneKnowledgeBaseTests.tenant("clinica-sorriso"))), Clock.systemUTC());
    }

    @AfterAll
    static void close() throws IOException {
        knowledge.close();
    }

    @Test
    void accentsAndTheirAbsenceFindTheSamePassages() {
        assertThat(ids(knowledge.search("loja-aurora", "devolução e reembolso", 3)))
            .isEqualTo(ids(knowledge.search("loja-aurora", "devolucao e reembolso", 3)))
            .first().asString().startsWith("devolucao-e-reembolso.md#");
    }

    @Test
    void aPluralFindsItsSingular() {
        assertThat(knowledge.search("clinica-sorriso", "extrações", 1)).first()
            .extracting(Passage::documentPath).isEqualTo("extracao-e-siso.md");
    }

    @Test
    void aTypoInAWordNoDocumentHasStillMatches() {
        assertThat(knowledge.search("loja-aurora", "prazo de entrga pra manaus", 1)).first()
            .satisfies(passage -> {
                assertThat(passage.documentPath()).isEqualTo("prazos-de-entrega.md");
                assertThat(passage.text()).contains("Manaus");
            });
    }

    @Test
    void aFollowUpQuestionIsSearchedWithTheTurnItRefersTo() {
        assertThat(knowledge.search("loja-aurora", "e pra manaus?", 3)).extracting(Passage::documentPath)
            .doesNotContain("frete.md");
        List<Passage> found = knowledge.searchForQuestion("loja-aurora", "e pra manaus?",
                List.of("oi", "qual o prazo de entrega?"), 3);

        assertThat(found).first().satisfies(passage -> {
            assertThat(passage.documentPath()).isEqualTo("prazos-de-entrega.md");
            assertThat(passage.supports(knowledge.supportThreshold())).isTrue();
        });
    }

    @Test
    void aQuestionNothingAnswersScoresUnderTheThreshold() {
        List<Passage> found = knowledge.search("clinica-sorriso", "vcs fazem harmonizacao facial?", 3);

        assertThat(found).allSatisfy(passage -> assertThat(passage.supports(knowledge.supportThreshold())).isFalse());
    }

    @Test
    void chatFillerAloneFindsNothing() {
        assertThat(knowledge.search("loja-aurora", "oi, bom dia! tudo bem? vcs podem me ajudar?", 3)).isEmpty();
    }

    private static List<String> ids(List<Passage> passages) {
        return passages.stream().map(Passage::id).toList();
    }
}
