package com.respondo.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.respondo.testsupport.FakeHttpServer.Reply;
import com.respondo.testsupport.OpenAiContract;
import com.respondo.testsupport.OpenAiFake;
import com.respondo.testsupport.TestOutputs.CannedChoice;
import com.respondo.testsupport.TestOutputs.Greeting;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Spring AI adapter against an OpenAI-compatible stub on loopback, configured by the application's own
 * {@code application.yml} (no SDK retries, the Spring AI retry auto-configuration excluded).
 */
@SpringBootTest(classes = SpringAiLlmTests.LlmOnly.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = { "spring.ai.openai.api-key=" + SpringAiLlmTests.KEY, "respondo.llm.timeout=1s",
                "logging.level.com.respondo=DEBUG" })
@ExtendWith(OutputCaptureExtension.class)
class SpringAiLlmTests {

    static final String KEY = "sk-test-Respondo-0123456789-SECRET";

    private static final OpenAiFake STUB = new OpenAiFake();

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    Llm llm;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @DynamicPropertySource
    static void stub(DynamicPropertyRegistry registry) {
        registry.add("spring.ai.openai.base-url", STUB::baseUrl);
    }

    @AfterAll
    static void stopStub() {
        STUB.close();
    }

    @BeforeEach
    void reset() {
        STUB.reset();
        this.jdbc.sql("DELETE FROM llm_usage").update();
    }

    @Test
    void answersWithTheParsedRecordAndRecordsItsUsage() {
        STUB.answerByDefault(OpenAiFake.completion(
                "{\"option\": 2, \"confidence\": 0.87, \"reason\": \"Pergunta sobre horário.\"}"));

        LlmAnswer<CannedChoice> answer = this.llm.ask(botChoice("atd-1"), CannedChoice.class);

        assertThat(answer.value()).isEqualTo(new CannedChoice(2, 0.87, "Pergunta sobre horário."));
        assertThat(answer.promptTokens()).isEqualTo(120);
        assertThat(answer.completionTokens()).isEqualTo(15);
        assertThat(answer.model()).isEqualTo("gpt-4o-mini-2024-07-18");
        assertThat(answer.latency()).isPositive();
        assertThat(this.jdbc.sql("SELECT tenant_id, step, atendimento, prompt, model, prompt_tokens, completion_tokens"
                + " FROM llm_usage").query().listOfRows())
            .singleElement()
            .satisfies(row -> assertThat(row).containsEntry("TENANT_ID", "loja-aurora")
                .containsEntry("STEP", "bot-reply").containsEntry("ATENDIMENTO", "atd-1")
                .containsEntry("PROMPT", "bot-choice").containsEntry("MODEL", "gpt-4o-mini-2024-07-18")
                .containsEntry("PROMPT_TOKENS", 120).containsEntry("COMPLETION_TOKENS", 15));
        assertThat(STUB.received()).hasSize(1);
    }

    @Test
    void keepsTheRawAnswerWithTheConfiguredSecretsMaskedAndNamesThePromptVersion() {
        String raw = "{\"option\": 2, \"confidence\": 0.87, \"reason\": \"a chave é " + KEY + "\"}";
        STUB.answerByDefault(OpenAiFake.completion(raw));

        LlmAnswer<CannedChoice> answer = this.llm.ask(botChoice("atd-raw"), CannedChoice.class);

        assertThat(answer.raw()).startsWith("{\"option\": 2").contains("a chave é ***").doesNotContain(KEY);
        assertThat(answer.promptVersion()).matches("bot-choice\\.st@[0-9a-f]{12}");
        assertThat(answer.value().reason()).contains(KEY); // the decision's own value is the policies' to check
    }

