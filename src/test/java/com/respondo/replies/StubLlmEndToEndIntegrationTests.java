package com.respondo.replies;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import com.respondo.jobs.JobLaunches;
import com.respondo.jobs.Launch;
import com.respondo.sandbox.PostedCall;
import com.respondo.sandbox.SeededConversation;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static com.respondo.replies.Scenario.AURORA;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One run of the {@code replies} job end to end through a real OpenAI-compatible HTTP server on loopback (a JDK
 * {@link HttpServer} answering {@code /v1/chat/completions}), Spring AI's HTTP client included, the answers posted to
 * the sandbox TempBox; the tenant masks its customers' PII before text goes to the LLM.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "spring.ai.openai.api-key=" + StubLlmEndToEndIntegrationTests.KEY,
            "respondo.admin.password=stub-llm-admin", "respondo.replies.tenants.loja-aurora.mask-pii-for-llm=true" })
@Import(Scenario.class)
class StubLlmEndToEndIntegrationTests {

    static final String KEY = "sk-stub-0123456789-respondo";

    static final String GREETING = "Olá! Sou a assistente virtual da Loja Aurora. Como posso ajudar?";

    static final String REPLY = "Obrigada pela pergunta! Vou verificar e já te respondo por aqui.";

    private static final StubLlm STUB = new StubLlm();

    @Autowired
    Scenario scenario;

    @Autowired
    JobLaunches launches;

    @DynamicPropertySource
    static void stubLlm(DynamicPropertyRegistry registry) {
        registry.add("spring.ai.openai.base-url", STUB::baseUrl);
    }

    @AfterAll
    static void stopStub() {
        STUB.close();
    }

    @Test
    void theRepliesJobAnswersThroughAnOpenAiCompatibleServer() throws Exception {
        scenario.reset();
        SeededConversation greeting = scenario.newConversation(AURORA, "oi, boa tarde");
        SeededConversation question = scenario.newConversation(AURORA, "Vocês vendem vale-presente?");
        SeededConversation owned = scenario.botConversation(AURORA, "Tem loja em Joinville?",
                "Meu e-mail é ana.paula@email.com.br e meu CPF 526.018.159-06");
        scenario.mark();

        Launch launch = launches.launch("replies", AURORA);
        launches.completion(launch.executionId()).get(60, TimeUnit.SECONDS);

        Map<Object, String> answers = scenario.posted("EnviarMensagem")
            .stream()
            .collect(Collectors.toMap(PostedCall::inReplyTo, PostedCall::text));
        assertThat(answers).containsExactlyInAnyOrderEntriesOf(Map.of(greeting.mensagem(), GREETING,
                question.mensagem(), REPLY, owned.mensagem(), REPLY));
        assertThat(STUB.received()).hasSize(5).allSatisfy(request -> {
            assertThat(request.path()).isEqualTo("/v1/chat/completions");
            assertThat(request.authorization()).isEqualTo("Bearer " + KEY);
            assertThat(request.body()).contains("\"role\":\"system\"").contains("Loja Aurora")
                .doesNotContain("ana.paula@email.com.br").doesNotContain("526.018.159-06");
        });
    }

    /** An OpenAI-compatible server answering each Respondo prompt by the JSON schema it asks for. */
    static final class StubLlm implements AutoCloseable {

        private static final JsonMapper JSON = JsonMapper.builder().build();

        private final HttpServer server;

        private final List<Received> received = new CopyOnWriteArrayList<>();

        StubLlm() {
            try {
                server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            }
            catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
            server.createContext("/", this::handle);
            server.start();
        }

        String baseUrl() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
        }

        List<Received> received() {
            return List.copyOf(received);
        }

        @Override
        public void close() {
            server.stop(0);
        }

        private void handle(HttpExchange exchange) throws IOException {
            try (exchange; InputStream in = exchange.getRequestBody()) {
                String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                received.add(new Received(exchange.getRequestURI().getPath(),
                        exchange.getRequestHeaders().getFirst("Authorization"), body));
                byte[] answer = completion(content(body)).getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, answer.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(answer);
                }
            }
        }

        private static String content(String request) {
            ObjectNode answer = JSON.createObjectNode();
            if (asks(request, "action")) {
                answer.put("action", "REPLY").put("message", REPLY).put("confidence", 0.9).put("reason", "teste")
                    .putNull("followUpMessage").putNull("slot");
            }
            else if (asks(request, "option")) {
                answer.put("option", 0).put("confidence", 0.2).put("reason", "nenhuma mensagem padrão serve");
            }
            else {
                answer.put("message", GREETING);
            }
            return JSON.writeValueAsString(answer);
        }

        /** Whether the request's answer schema has the property (in response_format, or escaped in the prompt). */
        private static boolean asks(String request, String property) {
            return request.contains("\"" + property + "\"") || request.contains("\\\"" + property + "\\\"");
        }

        private static String completion(String content) {
            ObjectNode root = JSON.createObjectNode()
                .put("id", "chatcmpl-stub")
                .put("object", "chat.completion")
                .put("created", 1741626000L)
                .put("model", "gpt-4o-mini-2024-07-18");
            ObjectNode choice = root.putArray("choices").addObject().put("index", 0);
            choice.putObject("message").put("role", "assistant").put("content", content).putNull("refusal");
            choice.put("finish_reason", "stop").putNull("logprobs");
            root.putObject("usage").put("prompt_tokens", 300).put("completion_tokens", 20).put("total_tokens", 320);
            return JSON.writeValueAsString(root);
        }

        record Received(String path, String authorization, String body) {
        }
    }
}
