package com.respondo.sandbox.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.ai.converter.BeanOutputConverter;

import com.respondo.llm.PromptTemplates;
import com.respondo.llm.RenderedPrompt;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The sandbox LLM's usage report: prompt tokens per answer, and the tokens of a system message it saw before
 * reported as cached, as a provider's prompt cache does, counted for the benchmark.
 */
class ChatCompletionsTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final PromptTemplates PROMPTS = new PromptTemplates(null);

    private final SandboxLlmResponder responder = new SandboxLlmResponder(JSON);

    private final ChatCompletions completions = new ChatCompletions(JSON,
            Clock.fixed(Instant.parse("2026-03-02T15:00:00Z"), ZoneOffset.UTC));

    private final SandboxLlmControls controls = new SandboxLlmControls(SandboxLlmProperties.defaults());

    @Test
    void aRepeatedSystemMessageIsReportedAsCachedTokensAndCounted() {
        SandboxLlmRequest first = responder.read(body("Oi!", "Maria"));
        SandboxLlmRequest second = responder.read(body("Bom dia", "João"));
        SandboxLlmRequest otherPrefix = responder.read(body("Oi!", "Maria").replace("Loja Aurora", "Loja Boreal"));

        JsonNode firstUsage = usage(completions.completion(first, "{\"message\": \"Olá!\"}", controls));
        JsonNode secondUsage = usage(completions.completion(second, "{\"message\": \"Olá!\"}", controls));
        JsonNode otherUsage = usage(completions.completion(otherPrefix, "{\"message\": \"Olá!\"}", controls));

        int systemTokens = (first.system().length() + 3) / 4;
        assertThat(firstUsage.path("prompt_tokens_details").path("cached_tokens").asInt()).isZero();
        assertThat(secondUsage.path("prompt_tokens_details").path("cached_tokens").asInt()).isEqualTo(systemTokens);
        assertThat(otherUsage.path("prompt_tokens_details").path("cached_tokens").asInt()).isZero();
        assertThat(controls.promptTokens()).isEqualTo(firstUsage.path("prompt_tokens").asLong()
                + secondUsage.path("prompt_tokens").asLong() + otherUsage.path("prompt_tokens").asLong());
        assertThat(controls.cachedPromptTokens()).isEqualTo(systemTokens);

        controls.reset();
        assertThat(controls.promptTokens()).isZero();
        assertThat(controls.cachedPromptTokens()).isZero();
    }

    @Test
    void theSchemaIsFoundInTheSystemMessageWhereRespondoPutsIt() {
        SandboxLlmRequest request = responder.read(body("Oi!", "Maria"));

        assertThat(request.schemaProperties()).containsExactly("message");
        assertThat(request.user()).doesNotContain("JSON Schema");
    }

    /** A request as Respondo sends it: the format instructions at the end of the system message. */
    private static String body(String customerMessages, String customerName) {
        RenderedPrompt rendered = PROMPTS.render("initial-response", "default", Map.of("company", "Loja Aurora",
                "businessHours", "das 9h às 18h", "openNow", "sim", "customerName", customerName, "channel", "WhatsApp",
                "greetingPeriod", "boa tarde", "customerMessages", customerMessages));
        ObjectNode root = JSON.createObjectNode().put("model", "gpt-4o-mini");
        root.putArray("messages")
            .add(JSON.createObjectNode().put("role", "system").put("content", rendered.system() + "\n\n"
                    + new BeanOutputConverter<>(Greeting.class).getFormat()))
            .add(JSON.createObjectNode().put("role", "user").put("content", rendered.user()));
        return JSON.writeValueAsString(root);
    }

    private static JsonNode usage(String completion) {
        return JSON.readTree(completion).path("usage");
    }

    record Greeting(String message) {
    }
}
