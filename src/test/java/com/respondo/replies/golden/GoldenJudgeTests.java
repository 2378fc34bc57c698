package com.respondo.replies.golden;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.respondo.conversation.Conversation;
import com.respondo.conversation.Message;
import com.respondo.replies.PreviewedStep;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The LLM-as-judge of the golden conversations against a JDK {@code HttpServer} on loopback answering
 * {@code /v1/chat/completions} with scripted verdicts: what it is asked, and what its verdict does to the score.
 */
class GoldenJudgeTests {

    private static final Path PROMPT = GoldenConversationsIntegrationTests.GOLDEN.resolve("judge-prompt.st");

    private static final String CRITERION = "the answer says where the information comes from";

    private static final String ANSWER = "O vale-presente vale por 12 meses a partir da compra.";

    private final JsonMapper json = JsonMapper.builder().build();

    private final List<JsonNode> requests = new ArrayList<>();

    private final Deque<String> verdicts = new ArrayDeque<>();

    private HttpServer server;

    @BeforeEach
    void startTheJudge() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v1/chat/completions", exchange -> {
            synchronized (requests) {
                requests.add(json.readTree(exchange.getRequestBody().readAllBytes()));
            }
            String content = verdicts.isEmpty() ? "" : verdicts.poll();
            byte[] body = json.writeValueAsBytes(java.util.Map.of("id", "judge-1", "object", "chat.completion",
                    "model", "judge-model", "choices", List.of(java.util.Map.of("index", 0, "finish_reason", "stop",
                            "message", java.util.Map.of("role", "assistant", "content", content)))));
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    @AfterEach
    void stopTheJudge() {
        server.stop(0);
    }

    @Test
    void asksTheJudgeTheCriterionWithTheConversationAndTheAnswer() {
        verdicts.add("{\"verdict\": \"pass\", \"reason\": \"it cites the gift card policy\"}");

        List<GoldenJudge.Judgement> judged = judge().judge(List.of(CRITERION), conversation(), answer());

        assertThat(judged).extracting(GoldenJudge.Judgement::verdict).containsExactly(GoldenJudge.Verdict.PASS);
        assertThat(requests).hasSize(1);
        JsonNode request = requests.get(0);
        assertThat(request.path("model").asString()).isEqualTo("judge-model");
        String asked = request.path("messages").path(1).path("content").asString();
        assertThat(asked).contains(CRITERION, ANSWER, "customer: Qual a validade do {vale-presente}?",
                "SEND_REPLY");
        assertThat(request.path("messages").path(0).path("content").asString()).contains("\"verdict\"");
    }

    @Test
    void aFailVerdictFailsTheConversationInTheScore() {
        verdicts.add("{\"verdict\": \"fail\", \"reason\": \"no source is named\"}");

        List<GoldenJudge.Judgement> judged = judge().judge(List.of(CRITERION), conversation(), answer());
        List<String> failures = GoldenJudge.failures(judged);
        GoldenScores scores = new GoldenScores(0, 0);
        scores.add(new GoldenScores.Result("knowledge", "golden-knowledge-validade", failures.isEmpty(), failures,
                "ai-reply SEND_REPLY", 10, 5, 100, judged));

        assertThat(failures).singleElement().asString().contains(CRITERION, "no source is named");
        assertThat(scores.table("judge test")).contains("| knowledge | 0/1 | 0 % | 0/1 |");
    }

    @Test
    void withoutAJudgeModelTheCriteriaAreListedAsNotJudgedNeverPassed() {
        GoldenJudge none = GoldenJudge.fromSystemProperties(PROMPT);

        List<GoldenJudge.Judgement> judged = none.judge(List.of(CRITERION), conversation(), answer());
        GoldenScores scores = new GoldenScores(0, 0);
        scores.add(new GoldenScores.Result("knowledge", "golden-knowledge-validade", true, List.of(),
                "ai-reply SEND_REPLY", 10, 5, 100, judged));

        assertThat(none.configured()).isFalse();
        assertThat(judged).extracting(GoldenJudge.Judgement::verdict)
            .containsExactly(GoldenJudge.Verdict.NOT_JUDGED);
        assertThat(GoldenJudge.failures(judged)).isEmpty();
        assertThat(scores.table("sandbox")).contains("| knowledge | 1/1 | 100 % | 1 not judged |");
        assertThat(requests).isEmpty();
    }

    @Test
    void theGoldenFilesCarryCriteriaForTheJudge() {
        assertThat(GoldenConversation.load(GoldenConversationsIntegrationTests.GOLDEN))
            .filteredOn(golden -> !golden.expect().judge().isEmpty())
            .isNotEmpty();
    }

    private GoldenJudge judge() {
        return GoldenJudge.of("http://127.0.0.1:" + server.getAddress().getPort() + "/v1", "judge-model", PROMPT);
    }

    private static Conversation conversation() {
        Instant at = Instant.parse("2026-12-08T17:00:00Z");
        return new Conversation("loja-aurora", "golden-judge", "golden-judge-hash", "bot", false, 1, "Maria",
                List.of(Message.fromCustomer("m1", "Maria", "Qual a validade do {vale-presente}?", at)));
    }

    private static List<PreviewedStep> answer() {
        return List.of(new PreviewedStep("ai-reply", "SEND_REPLY", "LLM", 0.9, "answered from the policy",
                List.of(ANSWER), List.of("vale-presente.md#1")));
    }
}
