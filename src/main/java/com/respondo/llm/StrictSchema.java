package com.respondo.llm;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A record's JSON schema rewritten for OpenAI's strict structured outputs ({@code response_format} json_schema with
 * {@code strict: true}), which require every object to list all its properties as required and to forbid others: a
 * property the record does not require becomes required but nullable (its {@code type} also allows {@code null}),
 * so the answer means the same as under the plain schema.
 */
final class StrictSchema {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private StrictSchema() {
    }

    static String of(String schema) {
        JsonNode root = JSON.readTree(schema);
        if (root instanceof ObjectNode object) {
            strict(object);
        }
        return JSON.writeValueAsString(root);
    }

    private static void strict(ObjectNode schema) {
        if (schema.get("properties") instanceof ObjectNode properties) {
            List<String> required = new ArrayList<>();
            schema.path("required").forEach(name -> required.add(name.asString()));
            ArrayNode all = schema.putArray("required");
            for (Map.Entry<String, JsonNode> property : properties.properties()) {
                all.add(property.getKey());
                if (property.getValue() instanceof ObjectNode value) {
                    if (!required.contains(property.getKey())) {
                        nullable(value);
                    }
                    strict(value);
                }
            }
            schema.put("additionalProperties", false);
        }
        if (schema.get("items") instanceof ObjectNode items) {
            strict(items);
        }
    }

    private static void nullable(ObjectNode property) {
        JsonNode type = property.get("type");
        if (type != null && type.isString() && !"null".equals(type.asString())) {
            property.putArray("type").add(type.asString()).add("null");
        }
        else if (type instanceof ArrayNode types && !types.toString().contains("\"null\"")) {
            types.add("null");
        }
        if (property.get("enum") instanceof ArrayNode values) {
            values.addNull();
        }
    }
}
