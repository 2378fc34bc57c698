package com.respondo.sandbox.llm;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the bodies of the sandbox LLM's answers in the shapes of OpenAI's chat completion API: a
 * {@code chat.completion} with token usage, and the {@code {error: {message, type, param, code}}} of failures.
 */
class ChatCompletions {

    private final JsonMapper json;

    private final Clock clock;

    private final AtomicLong ids = new AtomicLong();

    ChatCompletions(JsonMapper json, Clock clock) {
        this.json = json;
        this.clock = clock;
    }

    /**
     * @return a completion whose one choice says {@code content}, with usage roughly proportional to length; the
     *     system message's tokens are reported as cached ({@code prompt_tokens_details.cached_tokens}) when
     *     {@code controls} saw the same system message before
     */
    String completion(SandboxLlmRequest request, String content, SandboxLlmControls controls) {
        ObjectNode root = this.json.createObjectNode()
            .put("id", "chatcmpl-sandbox-" + this.ids.incrementAndGet())
            .put("object", "chat.completion")
            .put("created", this.clock.instant().getEpochSecond())
            .put("model", request.model());
        ObjectNode choice = root.putArray("choices").addObject().put("index", 0);
        choice.putObject("message").put("role", "assistant").put("content", content).putNull("refusal");
        choice.put("finish_reason", "stop").putNull("logprobs");
        int promptTokens = tokens(request.system().length() + request.user().length());
        int completionTokens = tokens(content.length());
        int cached = controls.recordUsage(request.system(), promptTokens, tokens(request.system().length()));
        ObjectNode usage = root.putObject("usage")
            .put("prompt_tokens", promptTokens)
            .put("completion_tokens", completionTokens)
            .put("total_tokens", promptTokens + completionTokens);
        usage.putObject("prompt_tokens_details").put("cached_tokens", cached);
        return this.json.writeValueAsString(root);
    }

    /** @return an OpenAI error body */
    String error(String message, String type, @Nullable String code) {
        ObjectNode root = this.json.createObjectNode();
        ObjectNode error = root.putObject("error").put("message", message).put("type", type).putNull("param");
        if (code != null) {
            error.put("code", code);
        }
        else {
            error.putNull("code");
        }
        return this.json.writeValueAsString(root);
    }

    /** About four characters a token, as for English and Portuguese text with OpenAI's tokenizers. */
    private static int tokens(int characters) {
        return Math.max(1, (characters + 3) / 4);
    }
}
