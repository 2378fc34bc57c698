package com.respondo.llm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class StrictSchemaTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void makesEveryPropertyRequiredTheOptionalOnesNullableAndForbidsOthers() {
        JsonNode strict = JSON.readTree(StrictSchema.of("""
                {"type":"object","properties":{
                  "action":{"type":"string","enum":["REPLY","HANDOFF"]},
                  "slot":{"type":"integer"},
                  "sources":{"type":"array","items":{"type":"object","properties":{"id":{"type":"string"}}}},
                  "kind":{"type":"string","enum":["A","B"]}},
                 "required":["action"]}"""));

        assertThat(strict.path("required").valueStream().map(JsonNode::asString).toList())
            .containsExactly("action", "slot", "sources", "kind");
        assertThat(strict.path("additionalProperties").asBoolean(true)).isFalse();
        JsonNode properties = strict.path("properties");
        assertThat(properties.path("action").path("type").asString()).isEqualTo("string");
        assertThat(properties.path("action").path("enum")).hasSize(2);
        assertThat(properties.path("slot").path("type").toString()).isEqualTo("[\"integer\",\"null\"]");
        assertThat(properties.path("kind").path("enum").toString()).isEqualTo("[\"A\",\"B\",null]");
        assertThat(properties.path("sources").path("type").toString()).isEqualTo("[\"array\",\"null\"]");
        JsonNode item = properties.path("sources").path("items");
        assertThat(item.path("required").valueStream().map(JsonNode::asString).toList()).containsExactly("id");
        assertThat(item.path("additionalProperties").asBoolean(true)).isFalse();
    }
}
