package com.respondo.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.respondo.llm.Llm;
import com.respondo.llm.LlmAnswer;
import com.respondo.llm.LlmRequest;
import com.respondo.replies.Greeting;
import com.respondo.resilience.ScriptedServer.Reply;

/**
 * The LLM client's connections: as many stay open between bursts as the bulkhead lets questions be in flight (8
 * here), more than OkHttp's default of 5 idle ones, so a burst after a burst opens no new connection.
 */
@SpringBootTest(classes = LlmResilienceTests.LlmOnly.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = { "spring.ai.openai.api-key=sk-test-connections-0123456789", "respondo.llm.timeout=5s",
                "resilience4j.bulkhead.instances.llm.max-concurrent-calls=8" })
class LlmConnectionsTests {

    private static final int IN_FLIGHT = 8;

    private static final ScriptedServer MODEL = new ScriptedServer();

    @Autowired
    Llm llm;

    private List<InetSocketAddress> firstBurst = List.of();

    @DynamicPropertySource
    static void model(DynamicPropertyRegistry registry) {
        registry.add("spring.ai.openai.base-url", () -> MODEL.baseUrl() + "/v1");
    }

    @AfterAll
    static void stop() {
        MODEL.close();
    }

    @Test
    void burstsOfQuestionsReuseTheConnectionsOfTheFirstBurst() throws Exception {
        ExecutorService steps = Executors.newFixedThreadPool(IN_FLIGHT);
        try {
            for (int burst = 1; burst <= 3; burst++) {
                MODEL.reset();
                MODEL.answerByDefault(Reply.of(200, LlmResilienceTests.completion(
                        "{\\\"message\\\": \\\"Boa tarde, Maria!\\\"}")).heldUntilReleased());
                List<CompletableFuture<LlmAnswer<Greeting>>> answers = new ArrayList<>();
                for (int i = 0; i < IN_FLIGHT; i++) {
                    answers.add(CompletableFuture.supplyAsync(this::ask, steps));
                }
                await().atMost(Duration.ofSeconds(5)).until(() -> MODEL.inFlight() == IN_FLIGHT);
                List<InetSocketAddress> clients = MODEL.arrivals().stream().map(ScriptedServer.Arrival::client).toList();
                MODEL.release();
                for (CompletableFuture<LlmAnswer<Greeting>> answer : answers) {
                    assertThat(answer.get(10, TimeUnit.SECONDS).value()).isNotNull();
                }
                assertThat(MODEL.connections()).as("connections of burst %d", burst).isEqualTo(IN_FLIGHT);
                if (burst > 1) {
                    assertThat(clients).as("burst %d came on the connections of the first", burst)
                        .hasSameElementsAs(firstBurst);
                }
                else {
                    firstBurst = clients;
                }
            }
        }
        finally {
            steps.shutdownNow();
        }
    }


    private LlmAnswer<Greeting> ask() {
        return this.llm.ask(new LlmRequest("initial-response", "loja-aurora", "initial-response", "atd-1", Map.of(
                "company", "Loja Aurora", "businessHours", "das 9h às 18h", "openNow", "sim",
                "customerName", "Maria", "channel", "WhatsApp", "greetingPeriod", "boa tarde",
                "customerMessages", "Oi")), Greeting.class);
    }
}