    @Test
    void sendsSystemAndUserAsSeparateMessagesSatisfyingTheOfficialRequestSchema() {
        STUB.answerByDefault(OpenAiFake.completion("{\"option\": 1, \"confidence\": 0.9, \"reason\": \"ok\"}"));

        this.llm.ask(botChoice(null), CannedChoice.class);

        OpenAiFake.Received request = STUB.received().get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/v1/chat/completions");
        assertThat(request.header("Authorization")).isEqualTo("Bearer " + KEY);
        assertThat(OpenAiContract.requestErrors(request.body())).isEmpty();
        JsonNode body = JSON.readTree(request.body());
        assertThat(body.path("model").asString()).isEqualTo("gpt-4o-mini");
        assertThat(body.path("temperature").asDouble()).isEqualTo(0.1);
        JsonNode messages = body.path("messages");
        assertThat(messages).hasSize(2);
        assertThat(messages.get(0).path("role").asString()).isEqualTo("system");
        assertThat(messages.get(0).path("content").asString()).contains("Empresa: Loja Aurora")
            .contains("JSON Schema").contains("\"option\"").contains("\"confidence\"")
            .doesNotContain("Qual o horário");
        assertThat(messages.get(1).path("role").asString()).isEqualTo("user");
        assertThat(messages.get(1).path("content").asString())
            .contains("<mensagens_do_cliente>\nQual o horário de vocês?\n</mensagens_do_cliente>")
            .doesNotContain("JSON Schema");
    }

    @Test
    void sendsTheAnswersSchemaAsAStrictJsonSchemaResponseFormat() {
        STUB.answerByDefault(OpenAiFake.completion("{\"option\": 1, \"confidence\": 0.9, \"reason\": \"ok\"}"));

        this.llm.ask(botChoice("atd-1"), CannedChoice.class);

        String sent = STUB.received().get(0).body();
        assertThat(OpenAiContract.requestErrors(sent)).isEmpty();
        JsonNode format = JSON.readTree(sent).path("response_format");
        assertThat(format.path("type").asString()).isEqualTo("json_schema");
        assertThat(format.path("json_schema").path("strict").asBoolean()).isTrue();
        JsonNode schema = format.path("json_schema").path("schema");
        assertThat(schema.path("properties").propertyNames()).containsExactlyInAnyOrder("option", "confidence",
                "reason");
        assertThat(schema.path("required").valueStream().map(JsonNode::asString).toList())
            .containsExactlyInAnyOrder("option", "confidence", "reason");
        assertThat(schema.path("additionalProperties").asBoolean(true)).isFalse();
    }

    @Test
    void callsForTwoConversationsOfATenantShareAByteIdenticalPrefixThatEndsWhereTheConversationBegins() {
        STUB.answerByDefault(OpenAiFake.completion("{\"option\": 1, \"confidence\": 0.9, \"reason\": \"ok\"}"));

        this.llm.ask(new LlmRequest("bot-choice", "loja-aurora", "bot-reply", "atd-1",
                PromptTemplatesTests.botChoiceVariables("Cliente: oi", "Qual o horário de vocês?")), CannedChoice.class);
        this.llm.ask(new LlmRequest("bot-choice", "loja-aurora", "bot-reply", "atd-2",
                PromptTemplatesTests.botChoiceVariables("Cliente: bom dia", "Vocês entregam em Recife?")),
                CannedChoice.class);

        List<OpenAiFake.Received> requests = STUB.received();
        assertThat(requests).hasSize(2);
        String first = requests.get(0).body();
        String second = requests.get(1).body();
        JsonNode firstMessages = JSON.readTree(first).path("messages");
        JsonNode secondMessages = JSON.readTree(second).path("messages");
        String system = firstMessages.get(0).path("content").asString();
        assertThat(secondMessages.get(0).path("content").asString()).as("the system message").isEqualTo(system);
        assertThat(firstMessages.get(1).path("content").asString())
            .isNotEqualTo(secondMessages.get(1).path("content").asString());
        int shared = 0;
        while (shared < Math.min(first.length(), second.length()) && first.charAt(shared) == second.charAt(shared)) {
            shared++;
        }
        String prefix = first.substring(0, shared);
        String systemEnd = system.substring(system.length() - 40).replace("\n", "\\n").replace("\"", "\\\"");
        assertThat(prefix).as("the bytes both requests share from their start")
            .contains(systemEnd)
            .contains("Empresa: Loja Aurora")
            .contains("JSON Schema")
            .doesNotContain("Qual o horário")
            .doesNotContain("Recife");
        assertThat(first.indexOf("Qual o horário")).as("the conversation comes after the shared prefix")
            .isGreaterThanOrEqualTo(shared);
    }

