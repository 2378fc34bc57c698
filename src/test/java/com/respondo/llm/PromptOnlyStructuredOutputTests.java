package com.respondo.llm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.respondo.testsupport.OpenAiContract;
import com.respondo.testsupport.OpenAiFake;
import com.respondo.testsupport.TestOutputs.CannedChoice;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code respondo.llm.structured-output=prompt}, for servers that refuse {@code response_format}: the answer's schema
 * travels only in the system message's format instructions, and the answer is parsed as usual.
 */
@SpringBootTest(classes = SpringAiLlmTests.LlmOnly.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = { "spring.ai.openai.api-key=sk-test-prompt-only-0123456789", "respondo.llm.timeout=1s",
                "respondo.llm.structured-output=prompt" })
class PromptOnlyStructuredOutputTests {

    private static final OpenAiFake STUB = new OpenAiFake();

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    Llm llm;

    @DynamicPropertySource
    static void stub(DynamicPropertyRegistry registry) {
        registry.add("spring.ai.openai.base-url", STUB::baseUrl);
    }

    @AfterAll
    static void stopStub() {
        STUB.close();
    }

    @Test
    void sendsTheSchemaInTheSystemMessageOnly() {
        STUB.answerByDefault(OpenAiFake.completion("{\"option\": 2, \"confidence\": 0.8, \"reason\": \"ok\"}"));

        LlmAnswer<CannedChoice> answer = this.llm.ask(new LlmRequest("bot-choice", "loja-aurora", "bot-reply", "atd-9",
                PromptTemplatesTests.botChoiceVariables("Cliente: oi", "Qual o horário de vocês?")),
                CannedChoice.class);

        assertThat(answer.value()).isEqualTo(new CannedChoice(2, 0.8, "ok"));
        String sent = STUB.received().get(0).body();
        assertThat(OpenAiContract.requestErrors(sent)).isEmpty();
        JsonNode body = JSON.readTree(sent);
        assertThat(body.has("response_format")).isFalse();
        assertThat(body.path("messages").get(0).path("content").asString()).contains("JSON Schema")
            .contains("\"option\"");
    }
}
