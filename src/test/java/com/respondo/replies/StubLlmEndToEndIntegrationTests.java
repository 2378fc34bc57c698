package com.respondo.replies;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import com.respondo.jobs.JobLaunches;
import com.respondo.jobs.Launch;
import com.respondo.sandbox.PostedCall;
import com.respondo.sandbox.SeededConversation;
import com.respondo.testsupport.OpenAiFake;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static com.respondo.replies.Scenario.AURORA;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One run of the {@code replies} job end to end through a real OpenAI-compatible HTTP server on loopback (an
 * {@link OpenAiFake} answering {@code /v1/chat/completions}), Spring AI's HTTP client included, the answers posted to
 * the sandbox TempBox; the tenant masks its customers' PII before text goes to the LLM.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "spring.ai.openai.api-key=" + StubLlmEndToEndIntegrationTests.KEY,
            "respondo.admin.password=stub-llm-admin", "respondo.replies.tenants.loja-aurora.mask-pii-for-llm=true" })
@Import(Scenario.class)
class StubLlmEndToEndIntegrationTests {

    static final String KEY = "sk-stub-0123456789-respondo";

    static final String GREETING = "Olá! Sou a assistente virtual da Loja Aurora. Como posso ajudar?";

    static final String REPLY = "Obrigada pela pergunta! Vou verificar e já te respondo por aqui.";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final OpenAiFake STUB = OpenAiFake.answering(StubLlmEndToEndIntegrationTests::answer);

    @Autowired
    Scenario scenario;

    @Autowired
    JobLaunches launches;

    @DynamicPropertySource
    static void stubLlm(DynamicPropertyRegistry registry) {
        registry.add("spring.ai.openai.base-url", STUB::baseUrl);
    }

    @AfterAll
    static void stopStub() {
        STUB.close();
    }

    @Test
    void theRepliesJobAnswersThroughAnOpenAiCompatibleServer() throws Exception {
        scenario.reset();
        SeededConversation greeting = scenario.newConversation(AURORA, "oi, boa tarde");
        SeededConversation question = scenario.newConversation(AURORA, "Vocês vendem vale-presente?");
        SeededConversation owned = scenario.botConversation(AURORA, "Tem loja em Joinville?",
                "Meu e-mail é ana.paula@email.com.br e meu CPF 526.018.159-06");
        scenario.mark();

        Launch launch = launches.launch("replies", AURORA);
        launches.completion(launch.executionId()).get(60, TimeUnit.SECONDS);

        Map<Object, String> answers = scenario.posted("EnviarMensagem")
            .stream()
            .collect(Collectors.toMap(PostedCall::inReplyTo, PostedCall::text));
        assertThat(answers).containsExactlyInAnyOrderEntriesOf(Map.of(greeting.mensagem(), GREETING,
                question.mensagem(), REPLY, owned.mensagem(), REPLY));
        // one request per customer turn: the greeting, and one decision for each question (bot-reply's, followed by
        // ai-reply)
        assertThat(STUB.received()).hasSize(3).allSatisfy(request -> {
            assertThat(request.path()).isEqualTo("/v1/chat/completions");
            assertThat(request.header("Authorization")).isEqualTo("Bearer " + KEY);
            assertThat(request.body()).contains("\"role\":\"system\"").contains("Loja Aurora")
                .doesNotContain("ana.paula@email.com.br").doesNotContain("526.018.159-06");
        });
    }

    /** Answers each Respondo prompt by the JSON schema it asks for. */
    private static String answer(String request) {
        ObjectNode answer = JSON.createObjectNode();
        if (OpenAiFake.asks(request, "action")) {
            answer.put("action", "REPLY").put("message", REPLY).put("confidence", 0.9).put("reason", "teste")
                .putNull("followUpMessage").putNull("slot").put("canned", 0).put("cannedConfidence", 0.2);
        }
        else {
            answer.put("message", GREETING);
        }
        return JSON.writeValueAsString(answer);
    }
}
