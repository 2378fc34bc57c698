package com.respondo.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import com.respondo.llm.Llm;
import com.respondo.llm.LlmAnswer;
import com.respondo.llm.LlmAnswerException;
import com.respondo.llm.LlmException;
import com.respondo.llm.LlmRejectedException;
import com.respondo.llm.LlmRequest;
import com.respondo.llm.LlmUnavailableException;
import com.respondo.replies.policy.Greeting;
import com.respondo.testsupport.FakeHttpServer.Reply;
import com.respondo.testsupport.FakeHttpServer;
import com.respondo.testsupport.OpenAiFake;

import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;

/**
 * The LLM port as the application wires it, protected by the {@code llm} instances of {@code application.yml},
 * against a scripted OpenAI-compatible server on loopback: what is retried, how long it waits, what fails at once,
 * how many questions are in flight. Waits and concurrency are measured by the server.
 */
@SpringBootTest(classes = LlmResilienceTests.LlmOnly.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = { "spring.ai.openai.api-key=" + LlmResilienceTests.KEY, "respondo.llm.timeout=2s",
                "respondo.resilience.llm-retry-budget=10s", "resilience4j.retry.instances.llm.wait-duration=50ms",
                "resilience4j.circuitbreaker.instances.llm.wait-duration-in-open-state=500ms",
                "resilience4j.bulkhead.instances.llm.max-concurrent-calls=2" })
class LlmResilienceTests {

    static final String KEY = "sk-test-resilience-0123456789-SECRET";

    /** The bulkhead of {@link Connections}: more questions in flight than OkHttp keeps idle connections by default. */
    static final int IN_FLIGHT = 8;

    private static final OpenAiFake MODEL = new OpenAiFake();

    private static final Reply ANSWER = OpenAiFake.completion("{\"message\": \"Boa tarde, Maria!\"}");

    private static final Reply OVERLOADED = Reply.of(503, """
            {"error": {"message": "overloaded", "type": "server_error", "code": null}}""");

    @Autowired
    Llm llm;

    @Autowired
    @Qualifier("springAiLlm")
    Llm adapter;

    @Autowired
    CircuitBreakerRegistry breakers;

    @Autowired
    BulkheadRegistry bulkheads;

    @DynamicPropertySource
    static void model(DynamicPropertyRegistry registry) {
        registry.add("spring.ai.openai.base-url", MODEL::baseUrl);
    }

    @AfterAll
    static void stop() {
        MODEL.close();
    }

    @BeforeEach
    void reset() {
        MODEL.reset();
        this.breakers.getAllCircuitBreakers().forEach(CircuitBreaker::reset);
        ((ResilientLlm) this.llm).forget();
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void aRefusedKeyFailsEveryQuestionAtOnceWithOneErrorLineAndNoCallPerQuestion(CapturedOutput output) {
        MODEL.answerByDefault(Reply.of(401, """
                {"error": {"message": "Incorrect API key provided", "type": "invalid_request_error",
                 "code": "invalid_api_key"}}"""));

        List<LlmRejectedException> refusals = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            refusals.add(catchThrowableOfType(LlmRejectedException.class, this::ask));
        }

        assertThat(MODEL.requests()).isEqualTo(1);
        assertThat(refusals).allSatisfy(refusal -> assertThat(refusal.status()).isEqualTo(401));
        assertThat(output.getAll().lines()
            .filter(line -> line.contains("ERROR") && line.contains("refused the key or the model"))).hasSize(1);
        assertThat(breaker().getMetrics().getNumberOfFailedCalls()).isZero();
    }

    @Test
    void theStepsGetTheProtectedLlmAndOnlyItRetries() {
        MODEL.answerByDefault(OVERLOADED);

        assertThat(this.llm).isInstanceOf(ResilientLlm.class);
        catchThrowableOfType(LlmUnavailableException.class, this::askTheAdapterAlone);
        assertThat(MODEL.requests()).as("neither the OpenAI SDK nor Spring AI retries").isEqualTo(1);

        catchThrowableOfType(LlmUnavailableException.class, this::ask);
        assertThat(MODEL.requests()).as("the protection layer retries twice").isEqualTo(4);
    }

    @Test
    void retriesServerErrorsUntilTheModelAnswers() {
        MODEL.script(Reply.of(500, "{}"), OVERLOADED);
        MODEL.answerByDefault(ANSWER);

        assertThat(ask().value().message()).isEqualTo("Boa tarde, Maria!");

        assertThat(MODEL.requests()).isEqualTo(3);
        assertThat(breaker().getMetrics().getNumberOfFailedCalls()).as("a conversation's failures count once")
            .isEqualTo(1);
    }