    @Test
    void serverErrorIsRetryableAndNotRetriedHere() {
        STUB.answerByDefault(Reply.of(500,
                "{\"error\": {\"message\": \"boom\", \"type\": \"server_error\", \"param\": null, \"code\": null}}"));

        LlmUnavailableException ex = catchThrowableOfType(LlmUnavailableException.class,
                () -> this.llm.ask(botChoice("atd-1"), CannedChoice.class));

        assertThat(ex.isRetryable()).isTrue();
        assertThat(ex).hasMessageContaining("HTTP 500");
        assertThat(ex.retryAfter()).isEmpty();
        assertThat(STUB.received()).hasSize(1);
        assertThat(usageRows()).isZero();
    }

    @Test
    void rateLimitCarriesRetryAfterAndIsNotRetriedHere() {
        STUB.answerByDefault(Reply.of(429,
                "{\"error\": {\"message\": \"Rate limit reached\", \"type\": \"requests\", \"param\": null,"
                + " \"code\": \"rate_limit_exceeded\"}}").withHeader("Retry-After", "7"));

        LlmUnavailableException ex = catchThrowableOfType(LlmUnavailableException.class,
                () -> this.llm.ask(botChoice("atd-1"), CannedChoice.class));

        assertThat(ex.retryAfter()).contains(Duration.ofSeconds(7));
        assertThat(ex).hasMessageContaining("HTTP 429").hasMessageContaining("rate_limit_exceeded");
        assertThat(STUB.received()).hasSize(1);
    }

    @Test
    void timeoutIsRetryableAndNotRetriedHere() {
        STUB.hang();
        long start = System.nanoTime();

        LlmUnavailableException ex = catchThrowableOfType(LlmUnavailableException.class,
                () -> this.llm.ask(botChoice("atd-1"), CannedChoice.class));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        assertThat(ex.isRetryable()).isTrue();
        assertThat(STUB.received()).hasSize(1);
    }

    @Test
    void nothingBehindTheAdapterRetries() {
        assertThat(this.context.getBeanNamesForType(RetryTemplate.class)).isEmpty();
        assertThat(this.context.getEnvironment().getProperty("spring.ai.openai.max-retries")).isEqualTo("0");
    }

    @Test
    void answerThatIsNotJsonIsFinalAndItsUsageIsStillRecorded() {
        STUB.answerByDefault(OpenAiFake.completion("Claro! Escolho a opção 2."));

        LlmAnswerException ex = catchThrowableOfType(LlmAnswerException.class,
                () -> this.llm.ask(botChoice("atd-1"), CannedChoice.class));

        assertThat(ex.isRetryable()).isFalse();
        assertThat(ex).hasMessageContaining("not JSON for CannedChoice");
        assertThat(STUB.received()).hasSize(1);
        assertThat(usageRows()).isEqualTo(1);
    }

    @Test
    void answerBreakingTheRecordsConstraintsIsFinal() {
        STUB.answerByDefault(OpenAiFake.completion("{\"option\": -1, \"confidence\": 1.7, \"reason\": \"\"}"));

        LlmAnswerException ex = catchThrowableOfType(LlmAnswerException.class,
                () -> this.llm.ask(botChoice("atd-1"), CannedChoice.class));

        assertThat(ex).hasMessageContaining("constraints of CannedChoice").hasMessageContaining("confidence")
            .hasMessageContaining("option").hasMessageContaining("reason");
        assertThat(STUB.received()).hasSize(1);
    }

