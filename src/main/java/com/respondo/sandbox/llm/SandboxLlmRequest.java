package com.respondo.sandbox.llm;

import java.util.LinkedHashSet;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The parts of an OpenAI chat completion request the sandbox reads: the model, the system and user texts, and
 * the property names of the JSON schema the answer must follow (from {@code response_format} or from Spring AI's
 * format instructions, in the system message (Respondo's) or the user message (Spring AI's default)).
 *
 * @param model the model asked for
 * @param system the system messages' text
 * @param user the user messages' text
 * @param schemaProperties the top-level property names of the answer's JSON schema
 */
record SandboxLlmRequest(String model, String system, String user, Set<String> schemaProperties) {

    private static final String SCHEMA_MARKER = "JSON Schema";

    /** @throws IllegalArgumentException the body is not a chat completion request */
    static SandboxLlmRequest parse(JsonMapper json, String body) {
        JsonNode root;
        try {
            root = json.readTree(body);
        }
        catch (JacksonException ex) {
            throw new IllegalArgumentException("The request body is not JSON");
        }
        String model = root.path("model").asString("");
        JsonNode messages = root.path("messages");
        if (model.isBlank() || !messages.isArray() || messages.isEmpty()) {
            throw new IllegalArgumentException("'model' and 'messages' are required");
        }
        if (root.path("stream").asBoolean(false)) {
            throw new IllegalArgumentException("The sandbox LLM does not stream");
        }
        StringBuilder system = new StringBuilder();
        StringBuilder user = new StringBuilder();
        for (JsonNode message : messages) {
            switch (message.path("role").asString("")) {
                case "system", "developer" -> system.append(text(message.path("content"))).append('\n');
                case "user" -> user.append(text(message.path("content"))).append('\n');
                default -> {
                    // earlier assistant and tool turns carry nothing the heuristics read
                }
            }
        }
        Set<String> properties = propertiesOf(root.path("response_format").path("json_schema").path("schema"));
        if (properties.isEmpty()) {
            properties = propertiesOf(schemaInInstructions(json, system.toString() + user));
        }
        return new SandboxLlmRequest(model, system.toString(), user.toString(), properties);
    }

    private static String text(JsonNode content) {
        if (content.isString()) {
            return content.asString();
        }
        StringBuilder text = new StringBuilder();
        for (JsonNode part : content) {
            if ("text".equals(part.path("type").asString(""))) {
                text.append(part.path("text").asString("")).append('\n');
            }
        }
        return text.toString();
    }

    /** Spring AI's format instructions end with the schema between triple back-quotes. */
    private static JsonNode schemaInInstructions(JsonMapper json, String user) {
        int marker = user.lastIndexOf(SCHEMA_MARKER);
        int open = user.indexOf("```", Math.max(marker, 0));
        int close = (open < 0) ? -1 : user.indexOf("```", open + 3);
        if (marker < 0 || close < 0) {
            return json.missingNode();
        }
        String schema = user.substring(open + 3, close).strip();
        if (schema.startsWith("json")) {
            schema = schema.substring(4);
        }
        try {
            return json.readTree(schema);
        }
        catch (JacksonException ex) {
            return json.missingNode();
        }
    }

    private static Set<String> propertiesOf(JsonNode schema) {
        return new LinkedHashSet<>(schema.path("properties").propertyNames());
    }
}
