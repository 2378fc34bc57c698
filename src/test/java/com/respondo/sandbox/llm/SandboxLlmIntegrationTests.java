package com.respondo.sandbox.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import com.respondo.testsupport.FakeJobsConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import com.respondo.llm.Llm;
import com.respondo.llm.LlmAnswer;
import com.respondo.llm.LlmAnswerException;
import com.respondo.llm.LlmRequest;
import com.respondo.llm.LlmUnavailableException;
import com.respondo.llm.LlmUsageRepository;
import com.respondo.llm.LlmUsageTotals;
import com.respondo.testsupport.AdminClients;
import com.respondo.testsupport.OpenAiContract;
import com.respondo.testsupport.TestOutputs.Action;
import com.respondo.testsupport.TestOutputs.AiDecision;
import com.respondo.testsupport.TestOutputs.CannedChoice;
import com.respondo.testsupport.TestOutputs.CollectedData;
import com.respondo.testsupport.TestOutputs.Greeting;

/**
 * The whole LLM path in the sandbox profile: Respondo's Spring AI client, over real HTTP, to the sandbox LLM served
 * by the same application (no API key, so {@code spring.ai.openai.base-url} points at the sandbox).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "respondo.llm.timeout=2s")
@Import(FakeJobsConfiguration.class) // the application starts only with steps for its job files
@ActiveProfiles("sandbox")
class SandboxLlmIntegrationTests {

    private static final String TENANT = "sandbox-llm-it";

    /** The Spring AI adapter itself: these tests count the requests of single attempts, without the retries. */
    @Autowired
    @Qualifier("springAiLlm")
    Llm llm;

    @Autowired
    SandboxLlmControls controls;

    @Autowired
    LlmUsageRepository usage;

    @LocalServerPort
    int port;

    @AfterEach
    void resetControls() {
        this.controls.reset();
    }

    @Test
    void answersEachOfRespondosFourTasksThroughSpringAi() {
        Instant start = Instant.now();
        Greeting greeting = ask("initial-response",
                ChatRequests.greeting("bom dia", "João Lima", "sim", "Oi!"), Greeting.class).value();
        CannedChoice choice = ask("bot-choice",
                ChatRequests.botChoice("Cliente: Oi", "A loja abre no sábado?"), CannedChoice.class).value();
        AiDecision decision = ask("ai-reply",
                ChatRequests.aiReply("Cliente: Quero marcar um horário para provar roupas"), AiDecision.class).value();
        LlmAnswer<CollectedData> data = ask("data-collection",
                ChatRequests.dataCollection("Sou a Ana Prado, meu e-mail é ana@example.com"), CollectedData.class);

        assertThat(greeting.message()).startsWith("Bom dia, João! Sou o assistente virtual da Loja Aurora.");
        assertThat(choice.option()).isEqualTo(2);
        assertThat(decision.action()).isEqualTo(Action.SCHEDULE);
        assertThat(decision.slot()).isEqualTo(1);
        assertThat(data.value().name()).isEqualTo("Ana Prado");
        assertThat(data.value().email()).isEqualTo("ana@example.com");
        assertThat(data.model()).isEqualTo("gpt-4o-mini");
        assertThat(data.promptTokens()).isGreaterThan(100);
        assertThat(this.controls.requests()).isEqualTo(4);
        assertThat(this.usage.totalsSince(TENANT, start)).extracting(LlmUsageTotals::step)
            .containsExactly("ai-reply", "bot-reply", "data-collection", "initial-response");
    }

    @Test
    void answersAndRateLimitsSatisfyTheOfficialSchema() {
        for (Map.Entry<String, Object[]> task : Map.<String, Object[]>of(
                "initial-response", new Object[] { ChatRequests.greeting("boa tarde", "Maria", "sim", "Oi"), Greeting.class },
                "bot-choice", new Object[] { ChatRequests.botChoice("Cliente: Oi", "Prazo de entrega?"), CannedChoice.class },
                "ai-reply", new Object[] { ChatRequests.aiReply("Cliente: Obrigado, tchau!"), AiDecision.class },
                "data-collection", new Object[] { ChatRequests.dataCollection("CEP 80010-000"), CollectedData.class })
            .entrySet()) {
            @SuppressWarnings("unchecked")
            String body = ChatRequests.body(task.getKey(), (Map<String, Object>) task.getValue()[0],
                    (Class<?>) task.getValue()[1]);
            assertThat(OpenAiContract.requestErrors(body)).as(task.getKey()).isEmpty();

            EntityExchangeResult<String> result = post(body).expectStatus().isOk().expectBody(String.class).returnResult();

            assertThat(OpenAiContract.responseErrors(200, result.getResponseBody())).as(task.getKey()).isEmpty();
        }
        this.controls.apply(this.controls.settings().withRateLimit(1, Duration.ofSeconds(2)));

        EntityExchangeResult<String> limited = post(ChatRequests.body("data-collection",
                ChatRequests.dataCollection("Oi"), CollectedData.class))
            .expectStatus().isEqualTo(429)
            .expectHeader().valueEquals("Retry-After", "2")
            .expectBody(String.class).returnResult();

        assertThat(OpenAiContract.responseErrors(429, limited.getResponseBody())).isEmpty();
    }

    @Test
    void injectedFaultsReachTheAdapterAsTheRightExceptionsWithoutRetry() {
        this.controls.apply(this.controls.settings().withErrorRate(1));
        LlmUnavailableException error = catchThrowableOfType(LlmUnavailableException.class, this::askGreeting);
        assertThat(error).hasMessageContaining("HTTP 500");
        assertThat(this.controls.requests()).isEqualTo(1);

        this.controls.reset();
        this.controls.apply(this.controls.settings().withRateLimit(1, Duration.ofSeconds(3)));
        LlmUnavailableException limited = catchThrowableOfType(LlmUnavailableException.class, this::askGreeting);
        assertThat(limited.retryAfter()).contains(Duration.ofSeconds(3));
        assertThat(this.controls.requests()).isEqualTo(1);

        this.controls.reset();
        this.controls.apply(this.controls.settings().withMalformedRate(1));
        assertThat(catchThrowableOfType(LlmAnswerException.class, this::askGreeting)).hasMessageContaining("not JSON");
        assertThat(this.controls.requests()).isEqualTo(1);

        this.controls.reset();
        this.controls.apply(this.controls.settings().withTimeouts(1, Duration.ofSeconds(20)));
        long start = System.nanoTime();
        assertThat(catchThrowableOfType(LlmUnavailableException.class, this::askGreeting)).isNotNull();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        assertThat(this.controls.requests()).isEqualTo(1);
    }

    @Test
    void latencyIsAddedToEveryAnswer() {
        this.controls.apply(this.controls.settings().withLatency(Duration.ofMillis(300)));

        LlmAnswer<Greeting> answer = askGreeting();

        assertThat(answer.latency()).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }

    private LlmAnswer<Greeting> askGreeting() {
        return ask("initial-response", ChatRequests.greeting("boa tarde", "Maria", "sim", "Oi"), Greeting.class);
    }

    private <T> LlmAnswer<T> ask(String prompt, Map<String, Object> variables, Class<T> type) {
        String step = prompt.equals("bot-choice") ? "bot-reply" : prompt;
        return this.llm.ask(new LlmRequest(prompt, TENANT, step, "atd-" + prompt, variables), type);
    }

    private WebTestClient.ResponseSpec post(String body) {
        return AdminClients.anonymous(this.port)
            .post().uri("/sandbox/llm/v1/chat/completions")
            .contentType(MediaType.APPLICATION_JSON)
            .header("Authorization", "Bearer sandbox-no-key")
            .bodyValue(body)
            .exchange();
    }
}