    @Test
    void refusalIsFinal() {
        STUB.answerByDefault(Reply.of(200, OpenAiFake.completionBody("", "content_filter", 100, 5)));

        LlmAnswerException ex = catchThrowableOfType(LlmAnswerException.class,
                () -> this.llm.ask(greeting(), Greeting.class));

        assertThat(ex).hasMessageContaining("refused");
        assertThat(STUB.received()).hasSize(1);
    }

    @Test
    void bodyThatIsNotAChatCompletionIsFinal() {
        STUB.answerByDefault(Reply.of(200, "<html>gateway</html>"));

        LlmAnswerException ex = catchThrowableOfType(LlmAnswerException.class,
                () -> this.llm.ask(greeting(), Greeting.class));

        assertThat(ex).hasMessageContaining("not a valid chat completion");
        assertThat(STUB.received()).hasSize(1);
    }

    @Test
    void aConversationTooLongForTheModelIsItsUnusableAnswerNotARefusalOfTheKeyOrModel() {
        STUB.answerByDefault(Reply.of(400,
                "{\"error\": {\"message\": \"This model's maximum context length is 128000 tokens.\", "
                + "\"type\": \"invalid_request_error\", \"param\": \"messages\", "
                + "\"code\": \"context_length_exceeded\"}}"));

        LlmAnswerException ex = catchThrowableOfType(LlmAnswerException.class,
                () -> this.llm.ask(botChoice("atd-1"), CannedChoice.class));

        assertThat(ex.isRetryable()).isFalse();
        assertThat(ex).hasMessageContaining("HTTP 400 (context_length_exceeded)");
        assertThat(STUB.received()).hasSize(1);
    }

    @Test
    void rejectedKeyIsFinalAndNoFailureEverShowsTheKey(CapturedOutput output) {
        String echo = "{\"error\": {\"message\": \"Incorrect API key provided: " + KEY
                + "\", \"type\": \"invalid_request_error\", \"param\": null, \"code\": \"invalid_api_key\"}}";
        List<Throwable> failures = new ArrayList<>();
        for (int status : new int[] { 401, 403, 400, 404, 429, 500, 503 }) {
            STUB.answerByDefault(Reply.of(status, echo));
            failures.add(catchThrowableOfType(LlmException.class, () -> this.llm.ask(greeting(), Greeting.class)));
        }

        assertThat(failures.get(0)).isInstanceOf(LlmRejectedException.class)
            .hasMessageContaining("HTTP 401 (invalid_api_key)");
        assertThat(failures.subList(0, 4)).allSatisfy(ex -> assertThat(ex).isInstanceOf(LlmRejectedException.class));
        assertThat(failures.subList(4, 7)).allSatisfy(ex -> assertThat(ex).isInstanceOf(LlmUnavailableException.class));
        for (Throwable failure : failures) {
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                assertThat(String.valueOf(cause.getMessage())).doesNotContain(KEY).doesNotContain("SECRET");
            }
        }
        assertThat(STUB.received()).hasSize(7);
        assertThat(output.getAll()).contains("LLM call for prompt 'initial-response'").doesNotContain(KEY)
            .doesNotContain("SECRET");
    }

    private long usageRows() {
        return this.jdbc.sql("SELECT COUNT(*) FROM llm_usage").query(Long.class).single();
    }

    private static LlmRequest botChoice(String conversation) {
        return new LlmRequest("bot-choice", "loja-aurora", "bot-reply", conversation,
                PromptTemplatesTests.botChoiceVariables("Cliente: oi", "Qual o horário de vocês?"));
    }

    private static LlmRequest greeting() {
        return new LlmRequest("initial-response", "loja-aurora", "initial-response", "atd-2", Map.of(
                "company", "Loja Aurora", "businessHours", "das 9h às 18h", "openNow", "sim",
                "customerName", "Maria", "channel", "WhatsApp", "greetingPeriod", "boa tarde",
                "customerMessages", "Oi"));
    }

    /** The LLM feature alone, on the auto-configuration (OpenAI chat model, H2, Flyway) and application.yml. */
    @Configuration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    @Import(LlmConfiguration.class)
    static class LlmOnly {
    }
}
