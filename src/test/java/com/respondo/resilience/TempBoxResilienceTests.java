package com.respondo.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.respondo.tempbox.AgendarMensagemRequest;
import com.respondo.tempbox.CriarPorContatoRequest;
import com.respondo.tempbox.EncerrarAtendimentoRequest;
import com.respondo.tempbox.EnviarMensagemRequest;
import com.respondo.tempbox.ListarMensagensPadraoRequest;
import com.respondo.tempbox.ResponderMensagemIaRequest;
import com.respondo.tempbox.TempBoxClient;
import com.respondo.tempbox.TempBoxException;
import com.respondo.tempbox.TempBoxRejectedException;
import com.respondo.tempbox.TempBoxResponseException;
import com.respondo.tempbox.TempBoxUnauthorizedException;
import com.respondo.tempbox.TempBoxUnavailableException;
import com.respondo.tempbox.Tenant;
import com.respondo.tempbox.Tenants;
import com.respondo.testsupport.FakeHttpServer.Reply;
import com.respondo.testsupport.TempBoxFake;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryRegistry;

/**
 * The TempBox client as the application wires it, protected by the {@code tempbox} instances of
 * {@code application.yml}, against a scripted TempBox on loopback: what is retried, how long it waits, what fails at
 * once. Waits are measured between the arrivals the server records.
 */
@SpringBootTest(classes = TempBoxResilienceTests.TempBoxOnly.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = { "respondo.tempbox.read-timeout=1s", "respondo.tempbox.wait-margin=4s",
                "resilience4j.retry.configs.tempbox.wait-duration=50ms",
                "resilience4j.ratelimiter.instances.tempbox-clinica-sorriso.base-config=tempbox",
                "resilience4j.ratelimiter.instances.tempbox-clinica-sorriso.limit-for-period=2",
                "resilience4j.ratelimiter.instances.tempbox-clinica-sorriso.limit-refresh-period=1h",
                "resilience4j.ratelimiter.instances.tempbox-clinica-sorriso.timeout-duration=0s" })
class TempBoxResilienceTests {

    static final String OK = """
            {"Status":"ok","Code":200,"Success":true,"Data":[]}""";

    static final String FAILED = """
            {"Status":"error","Code":500,"Success":false,"Data":null,"Message":"Erro interno"}""";

    private static final TempBoxFake TEMPBOX = new TempBoxFake();

    @Autowired
    TempBoxClient client;

    @Autowired
    Tenants tenants;

    @Autowired
    CircuitBreakerRegistry breakers;

    @Autowired
    RetryRegistry retries;

    @Autowired
    RateLimiterRegistry rateLimiters;

    Tenant tenant;

    @DynamicPropertySource
    static void tempBox(DynamicPropertyRegistry registry) {
        registry.add("respondo.tempbox.base-url", TEMPBOX::baseUrl);
    }

    @AfterAll
    static void stop() {
        TEMPBOX.close();
    }

    @BeforeEach
    void reset() {
        TEMPBOX.reset();
        this.breakers.getAllCircuitBreakers().forEach(CircuitBreaker::reset);
        this.tenant = this.tenants.get("loja-aurora");
    }

    @Test
    void retriesAReadAfterServerErrorsUntilItSucceeds() {
        TEMPBOX.script(Reply.of(500, FAILED), Reply.of(200, FAILED));
        TEMPBOX.answerByDefault(Reply.of(200, OK));
        long succeededAfterRetry = retry().getMetrics().getNumberOfSuccessfulCallsWithRetryAttempt();

        assertThat(readCannedMessages()).isEmpty();

        assertThat(TEMPBOX.requests()).isEqualTo(3);
        assertThat(retry().getMetrics().getNumberOfSuccessfulCallsWithRetryAttempt()).isEqualTo(succeededAfterRetry + 1);
        assertThat(breaker().getMetrics().getNumberOfFailedCalls()).isEqualTo(2);
    }

    @Test
    void givesUpAfterThreeAttemptsWithTheRetryableError() {
        TEMPBOX.answerByDefault(Reply.of(503, FAILED));
        long failedAfterRetry = retry().getMetrics().getNumberOfFailedCallsWithRetryAttempt();

        TempBoxUnavailableException error = catchThrowableOfType(TempBoxUnavailableException.class,
                this::readCannedMessages);

        assertThat(error.summary()).startsWith("HTTP 503");
        assertThat(TEMPBOX.requests()).isEqualTo(3);
        assertThat(retry().getMetrics().getNumberOfFailedCallsWithRetryAttempt()).isEqualTo(failedAfterRetry + 1);
    }

    @Test
    void retriesAReadThatTimedOut() {
        TEMPBOX.script(Reply.of(200, OK).heldUntilReleased());
        TEMPBOX.answerByDefault(Reply.of(200, OK));

        assertThat(readCannedMessages()).isEmpty();

        assertThat(TEMPBOX.requests()).isEqualTo(2);
        assertThat(TEMPBOX.gapAfter(0)).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
    }

