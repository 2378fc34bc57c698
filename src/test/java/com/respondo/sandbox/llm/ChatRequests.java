package com.respondo.sandbox.llm;

import java.util.Map;

import org.springframework.ai.converter.BeanOutputConverter;

import com.respondo.llm.PromptTemplates;
import com.respondo.llm.RenderedPrompt;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Chat completion request bodies as Respondo's Spring AI client writes them: the rendered system part, the
 * rendered user part followed by Spring AI's JSON format instructions for the output record.
 */
final class ChatRequests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final PromptTemplates PROMPTS = new PromptTemplates(null);

    private ChatRequests() {
    }

    static String body(String prompt, Map<String, Object> variables, Class<?> output) {
        RenderedPrompt rendered = PROMPTS.render(prompt, "default", variables);
        ObjectNode root = JSON.createObjectNode().put("model", "gpt-4o-mini").put("temperature", 0.1);
        root.putArray("messages")
            .add(JSON.createObjectNode().put("role", "system").put("content", rendered.system()))
            .add(JSON.createObjectNode().put("role", "user")
                .put("content", rendered.user() + System.lineSeparator() + new BeanOutputConverter<>(output).getFormat()));
        return JSON.writeValueAsString(root);
    }

    static Map<String, Object> greeting(String period, String name, String openNow, String messages) {
        return Map.of("company", "Loja Aurora", "businessHours", "de segunda a sábado, das 9h às 18h",
                "openNow", openNow, "customerName", name, "channel", "WhatsApp", "greetingPeriod", period,
                "customerMessages", messages);
    }

    static Map<String, Object> botChoice(String history, String newest) {
        return Map.of("company", "Loja Aurora", "cannedMessages", CANNED, "history", history, "newestMessages", newest);
    }

    static Map<String, Object> aiReply(String history) {
        return aiReply(history, "(nenhuma fonte)");
    }

    /** ai-reply's variables giving these numbered sources ({@code [id] title} blocks). */
    static Map<String, Object> aiReply(String history, String sources) {
        return Map.ofEntries(Map.entry("company", "Loja Aurora"),
                Map.entry("companyContext", "Loja de roupas femininas em Curitiba."),
                Map.entry("businessHours", "de segunda a sábado, das 9h às 18h"), Map.entry("cannedMessages", CANNED),
                Map.entry("customerName", "Maria Souza"), Map.entry("channel", "WhatsApp"),
                Map.entry("now", "2025-03-10 14:05"),
                Map.entry("agendaSlots", "1. 11/03/2025 às 10:00 com Ana\n2. 11/03/2025 às 15:00 com Ana"),
                Map.entry("sources", sources), Map.entry("history", history));
    }

    static Map<String, Object> dataCollection(String messages) {
        return Map.of("company", "Loja Aurora", "customerMessages", messages);
    }

    static final String CANNED = """
            1. Entregamos em até 5 dias úteis para todo o Brasil; o código de rastreio chega por e-mail.
            2. Nossa loja abre de segunda a sábado, das 9h às 18h.
            3. Trocas podem ser feitas em até 30 dias com a nota fiscal.""";
}
