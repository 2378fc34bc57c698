package com.respondo.tempbox;

import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/** Reads the envelope's loosely typed fields from a JSON tree: names in any case, numbers and bits as text. */
final class EnvelopeNodes {

    private EnvelopeNodes() {
    }

    static @Nullable JsonNode field(JsonNode object, String name) {
        JsonNode exact = object.get(name);
        if (exact != null) {
            return exact;
        }
        for (Map.Entry<String, JsonNode> property : object.properties()) {
            if (property.getKey().equalsIgnoreCase(name)) {
                return property.getValue();
            }
        }
        return null;
    }

    static @Nullable Integer integer(@Nullable JsonNode node) {
        if (node != null && node.isIntegralNumber()) {
            return node.intValue();
        }
        if (node != null && node.isString()) {
            try {
                return Integer.valueOf(node.stringValue().strip());
            }
            catch (NumberFormatException ex) {
                return null;
            }
        }
        return null;
    }

    static @Nullable Boolean bit(@Nullable JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        String text = node.isNumber() ? node.asString() : text(node);
        if ("1".equals(text) || "true".equalsIgnoreCase(text)) {
            return Boolean.TRUE;
        }
        return ("0".equals(text) || "false".equalsIgnoreCase(text)) ? Boolean.FALSE : null;
    }

    static @Nullable String text(@Nullable JsonNode node) {
        return (node != null && node.isString()) ? node.stringValue().strip() : null;
    }

    static String describe(JsonNode node) {
        return switch (node.getNodeType()) {
            case OBJECT -> "an object";
            case ARRAY -> "an array";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            default -> node.getNodeType().name().toLowerCase(Locale.ROOT);
        };
    }
}
