package com.respondo.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * An OpenAI-compatible server on a loopback port (a JDK {@link HttpServer}, the pattern of Spring AI's
 * {@code OpenAiAzureChatHttpTests}) for tests that run Respondo's steps end to end: every chat completion request is
 * recorded and answered, in the official {@code chat.completion} shape, with the content the test's function writes
 * for its raw request body.
 */
public final class AnsweringOpenAiServer implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A request the server received: its path, {@code Authorization} header and body. */
    public record Received(String path, String authorization, String body) {
    }

    private final HttpServer server;

    private final Function<String, String> content;

    private final List<Received> received = new CopyOnWriteArrayList<>();

    /**
     * @param content the assistant message's content for a request body
     */
    public AnsweringOpenAiServer(Function<String, String> content) {
        this.content = content;
        try {
            this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        this.server.createContext("/", this::handle);
        this.server.start();
    }

    /** @return the base URL to configure as {@code spring.ai.openai.base-url} */
    public String baseUrl() {
        return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/v1";
    }

    /** @return the requests received so far, oldest first */
    public List<Received> received() {
        return List.copyOf(this.received);
    }

    /**
     * Whether a request's answer schema has the property (in {@code response_format}, or escaped in the prompt).
     */
    public static boolean asks(String request, String property) {
        return request.contains("\"" + property + "\"") || request.contains("\\\"" + property + "\\\"");
    }

    @Override
    public void close() {
        this.server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            this.received.add(new Received(exchange.getRequestURI().getPath(),
                    exchange.getRequestHeaders().getFirst("Authorization"), body));
            byte[] answer = completion(this.content.apply(body)).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        }
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
}
