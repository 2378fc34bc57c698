package com.respondo.llm;

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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * An OpenAI-compatible server on a loopback port (the pattern of Spring AI's {@code OpenAiAzureChatHttpTests}):
 * answers every request with the reply set by the test and records what it received.
 */
final class StubOpenAiServer implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** What the server received. */
    record Received(String method, String path, Map<String, List<String>> headers, String body) {

        String header(String name) {
            return this.headers.entrySet().stream()
                .filter(entry -> entry.getKey().equalsIgnoreCase(name))
                .map(entry -> entry.getValue().get(0))
                .findFirst()
                .orElse("");
        }
    }

    /** What the server answers; {@code hang} holds the request until the server is reset or closed. */
    record Reply(int status, Map<String, String> headers, String body, boolean hang) {
    }

    private final HttpServer server;

    private final ExecutorService executor = Executors.newCachedThreadPool();

    private final List<Received> received = new CopyOnWriteArrayList<>();

    private volatile Reply reply = new Reply(500, Map.of(), "{}", false);

    private volatile CountDownLatch hold = new CountDownLatch(1);

    private StubOpenAiServer() {
        try {
            this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        this.server.createContext("/", this::handle);
        this.server.setExecutor(this.executor);
        this.server.start();
    }

    static StubOpenAiServer start() {
        return new StubOpenAiServer();
    }

    /** @return the base URL to configure as {@code spring.ai.openai.base-url} */
    String baseUrl() {
        return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/v1";
    }

    void reply(int status, String body, Map<String, String> headers) {
        this.reply = new Reply(status, headers, body, false);
    }

    void replyCompletion(String content) {
        reply(200, completion(content, "stop", 120, 15), Map.of());
    }

    void hang() {
        this.reply = new Reply(200, Map.of(), "{}", true);
    }

    List<Received> received() {
        return List.copyOf(this.received);
    }

    /** Forgets what was received and releases held requests. */
    void reset() {
        this.hold.countDown();
        this.hold = new CountDownLatch(1);
        this.received.clear();
    }

    @Override
    public void close() {
        this.hold.countDown();
        this.server.stop(0);
        this.executor.shutdownNow();
    }

    /** @return a {@code chat.completion} body in the official shape */
    static String completion(String content, String finishReason, int promptTokens, int completionTokens) {
        ObjectNode root = JSON.createObjectNode()
            .put("id", "chatcmpl-stub")
            .put("object", "chat.completion")
            .put("created", 1741626000L)
            .put("model", "gpt-4o-mini-2024-07-18");
        ObjectNode choice = root.putArray("choices").addObject().put("index", 0);
        ObjectNode message = choice.putObject("message").put("role", "assistant");
        if (finishReason.equals("content_filter")) {
            message.putNull("content").put("refusal", "Não posso ajudar com isso.");
        }
        else {
            message.put("content", content).putNull("refusal");
        }
        choice.put("finish_reason", finishReason).putNull("logprobs");
        root.putObject("usage")
            .put("prompt_tokens", promptTokens)
            .put("completion_tokens", completionTokens)
            .put("total_tokens", promptTokens + completionTokens);
        return JSON.writeValueAsString(root);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            this.received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    Map.copyOf(exchange.getRequestHeaders()), body));
            Reply current = this.reply;
            if (current.hang()) {
                await(this.hold);
            }
            current.headers().forEach(exchange.getResponseHeaders()::add);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            byte[] bytes = current.body().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(current.status(), bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
        catch (IOException ex) {
            // the client went away (a timeout under test): nothing to answer
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }
}
