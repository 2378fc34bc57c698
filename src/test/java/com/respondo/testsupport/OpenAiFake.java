package com.respondo.testsupport;

import java.util.function.Function;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The OpenAI-compatible LLM of the tests: a {@link FakeHttpServer} whose answers are {@code chat.completion} bodies in
 * the official shape ({@link OpenAiContract} checks them in {@code OpenAiFakeTests}), scripted per test or written per
 * request by a function, with the faults of the engine (status codes, {@code Retry-After}, malformed bodies, delays,
 * held requests). The sandbox's own LLM ({@code com.respondo.sandbox.llm}) answers like a model would but records
 * nothing and cannot be told what to answer, so tests that assert the requests or script the answers use this fake.
 */
public final class OpenAiFake extends FakeHttpServer {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A fake that answers HTTP 500 until the test says what to answer. */
    public OpenAiFake() {
    }

    /** A fake that answers every request with a completion whose content {@code content} writes for its body. */
    public static OpenAiFake answering(Function<String, String> content) {
        OpenAiFake fake = new OpenAiFake();
        fake.answerByDefault(request -> completion(content.apply(request.body())));
        return fake;
    }

    /** @return the URL to configure as {@code spring.ai.openai.base-url} (the API root, ending in {@code /v1}) */
    @Override
    public String baseUrl() {
        return super.baseUrl() + "/v1";
    }

    /** Holds every request until {@link #release()} or {@link #reset()}: a model that does not answer. */
    public void hang() {
        answerByDefault(Reply.of(200, "{}").heldUntilReleased());
    }

    /** A successful answer whose message content is {@code content}, 120 prompt and 15 completion tokens. */
    public static Reply completion(String content) {
        return Reply.of(200, completionBody(content, "stop", 120, 15));
    }

    /**
     * @return a {@code chat.completion} body in the official shape; with {@code content_filter} as the finish reason,
     * a refusal without content
     */
    public static String completionBody(String content, String finishReason, int promptTokens, int completionTokens) {
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

    /** Whether a request's answer schema has the property (in {@code response_format}, or escaped in the prompt). */
    public static boolean asks(String request, String property) {
        return request.contains("\"" + property + "\"") || request.contains("\\\"" + property + "\\\"");
    }
}