    @Test
    void retriesARequestThatTimedOut() {
        MODEL.script(ANSWER.heldUntilReleased());
        MODEL.answerByDefault(ANSWER);

        assertThat(ask().value().message()).isEqualTo("Boa tarde, Maria!");

        assertThat(MODEL.requests()).isEqualTo(2);
        assertThat(MODEL.gapAfter(0)).isGreaterThanOrEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void waitsAtLeastTheRetryAfterOfA429BeforeTheNextAttempt() {
        MODEL.script(rateLimited("Retry-After", "1"));
        MODEL.answerByDefault(ANSWER);

        ask();

        assertThat(MODEL.requests()).isEqualTo(2);
        assertThat(MODEL.gapAfter(0)).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void waitsAtLeastTheRetryAfterMsOfOpenAi() {
        MODEL.script(rateLimited("retry-after-ms", "600"));
        MODEL.answerByDefault(ANSWER);

        ask();

        assertThat(MODEL.requests()).isEqualTo(2);
        assertThat(MODEL.gapAfter(0)).isGreaterThanOrEqualTo(Duration.ofMillis(600));
    }

    @Test
    void givesUpAtOnceWhenTheRetryAfterDoesNotFitTheBudget() {
        MODEL.answerByDefault(rateLimited("Retry-After", "120"));
        long started = System.nanoTime();

        LlmUnavailableException error = catchThrowableOfType(LlmUnavailableException.class, this::ask);

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
        assertThat(error.retryAfter()).contains(Duration.ofSeconds(120));
        assertThat(MODEL.requests()).isEqualTo(1);
    }

    static Stream<Arguments> answersThatAreNeverRetried() {
        return Stream.of(
                Arguments.of("HTTP 400", Reply.of(400, """
                        {"error": {"message": "bad", "type": "invalid_request_error", "code": null}}"""),
                        LlmRejectedException.class),
                Arguments.of("HTTP 401", Reply.of(401, """
                        {"error": {"message": "Incorrect API key", "type": "invalid_request_error",
                         "code": "invalid_api_key"}}"""), LlmRejectedException.class),
                Arguments.of("malformed JSON", Reply.of(200, "{\"id\": \"chatcmpl-1\", \"choices\": [{"),
                        LlmAnswerException.class),
                Arguments.of("an answer that is not the record", OpenAiFake.completion("não sei"),
                        LlmAnswerException.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("answersThatAreNeverRetried")
    void neverRetriesNorCountsAgainstTheBreakerWhatWouldFailAgain(String what, Reply answer,
            Class<? extends LlmException> expected) {
        MODEL.answerByDefault(answer);

        LlmException error = catchThrowableOfType(LlmException.class, this::ask);

        assertThat(error).isInstanceOf(expected);
        assertThat(error.getMessage()).doesNotContain(KEY);
        assertThat(MODEL.requests()).isEqualTo(1);
        assertThat(breaker().getMetrics().getNumberOfFailedCalls()).isZero();
    }

    @Test
    void withTheModelDownTheBreakerOpensBoundsTheCallsAndRecoversWhenItIsBack() {
        MODEL.answerByDefault(OVERLOADED);
        List<LlmUnavailableException> errors = new ArrayList<>();

        for (int i = 0; i < 15; i++) {
            String conversation = "atd-" + i;
            errors.add(catchThrowableOfType(LlmUnavailableException.class, () -> ask(conversation)));
        }

        assertThat(MODEL.requests()).as("minimum-number-of-calls of the breaker, one per conversation")
            .isLessThanOrEqualTo(5 * 3);
        assertThat(breaker().getState()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(errors.get(errors.size() - 1)).hasMessageContaining("circuit open (breaker llm)");
        assertThat(breaker().getMetrics().getNumberOfNotPermittedCalls()).isGreaterThanOrEqualTo(8);

        MODEL.answerByDefault(ANSWER);
        await().atMost(Duration.ofSeconds(10)).ignoreException(LlmUnavailableException.class)
            .until(() -> ask().value() != null);
        ask();
        assertThat(breaker().getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void oneConversationWhoseQuestionsKeepFailingCountsOnceAndCannotOpenTheBreakerForEveryone() {
        MODEL.answerByDefault(OVERLOADED);

        for (int i = 0; i < 10; i++) {
            catchThrowableOfType(LlmUnavailableException.class, () -> ask("atd-poison"));
        }

        assertThat(MODEL.requests()).as("each question still tried three times").isEqualTo(30);
        assertThat(breaker().getState()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(breaker().getMetrics().getNumberOfFailedCalls()).isEqualTo(1);
    }

    @Test
    void theBulkheadLimitsHowManyQuestionsAreInFlight() throws Exception {
        MODEL.answerByDefault(ANSWER.heldUntilReleased());
        ExecutorService steps = Executors.newFixedThreadPool(6);
        try {
            List<CompletableFuture<LlmAnswer<Greeting>>> answers = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                answers.add(CompletableFuture.supplyAsync(this::ask, steps));
            }

            await().atMost(Duration.ofSeconds(5)).until(() -> MODEL.inFlight() == 2);
            await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(1)).until(() -> MODEL.inFlight() <= 2);
            MODEL.release();

            for (CompletableFuture<LlmAnswer<Greeting>> answer : answers) {
                assertThat(answer.get(10, TimeUnit.SECONDS).value().message()).isEqualTo("Boa tarde, Maria!");
            }
            assertThat(MODEL.requests()).isEqualTo(6);
            assertThat(MODEL.maxInFlight()).isEqualTo(2);
            assertThat(this.bulkheads.bulkhead("llm").getMetrics().getAvailableConcurrentCalls()).isEqualTo(2);
        }
        finally {
            steps.shutdownNow();
        }
    }

    /**
     * The LLM client's connections: as many stay open between bursts as the bulkhead lets questions be in flight (8
     * here), more than OkHttp's default of 5 idle ones, so a burst after a burst opens no new connection.
     */
    @Nested
    @TestPropertySource(properties = "resilience4j.bulkhead.instances.llm.max-concurrent-calls=" + IN_FLIGHT)
    class Connections {

        @Autowired
        Llm llm;

        private List<InetSocketAddress> firstBurst = List.of();

        @Test
        void burstsOfQuestionsReuseTheConnectionsOfTheFirstBurst() throws Exception {
            ExecutorService steps = Executors.newFixedThreadPool(IN_FLIGHT);
            try {
                for (int burst = 1; burst <= 3; burst++) {
                    MODEL.reset();
                    MODEL.answerByDefault(OpenAiFake.completion("{\"message\": \"Boa tarde, Maria!\"}")
                        .heldUntilReleased());
                    List<CompletableFuture<LlmAnswer<Greeting>>> answers = new ArrayList<>();
                    for (int i = 0; i < IN_FLIGHT; i++) {
                        answers.add(CompletableFuture.supplyAsync(this::askQuestion, steps));
                    }
                    await().atMost(Duration.ofSeconds(5)).until(() -> MODEL.inFlight() == IN_FLIGHT);
                    List<InetSocketAddress> clients = MODEL.received().stream()
                        .map(FakeHttpServer.Received::client)
                        .toList();
                    MODEL.release();
                    for (CompletableFuture<LlmAnswer<Greeting>> answer : answers) {
                        assertThat(answer.get(10, TimeUnit.SECONDS).value()).isNotNull();
                    }
                    assertThat(MODEL.connections()).as("connections of burst %d", burst).isEqualTo(IN_FLIGHT);
                    if (burst > 1) {
                        assertThat(clients).as("burst %d came on the connections of the first", burst)
                            .hasSameElementsAs(this.firstBurst);
                    }
                    else {
                        this.firstBurst = clients;
                    }
                }
            }
            finally {
                steps.shutdownNow();
            }
        }

        private LlmAnswer<Greeting> askQuestion() {
            return this.llm.ask(greeting(), Greeting.class);
        }
    }

    private LlmAnswer<Greeting> ask() {
        return this.llm.ask(greeting(), Greeting.class);
    }

    private LlmAnswer<Greeting> ask(String conversation) {
        return this.llm.ask(greeting(conversation), Greeting.class);
    }

    private LlmAnswer<Greeting> askTheAdapterAlone() {
        return this.adapter.ask(greeting(), Greeting.class);
    }

    private CircuitBreaker breaker() {
        return this.breakers.circuitBreaker("llm");
    }

    private static LlmRequest greeting() {
        return greeting("atd-1");
    }

    private static LlmRequest greeting(String conversation) {
        return new LlmRequest("initial-response", "loja-aurora", "initial-response", conversation, Map.of(
                "company", "Loja Aurora", "businessHours", "das 9h às 18h", "openNow", "sim",
                "customerName", "Maria", "channel", "WhatsApp", "greetingPeriod", "boa tarde",
                "customerMessages", "Oi"));
    }

    private static Reply rateLimited(String header, String value) {
        return Reply.of(429, """
                {"error": {"message": "Rate limit reached", "type": "requests", "code": "rate_limit_exceeded"}}""")
            .withHeader(header, value);
    }

    /** The LLM port and its protection, on the auto-configuration and the application's configuration. */
    @Configuration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    @ComponentScan(basePackageClasses = Llm.class, useDefaultFilters = false,
            includeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
                    pattern = "com\\.respondo\\.llm\\.LlmConfiguration"))
    @Import(LlmResilienceConfiguration.class)
    static class LlmOnly {
    }
}
