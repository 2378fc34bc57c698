package com.respondo.replies.golden;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.respondo.conversation.Conversation;
import com.respondo.replies.PreviewedStep;
import com.respondo.replies.RepliesIntegrationTest;
import com.respondo.replies.ReplyPreview;
import com.respondo.replies.Scenario;
import com.respondo.tempbox.Tenants;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The golden conversations ({@code src/test/resources/golden/*.yml}) through Respondo's decision on each one's
 * pending turn ({@link ReplyPreview}: the reply steps' planners, prompts and checks), against the deterministic
 * sandbox LLM in {@code ./mvnw verify}: one test per conversation, failing on any missed expectation; conversations
 * marked {@code evalOnly} are left to real models. With {@code -Peval} ({@code -Deval.base-url=... -Deval.model=...})
 * the same set runs against that OpenAI-compatible server, evalOnly ones included, and the run prints its score table
 * (see {@code src/site/markdown/evaluation.md}) and writes it with every conversation's decision under
 * {@code target/golden/}; a missed expectation then lowers the score instead of failing the build, unless the pass
 * rate falls under {@code -Deval.min-pass-rate}. Free-text criteria ({@code judge:}) are asked of the LLM-as-judge
 * of {@code -Deval.judge-model} ({@link GoldenJudge}); without one they are listed as not judged.
 */
@RepliesIntegrationTest
class GoldenConversationsIntegrationTests {

    static final Path GOLDEN = Path.of("src/test/resources/golden");

    private static final List<GoldenConversation> CONVERSATIONS = GoldenConversation.load(GOLDEN);

    private static final boolean EVAL = Boolean.getBoolean("eval");

    static {
        if (EVAL) {
            useEvaluatedServer();
        }
    }

    private static final GoldenScores SCORES = new GoldenScores(price("eval.price-input"), price("eval.price-output"));

    private static final GoldenJudge JUDGE = GoldenJudge.fromSystemProperties(GOLDEN.resolve("judge-prompt.st"));

    @Autowired
    ReplyPreview preview;

    @Autowired
    Scenario scenario;

    @Autowired
    Tenants tenants;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Environment environment;

    @Test
    void theSetCoversBothCompaniesAndEveryKindOfTurn() {
        assertThat(CONVERSATIONS).hasSizeGreaterThanOrEqualTo(60);
        assertThat(CONVERSATIONS).extracting(GoldenConversation::tenant).contains("loja-aurora", "clinica-sorriso");
        assertThat(CONVERSATIONS.stream().map(GoldenConversation::category).collect(Collectors.toSet()))
            .contains("greetings", "canned", "knowledge", "out-of-scope", "handoff", "angry", "injection",
                    "schedule", "close", "burst");
        assertThat(CONVERSATIONS.stream().map(GoldenConversation::id).distinct()).hasSameSizeAs(CONVERSATIONS);
    }

    @TestFactory
    Stream<DynamicTest> eachConversationGetsTheExpectedDecision() throws IOException {
        scenario.reset();
        List<GoldenConversation> run = CONVERSATIONS.stream().filter(c -> EVAL || !c.evalOnly()).toList();
        Stream<DynamicTest> tests = run.stream().map(golden -> DynamicTest.dynamicTest(golden.category() + ": "
                + golden.name() + " (" + golden.tenant() + ")", () -> check(golden)));
        return tests.onClose(this::report);
    }

    private void check(GoldenConversation golden) {
        Conversation conversation = golden.conversation(tenants.get(golden.tenant()).atendente());
        long started = System.nanoTime();
        List<PreviewedStep> steps = preview.preview(conversation, golden.at());
        long millis = (System.nanoTime() - started) / 1_000_000;
        List<String> failures = new java.util.ArrayList<>(GoldenVerdict.failures(golden.expect(), steps));
        List<GoldenJudge.Judgement> judged = JUDGE.judge(golden.expect().judge(), conversation, steps);
        failures.addAll(GoldenJudge.failures(judged));
        Map<String, Object> usage = jdbc.sql("SELECT COALESCE(SUM(prompt_tokens), 0) AS input,"
                + " COALESCE(SUM(completion_tokens), 0) AS output FROM llm_usage WHERE atendimento = ?")
            .param(conversation.atendimentoId()).query().singleRow();
        String decision = GoldenVerdict.describe(steps);
        SCORES.add(new GoldenScores.Result(golden.category(), golden.id(), failures.isEmpty(), failures, decision,
                ((Number) usage.values().toArray()[0]).longValue(), ((Number) usage.values().toArray()[1]).longValue(),
                millis, judged));
        if (!EVAL) {
            assertThat(failures).as(golden.file() + " " + golden.name() + ": " + decision).isEmpty();
        }
    }

    /** Prints the score table and writes it, with every conversation's result, under {@code target/golden}. */
    private void report() {
        String label = System.getProperty("eval.label", environment.getProperty("spring.ai.openai.chat.model", "")
                + (EVAL ? "" : " (sandbox LLM)"));
        String table = SCORES.table(label);
        System.out.println(table);
        try {
            Path directory = Files.createDirectories(Path.of("target", "golden"));
            String file = label.replaceAll("[^A-Za-z0-9._-]+", "_");
            Files.writeString(directory.resolve(file + ".md"), table);
            Files.writeString(directory.resolve(file + ".json"),
                    JsonMapper.builder().build().writerWithDefaultPrettyPrinter()
                        .writeValueAsString(Map.of("label", label, "results", SCORES.results())));
        }
        catch (IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
        double minimum = price("eval.min-pass-rate");
        if (EVAL && minimum > 0) {
            long passed = SCORES.results().stream().filter(GoldenScores.Result::passed).count();
            assertThat(100.0 * passed / SCORES.results().size()).as("pass rate (%)").isGreaterThanOrEqualTo(minimum);
        }
    }

    /**
     * Points the LLM client at {@code -Deval.base-url} with {@code -Deval.model} and the prompts of
     * {@code -Deval.prompts-dir} (the key comes from the profile's {@code SPRING_AI_OPENAI_API_KEY}), before the
     * context starts.
     */
    private static void useEvaluatedServer() {
        String baseUrl = System.getProperty("eval.base-url", "");
        if (baseUrl.isBlank()) {
            throw new IllegalStateException("-Peval needs -Deval.base-url=<OpenAI-compatible server, e.g. "
                    + "http://localhost:11434/v1>");
        }
        System.setProperty("spring.ai.openai.base-url", baseUrl);
        System.setProperty("spring.ai.openai.chat.model", System.getProperty("eval.model", "gpt-4o-mini"));
        String prompts = System.getProperty("eval.prompts-dir", "");
        if (!prompts.isBlank()) {
            System.setProperty("respondo.llm.prompts-dir", prompts);
        }
    }

    private static double price(String property) {
        String value = System.getProperty(property, "");
        return value.isBlank() ? 0 : Double.parseDouble(value);
    }
}