    static Stream<Arguments> answersThatAreNeverRetried() {
        return Stream.of(
                Arguments.of("HTTP 401", Reply.of(401, "{}"), TempBoxUnauthorizedException.class),
                Arguments.of("Code 401", Reply.of(200, """
                        {"Status":"error","Code":401,"Success":false,"Data":null,"Message":"Invalid token"}"""),
                        TempBoxUnauthorizedException.class),
                Arguments.of("HTTP 400", Reply.of(400, "{\"Message\":\"Bad request\"}"),
                        TempBoxRejectedException.class),
                Arguments.of("HTTP 404", Reply.of(404, "{}"), TempBoxRejectedException.class),
                Arguments.of("malformed JSON", Reply.of(200, "{\"Status\":\"ok\",\"Da"),
                        TempBoxResponseException.class),
                Arguments.of("Data of the wrong shape", Reply.of(200, """
                        {"Status":"ok","Code":200,"Success":true,"Data":{"not":"a list"}}"""),
                        TempBoxResponseException.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("answersThatAreNeverRetried")
    void neverRetriesNorCountsAgainstTheBreakerAnAnswerThatWouldFailAgain(String what, Reply answer,
            Class<? extends TempBoxException> expected) {
        TEMPBOX.answerByDefault(answer);
        long failedWithoutRetry = retry().getMetrics().getNumberOfFailedCallsWithoutRetryAttempt();

        TempBoxException error = catchThrowableOfType(TempBoxException.class, this::readCannedMessages);

        assertThat(error).isInstanceOf(expected);
        assertThat(error.retryable()).isFalse();
        assertThat(TEMPBOX.requests()).isEqualTo(1);
        assertThat(retry().getMetrics().getNumberOfFailedCallsWithoutRetryAttempt()).isEqualTo(failedWithoutRetry + 1);
        assertThat(breaker().getMetrics().getNumberOfFailedCalls()).isZero();
    }

    @Test
    void waitsAtLeastTheRetryAfterOfA429BeforeTheNextAttempt() {
        TEMPBOX.script(Reply.of(429, FAILED).withHeader("Retry-After", "1"));
        TEMPBOX.answerByDefault(Reply.of(200, OK));

        assertThat(readCannedMessages()).isEmpty();

        assertThat(TEMPBOX.requests()).isEqualTo(2);
        assertThat(TEMPBOX.gapAfter(0)).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void waitsAtLeastTheRetryAfterOfA503GivenAsADate() {
        String inTwoSeconds = DateTimeFormatter.RFC_1123_DATE_TIME
            .format(Instant.now().plusSeconds(2).atZone(ZoneOffset.UTC));
        TEMPBOX.script(Reply.of(503, FAILED).withHeader("Retry-After", inTwoSeconds));
        TEMPBOX.answerByDefault(Reply.of(200, OK));

        assertThat(readCannedMessages()).isEmpty();

        assertThat(TEMPBOX.requests()).isEqualTo(2);
        assertThat(TEMPBOX.gapAfter(0)).isGreaterThanOrEqualTo(Duration.ofMillis(900));
    }

    @Test
    void givesUpAtOnceWhenTheRetryAfterDoesNotFitTheClientsWait() {
        TEMPBOX.answerByDefault(Reply.of(429, FAILED).withHeader("Retry-After", "120"));
        long started = System.nanoTime();

        TempBoxUnavailableException error = catchThrowableOfType(TempBoxUnavailableException.class,
                this::readCannedMessages);

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
        assertThat(error.retryable()).isTrue();
        assertThat(error.retryAfter()).contains(Duration.ofSeconds(120));
        assertThat(TEMPBOX.requests()).isEqualTo(1);
    }

    static Stream<Arguments> operationsThatAreNeverRepeated() {
        String empresa = "99c80439-b977-4002-ba4f-7345acc07f6b";
        String atendimento = "0b6f3c1e-6d0a-4a55-9d7e-1f2a3b4c5d6e";
        String bot = "c4d4fa28-93a3-4f0d-9db0-579c8499c5c0";
        return Stream.of(
                Arguments.of("EnviarMensagem", (Consumer<Call>) call -> call.client.enviarMensagem(call.tenant,
                        EnviarMensagemRequest.text(empresa, atendimento, bot, "Olá!"))),
                Arguments.of("AgendarMensagem", (Consumer<Call>) call -> call.client.agendarMensagem(call.tenant,
                        new AgendarMensagemRequest(bot, atendimento, Instant.now(), empresa, "Lembrete"))),
                Arguments.of("CriarPorContato", (Consumer<Call>) call -> call.client.criarPorContato(call.tenant,
                        new CriarPorContatoRequest(bot, null, null, "5541999999999", empresa, 1))),
                Arguments.of("ResponderMensagemIa", (Consumer<Call>) call -> call.client.responderMensagemIa(
                        call.tenant, new ResponderMensagemIaRequest(atendimento, empresa))),
                Arguments.of("ProcessarOcorrenciaRespostaInicialBotIa",
                        (Consumer<Call>) call -> call.client.processarOcorrenciaRespostaInicialBotIa(call.tenant)));
    }

    /** A call to make on the client for a tenant. */
    record Call(TempBoxClient client, Tenant tenant) {
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operationsThatAreNeverRepeated")
    void neverRepeatsAnOperationThatCouldWriteTwice(String operation, Consumer<Call> call) {
        TEMPBOX.answerByDefault(Reply.of(500, FAILED));

        TempBoxUnavailableException error = catchThrowableOfType(TempBoxUnavailableException.class,
                () -> call.accept(new Call(this.client, this.tenant)));

        assertThat(error.retryable()).as("the caller may reconcile and try again").isTrue();
        assertThat(error.operation()).isEqualTo(operation);
        assertThat(TEMPBOX.paths()).containsExactly("/api/Atendimento/" + operation);
        assertThat(breaker().getMetrics().getNumberOfFailedCalls()).as("still counts as a failure").isEqualTo(1);
    }

    @Test
    void repeatsAnIdempotentChange() {
        TEMPBOX.script(Reply.of(500, FAILED));
        TEMPBOX.answerByDefault(Reply.of(200, OK));

        this.client.encerrarAtendimento(this.tenant, new EncerrarAtendimentoRequest(
                "0b6f3c1e-6d0a-4a55-9d7e-1f2a3b4c5d6e", this.tenant.empresa()));

        assertThat(TEMPBOX.requests()).isEqualTo(2);
    }

    @Test
    void anOpenBreakerFailsFastWithoutCallingTempBoxOrRetrying() {
        breaker().transitionToOpenState();
        long retried = retry().getMetrics().getNumberOfTotalCalls();

        TempBoxUnavailableException error = catchThrowableOfType(TempBoxUnavailableException.class,
                this::readCannedMessages);

        assertThat(error.getMessage()).contains("circuit open for tenant loja-aurora")
            .doesNotContain(this.tenant.token());
        assertThat(error.retryable()).isTrue();
        assertThat(TEMPBOX.requests()).isZero();
        assertThat(breaker().getMetrics().getNumberOfNotPermittedCalls()).isEqualTo(1);
        assertThat(retry().getMetrics().getNumberOfTotalCalls()).as("one attempt, not retried").isEqualTo(retried + 1);
    }

    @Test
    void eachTenantHasItsOwnBreaker() {
        breaker().transitionToOpenState();
        TEMPBOX.answerByDefault(Reply.of(200, OK));
        Tenant other = this.tenants.get("clinica-sorriso");

        assertThat(this.client.listarMensagensPadrao(other, new ListarMensagensPadraoRequest(other.empresa())))
            .isEmpty();
        assertThat(this.breakers.circuitBreaker("tempbox-clinica-sorriso").getState())
            .isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void theRateLimiterOfATenantBoundsItsCallsAndRefusesTheRestAsUnavailable() {
        TEMPBOX.answerByDefault(Reply.of(200, OK));
        Tenant limited = this.tenants.get("clinica-sorriso");
        int permits = this.rateLimiters.rateLimiter("tempbox-clinica-sorriso").getMetrics().getAvailablePermissions();
        List<Throwable> refusals = new ArrayList<>();

        for (int i = 0; i < permits + 3; i++) {
            try {
                this.client.listarMensagensPadrao(limited, new ListarMensagensPadraoRequest(limited.empresa()));
            }
            catch (TempBoxUnavailableException ex) {
                refusals.add(ex);
            }
        }

        assertThat(permits).as("2 per hour, some maybe used by another test").isBetween(0, 2);
        assertThat(TEMPBOX.requests()).isEqualTo(permits);
        assertThat(refusals).hasSize(3)
            .allSatisfy(refusal -> assertThat(refusal).hasMessageContaining("rate limit of tenant clinica-sorriso"));
        assertThat(this.breakers.circuitBreaker("tempbox-clinica-sorriso").getMetrics().getNumberOfFailedCalls())
            .isZero();
    }

    private List<?> readCannedMessages() {
        return this.client.listarMensagensPadrao(this.tenant, new ListarMensagensPadraoRequest(this.tenant.empresa()));
    }

    private CircuitBreaker breaker() {
        return this.breakers.circuitBreaker("tempbox-loja-aurora");
    }

    private Retry retry() {
        return this.retries.retry("tempbox-loja-aurora");
    }

    /** The TempBox client and its protection, on the auto-configuration and the application's configuration. */
    @Configuration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    @ComponentScan(basePackageClasses = TempBoxClient.class, useDefaultFilters = false,
            includeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
                    pattern = "com\\.respondo\\.tempbox\\.TempBoxConfiguration"))
    @Import(TempBoxResilienceConfiguration.class)
    static class TempBoxOnly {
    }
}
