package com.respondo.sandbox;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * One authenticated call to an operation: the company of its token, its JSON arguments and the time it arrived, with
 * tolerant readers for TempBox's argument types (field names matched case-insensitively, bits as 0/1 or true/false,
 * dates in any accepted form). A missing required field or an unreadable value is an {@link OperationException}.
 */
record Call(Operation operation, Company company, JsonNode json, @Nullable String hashParameter, Instant now,
        WireFormat wire) {

    CompanyProfile profile() {
        return company.profile();
    }

    /** Checks the Empresa argument, when given, against the token's company. */
    void checkEmpresa() {
        UUID empresa = uuid("Empresa");
        if (empresa != null && !empresa.equals(company.empresa())) {
            throw new OperationException("Empresa não pertence ao token informado");
        }
    }

    Conversation conversation() {
        UUID id = requiredUuid("Atendimento");
        return company.byId(id).orElseThrow(() -> new OperationException("Atendimento não encontrado: " + id));
    }

    Attendant attendant(String field) {
        UUID id = requiredUuid(field);
        return profile().attendant(id).orElseThrow(() -> new OperationException("Atendente não encontrado: " + id));
    }

    UUID requiredUuid(String field) {
        UUID value = uuid(field);
        if (value == null) {
            throw missing(field);
        }
        return value;
    }

    @Nullable UUID uuid(String field) {
        String text = text(field);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(text.trim());
        }
        catch (IllegalArgumentException ex) {
            throw new OperationException(field + " inválido: " + WireFormat.abbreviate(text));
        }
    }

    String requiredText(String field) {
        String value = text(field);
        if (value == null || value.isBlank()) {
            throw missing(field);
        }
        return value;
    }

    @Nullable String text(String field) {
        JsonNode node = field(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isContainer()) {
            throw new OperationException(field + " inválido");
        }
        return node.asString();
    }

    @Nullable Integer integer(String field) {
        JsonNode node = field(field);
        if (node == null || node.isNull() || (node.isString() && node.asString().isBlank())) {
            return null;
        }
        if (node.isIntegralNumber()) {
            return node.asInt();
        }
        try {
            return Integer.valueOf(node.asString().trim());
        }
        catch (NumberFormatException ex) {
            throw new OperationException(field + " inválido: " + WireFormat.abbreviate(node.asString()));
        }
    }

    @Nullable Boolean bit(String field) {
        JsonNode node = field(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isBoolean()) {
            return node.asBoolean();
        }
        String value = node.asString().trim();
        return switch (value.toLowerCase(java.util.Locale.ROOT)) {
            case "1", "true" -> true;
            case "0", "false" -> false;
            case "" -> null;
            default -> throw new OperationException(field + " inválido: " + WireFormat.abbreviate(value));
        };
    }

    @Nullable Instant dateTime(String field) {
        String value = text(field);
        return value == null || value.isBlank() ? null : wire.parse(value);
    }

    boolean has(String field) {
        return field(field) != null;
    }

    private @Nullable JsonNode field(String name) {
        JsonNode exact = json.get(name);
        if (exact != null) {
            return exact;
        }
        for (Map.Entry<String, JsonNode> property : json.properties()) {
            if (property.getKey().equalsIgnoreCase(name)) {
                return property.getValue();
            }
        }
        return null;
    }

    private static OperationException missing(String field) {
        return new OperationException("O campo " + field + " é obrigatório");
    }
}
