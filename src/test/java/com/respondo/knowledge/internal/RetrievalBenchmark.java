package com.respondo.knowledge.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.respondo.knowledge.Passage;
import com.respondo.tempbox.Tenant;
import com.respondo.tempbox.Tenants;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * The knowledge retrieval benchmark of issue 15: the labelled customer questions of
 * {@code knowledge/questions.tsv} asked of the sandbox's bundled knowledge base, indexed in memory with the default
 * settings ({@link KnowledgeProperties}' defaults). Shared by {@code KnowledgeRetrievalTargetsTests} (every build)
 * and {@code KnowledgeRetrievalBenchmark}
 * ({@code -Pbench}, which prints the figures).
 */
public final class RetrievalBenchmark {

    /** The passages a question's answer is looked for in: recall@3. */
    public static final int TOP = 3;

    /** The passages MRR looks at. */
    private static final int MRR_DEPTH = 10;

    private RetrievalBenchmark() {
    }

    /** Runs every question of the set against the sandbox knowledge base. */
    public static Figures run() {
        KnowledgeProperties defaults = new Binder(new MapConfigurationPropertySource(
                Map.of("respondo.knowledge.dir", bundledKnowledge().toString())))
            .bindOrCreate("respondo.knowledge", KnowledgeProperties.class);
        List<Question> questions = questions();
        Tenants tenants = new Tenants(questions.stream().map(Question::tenant).distinct()
            .map(id -> new Tenant(id, "00000000-0000-0000-0000-000000000001", "unused",
                    "00000000-0000-0000-0000-000000000002", id))
            .toList());
        try (LuceneKnowledgeBase knowledge = new LuceneKnowledgeBase(defaults, tenants, Clock.systemUTC())) {
            List<Outcome> outcomes = new ArrayList<>();
            for (Question question : questions) {
                List<Passage> found = knowledge.search(question.tenant(), question.text(), MRR_DEPTH);
                outcomes.add(new Outcome(question, found));
            }
            return new Figures(outcomes, knowledge.supportThreshold());
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** The bundled sandbox knowledge ({@code src/main/resources/sandbox/knowledge}) as the test run sees it. */
    static Path bundledKnowledge() {
        try {
            return Path.of(Objects.requireNonNull(RetrievalBenchmark.class.getResource("/sandbox/knowledge")).toURI());
        }
        catch (URISyntaxException ex) {
            throw new IllegalStateException(ex);
        }
    }

    static List<Question> questions() {
        try (InputStream in = Objects.requireNonNull(
                RetrievalBenchmark.class.getResourceAsStream("/knowledge/questions.tsv"))) {
            List<Question> questions = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t", 3);
                Set<String> documents = fields[1].equals("-") ? Set.of() : Set.of(fields[1].split(","));
                questions.add(new Question(fields[0], documents, fields[2].strip()));
            }
            return questions;
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /**
     * One labelled question.
     *
     * @param tenant whose documents it is asked of
     * @param documents the documents that answer it; none for a question that nothing answers
     * @param text the question
     */
    public record Question(String tenant, Set<String> documents, String text) {

        boolean answerable() {
            return !documents.isEmpty();
        }
    }

    /**
     * A question and the passages found for it.
     *
     * @param question the question
     * @param found the passages, best first
     */
    public record Outcome(Question question, List<Passage> found) {

        /** The rank (from 1) of the first passage of a document that answers it; 0 when none is found. */
        int firstRelevantRank() {
            for (int i = 0; i < found.size(); i++) {
                if (question.documents().contains(found.get(i).documentPath())) {
                    return i + 1;
                }
            }
            return 0;
        }

        double topScore() {
            return found.isEmpty() ? 0 : found.get(0).score();
        }

        String describe() {
            return String.format(Locale.ROOT, "[%s] %s -> %s", question.tenant(), question.text(),
                    found.stream().limit(TOP)
                        .map(passage -> String.format(Locale.ROOT, "%s (%.2f)", passage.id(), passage.score()))
                        .toList());
        }
    }

    /**
     * The benchmark's figures.
     *
     * @param outcomes every question's outcome
     * @param threshold the support threshold under which Respondo hands off
     */
    public record Figures(List<Outcome> outcomes, double threshold) {

        public List<Outcome> answerable() {
            return outcomes.stream().filter(outcome -> outcome.question().answerable()).toList();
        }

        public List<Outcome> unanswerable() {
            return outcomes.stream().filter(outcome -> !outcome.question().answerable()).toList();
        }

        /** Share of the answerable questions with a passage of a right document among the first {@value #TOP}. */
        public double recallAt3() {
            return 1 - (double) misses().size() / answerable().size();
        }

        /** Mean reciprocal rank of the first passage of a right document (0 beyond the first ten). */
        public double mrr() {
            return answerable().stream()
                .mapToDouble(outcome -> outcome.firstRelevantRank() == 0 ? 0 : 1.0 / outcome.firstRelevantRank())
                .average()
                .orElse(0);
        }

        /** Share of the questions that nothing answers whose best passage still scores at or above the threshold. */
        public double unanswerableAboveThreshold() {
            return (double) falseSupport().size() / unanswerable().size();
        }

        /** Share of the answerable questions whose best passage scores under the threshold (handed off). */
        public double answerableBelowThreshold() {
            return (double) answerable().stream().filter(outcome -> outcome.topScore() < threshold).count()
                    / answerable().size();
        }

        /** The answerable questions with no right document among the first {@value #TOP} passages. */
        public List<Outcome> misses() {
            return answerable().stream()
                .filter(outcome -> outcome.firstRelevantRank() == 0 || outcome.firstRelevantRank() > TOP)
                .toList();
        }

        /** The questions that nothing answers whose best passage scores at or above the threshold. */
        public List<Outcome> falseSupport() {
            return unanswerable().stream().filter(outcome -> outcome.topScore() >= threshold).toList();
        }

        public String report() {
            StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
                    "Knowledge retrieval benchmark: %d answerable questions, %d that nothing answers, threshold %.2f%n"
                            + "  recall@3 %.3f   MRR %.3f%n"
                            + "  unanswerable with a passage above the threshold %.1f %%%n"
                            + "  answerable with no passage above the threshold (would hand off) %.1f %%%n",
                    answerable().size(), unanswerable().size(), threshold, recallAt3(), mrr(),
                    100 * unanswerableAboveThreshold(), 100 * answerableBelowThreshold()));
            report.append("  other thresholds (unanswerable above / answerable below):");
            for (double other = 0.3; other < 0.85; other += 0.1) {
                double candidate = other;
                report.append(String.format(Locale.ROOT, "  %.1f: %.1f %% / %.1f %%", candidate,
                        100.0 * unanswerable().stream().filter(outcome -> outcome.topScore() >= candidate).count()
                                / unanswerable().size(),
                        100.0 * answerable().stream().filter(outcome -> outcome.topScore() < candidate).count()
                                / answerable().size()));
            }
            report.append('\n');
            misses().forEach(outcome -> report.append("  miss: ").append(outcome.describe()).append('\n'));
            falseSupport().forEach(outcome -> report.append("  above threshold: ").append(outcome.describe())
                .append('\n'));
            return report.toString();
        }
    }
}
