package com.respondo.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The official OpenAI chat completion contract ({@code contracts/openai/chat-completions.openapi.json}, an OpenAPI
 * 3.1 document with inlined schemas): validates requests and responses against its JSON schemas.
 */
public final class OpenAiContract {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final JsonNode OPERATION = load().path("paths").path("/v1/chat/completions").path("post");

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    private static final Schema REQUEST = REGISTRY
        .getSchema(OPERATION.path("requestBody").path("content").path("application/json").path("schema"));

    private OpenAiContract() {
    }

    /** @return what makes this request body break the contract (empty when it satisfies it) */
    public static List<String> requestErrors(String body) {
        return messages(REQUEST.validate(JSON.readTree(body)));
    }

    /** @return what makes this response body, answered with this status, break the contract */
    public static List<String> responseErrors(int status, String body) {
        JsonNode schema = OPERATION.path("responses").path(Integer.toString(status)).path("content")
            .path("application/json").path("schema");
        if (schema.isMissingNode()) {
            return List.of("the contract has no JSON response for HTTP " + status);
        }
        return messages(REGISTRY.getSchema(schema).validate(JSON.readTree(body)));
    }

    private static List<String> messages(List<Error> errors) {
        return errors.stream().map(Error::toString).toList();
    }

    private static JsonNode load() {
        try (InputStream in = OpenAiContract.class.getResourceAsStream("/contracts/openai/chat-completions.openapi.json")) {
            if (in == null) {
                throw new IllegalStateException("contracts/openai/chat-completions.openapi.json is not on the classpath");
            }
            return JSON.readTree(in);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
