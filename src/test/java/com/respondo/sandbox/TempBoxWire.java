package com.respondo.sandbox;

import java.util.UUID;

import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls the sandbox exactly as a TempBox client does: POST with {@code token} and the URL-encoded {@code json} in the
 * query string (or {@code Hash} for Excluir, the token alone for Listar), and reads the envelope as a JSON tree.
 * Not a fake of TempBox but the caller of one: here the sandbox is the TempBox under test, so the sandbox's tests
 * drive it with this (malformed calls included) rather than through {@code testsupport.TempBoxFake} or the worker's
 * client.
 */
final class TempBoxWire {

    static final String BASE = "/sandbox/tempbox/api/Atendimento/";
    static final UUID LOJA = UUID.fromString("99c80439-b977-4002-ba4f-7345acc07f6b");
    static final UUID LOJA_BOT = UUID.fromString("c4d4fa28-93a3-4f0d-9db0-579c8499c5c0");
    static final UUID MARIANA = UUID.fromString("d744106f-90a1-4100-b594-14cd4e7b3018");
    static final String LOJA_TOKEN = "sandbox-loja-aurora";
    static final UUID CLINICA = UUID.fromString("837d99b1-d1ba-40ee-b116-f37826bbddef");
    static final UUID CLINICA_BOT = UUID.fromString("9d82d3d2-40bc-4f7d-815b-842bdbc60316");
    static final String CLINICA_TOKEN = "sandbox-clinica-sorriso";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final WebTestClient client;

    TempBoxWire(WebTestClient client) {
        this.client = client;
    }

    /** Posts {@code json} (a JSON text, possibly empty) and answers the envelope; fails unless HTTP 200. */
    JsonNode call(String operation, String token, String json) {
        return JSON.readTree(exchange(operation, token, json).getResponseBody());
    }

    /** Posts and answers the raw exchange, whatever its status. */
    EntityExchangeResult<byte[]> exchange(String operation, String token, String json) {
        return client.post()
            .uri(builder -> builder.path(BASE + operation)
                .queryParam("token", "{token}")
                .queryParam("json", "{json}")
                .build(token, json))
            .exchange()
            .expectBody()
            .returnResult();
    }

    JsonNode excluir(String token, UUID hash) {
        byte[] body = client.post()
            .uri(builder -> builder.path(BASE + "Excluir").queryParam("token", "{token}").queryParam("Hash", "{hash}")
                .build(token, hash))
            .exchange()
            .expectStatus().isOk()
            .expectBody().returnResult().getResponseBody();
        return JSON.readTree(body);
    }

    JsonNode listar(String token) {
        byte[] body = client.post()
            .uri(builder -> builder.path(BASE + "Listar").queryParam("token", "{token}").build(token))
            .exchange()
            .expectStatus().isOk()
            .expectBody().returnResult().getResponseBody();
        return JSON.readTree(body);
    }

    /** The envelope's Data, after checking it is a success. */
    JsonNode data(String operation, String token, String json) {
        JsonNode envelope = call(operation, token, json);
        if (!"ok".equals(envelope.path("Status").asString()) || envelope.path("Code").asInt() != 200) {
            throw new AssertionError(operation + " failed: " + envelope);
        }
        return envelope.path("Data");
    }

    static String json(Object... fieldsAndValues) {
        var node = JSON.createObjectNode();
        for (int index = 0; index < fieldsAndValues.length; index += 2) {
            Object value = fieldsAndValues[index + 1];
            String field = (String) fieldsAndValues[index];
            if (value instanceof Integer number) {
                node.put(field, number);
            }
            else if (value instanceof Boolean bit) {
                node.put(field, bit);
            }
            else {
                node.put(field, String.valueOf(value));
            }
        }
        return JSON.writeValueAsString(node);
    }

    static JsonNode parse(byte[] body) {
        return JSON.readTree(body);
    }
}
