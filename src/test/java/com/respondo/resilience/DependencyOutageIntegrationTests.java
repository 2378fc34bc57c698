package com.respondo.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import com.respondo.llm.Llm;
import com.respondo.llm.LlmRequest;
import com.respondo.llm.LlmUnavailableException;
import com.respondo.replies.policy.Greeting;
import com.respondo.sandbox.PostedCall;
import com.respondo.sandbox.Sandbox;
import com.respondo.sandbox.SandboxFaults;
import com.respondo.sandbox.SandboxFaults.ErrorStyle;
import com.respondo.sandbox.SeededConversation;
import com.respondo.sandbox.llm.SandboxLlmControls;
import com.respondo.tempbox.EnviarMensagemRequest;
import com.respondo.tempbox.ListarMensagensEmAbertoRequest;
import com.respondo.tempbox.TempBoxClient;
import com.respondo.tempbox.TempBoxUnavailableException;
import com.respondo.tempbox.Tenant;
import com.respondo.tempbox.Tenants;
import com.respondo.testsupport.RespondoIntegrationTest;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The whole application against the sandbox with TempBox or the LLM down: the breakers open, the number of calls
 * made during the outage is bounded, calls fail fast, and once the dependency is back and the breaker's wait has
 * passed, calls succeed again by themselves. The breakers' waits are shortened; everything else is production
 * configuration.
 */
@RespondoIntegrationTest
@TestPropertySource(properties = {
        "resilience4j.circuitbreaker.configs.tempbox.wait-duration-in-open-state=500ms",
        "resilience4j.circuitbreaker.instances.llm.wait-duration-in-open-state=500ms",
        "resilience4j.retry.configs.tempbox.wait-duration=20ms",
        "resilience4j.retry.instances.llm.wait-duration=20ms" })
class DependencyOutageIntegrationTests {

    @Autowired
    Sandbox sandbox;

    @Autowired
    SandboxLlmControls model;

    @Autowired
    TempBoxClient tempBox;

    @Autowired
    Tenants tenants;

    @Autowired
    Llm llm;

    @Autowired
    CircuitBreakerRegistry breakers;

    @Autowired
    MeterRegistry meters;

    Tenant tenant;

    @BeforeEach
    void healthy() {
        this.sandbox.reset();
        this.model.reset();
        this.breakers.getAllCircuitBreakers().forEach(CircuitBreaker::reset);
        this.tenant = this.tenants.get("loja-aurora");
    }

    @AfterEach
    void back() {
        this.sandbox.faults(SandboxFaults.none());
        this.model.reset();
    }

    @Test
    void withTempBoxDownTheBreakerOpensBoundsTheCallsAndLaterCallsRecoverByThemselves() {
        this.sandbox.faults(SandboxFaults.none().withErrorRate(1.0, ErrorStyle.MIXED));
        List<TempBoxUnavailableException> errors = new ArrayList<>();
        long started = System.nanoTime();

        for (int i = 0; i < 20; i++) {
            errors.add(catchThrowableOfType(TempBoxUnavailableException.class, this::readOpenConversations));
        }

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
        assertThat(this.sandbox.calls("ListarMensagensEmAberto")).as("minimum-number-of-calls of the breaker")
            .isLessThanOrEqualTo(10);
        assertThat(errors).allSatisfy(error -> assertThat(error.retryable()).isTrue());
        assertThat(errors.get(19)).hasMessageContaining("circuit open for tenant loja-aurora")
            .hasMessageNotContaining(this.tenant.token());
        assertThat(breaker("tempbox-loja-aurora").getState()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(this.meters.get("resilience4j.circuitbreaker.state").tags("name", "tempbox-loja-aurora",
                "state", "open").gauge().value()).isEqualTo(1.0);
        assertThat(this.meters.get("resilience4j.circuitbreaker.not.permitted.calls")
            .tag("name", "tempbox-loja-aurora").counter().count()).isGreaterThanOrEqualTo(16);

        this.sandbox.faults(SandboxFaults.none());
        await().atMost(Duration.ofSeconds(10)).ignoreExceptionsInstanceOf(TempBoxUnavailableException.class)
            .until(() -> this.readOpenConversations() != null);
        readOpenConversations();
        readOpenConversations();
        assertThat(breaker("tempbox-loja-aurora").getState()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(breaker("tempbox-clinica-sorriso").getState()).as("another tenant's breaker")
            .isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void aSendThatWasStoredButAnswered500IsNotRepeatedByTheProtectionLayer() {
        SeededConversation waiting = this.sandbox.seedWaitingConversations(
                this.sandbox.company("loja-aurora").empresa(), 1, Duration.ofMinutes(1)).get(0);
        this.sandbox.faults(SandboxFaults.none().withStoredButFailedRate(1.0).onlyFor("EnviarMensagem"));
        long sequence = this.sandbox.record().stream().mapToLong(PostedCall::sequence).max().orElse(0);

        TempBoxUnavailableException error = catchThrowableOfType(TempBoxUnavailableException.class,
                () -> this.tempBox.enviarMensagem(this.tenant, EnviarMensagemRequest.text(this.tenant.empresa(),
                        waiting.atendimento().toString(), this.tenant.atendente(), "Olá! Já vou verificar.")));

        assertThat(error.retryable()).isTrue();
        assertThat(this.sandbox.calls("EnviarMensagem")).isEqualTo(1);
        assertThat(this.sandbox.record(sequence)).singleElement().satisfies(posted -> {
            assertThat(posted.operation()).isEqualTo("EnviarMensagem");
            assertThat(posted.text()).isEqualTo("Olá! Já vou verificar.");
            assertThat(posted.outcome()).isEqualTo(PostedCall.Outcome.STORED_BUT_FAILED);
        });
    }

    @Test
    void withTheLlmDownItsBreakerOpensBoundsTheRequestsAndLaterQuestionsRecoverByThemselves() {
        this.model.apply(this.model.settings().withErrorRate(1));
        List<LlmUnavailableException> errors = new ArrayList<>();

        for (int i = 0; i < 10; i++) {
            errors.add(catchThrowableOfType(LlmUnavailableException.class, this::askGreeting));
        }

        assertThat(this.model.requests()).as("minimum-number-of-calls of the breaker").isLessThanOrEqualTo(5);
        assertThat(errors.get(9)).hasMessageContaining("circuit open (breaker llm)");
        assertThat(this.meters.get("resilience4j.circuitbreaker.state").tags("name", "llm", "state", "open")
            .gauge().value()).isEqualTo(1.0);

        this.model.reset();
        await().atMost(Duration.ofSeconds(10)).ignoreException(LlmUnavailableException.class)
            .until(() -> askGreeting() != null);
        askGreeting();
        assertThat(breaker("llm").getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void retriesRateLimitersAndTheBulkheadArePublishedToMicrometer() {
        readOpenConversations();
        askGreeting();

        assertThat(this.meters.get("resilience4j.retry.calls").tags("name", "tempbox-loja-aurora",
                "kind", "successful_without_retry").functionCounter().count()).isGreaterThanOrEqualTo(1);
        assertThat(this.meters.get("resilience4j.retry.calls").tags("name", "llm", "kind",
                "successful_without_retry").functionCounter().count()).isGreaterThanOrEqualTo(1);
        assertThat(this.meters.find("resilience4j.ratelimiter.available.permissions")
            .tag("name", "tempbox-clinica-sorriso").gauge()).isNotNull();
        assertThat(this.meters.find("resilience4j.bulkhead.available.concurrent.calls").tag("name", "llm").gauge())
            .isNotNull();
    }

    private List<?> readOpenConversations() {
        return this.tempBox.listarMensagensEmAberto(this.tenant,
                new ListarMensagensEmAbertoRequest(this.tenant.empresa(), 1, 20));
    }

    private Greeting askGreeting() {
        return this.llm.ask(new LlmRequest("initial-response", "loja-aurora", "initial-response", null, Map.of(
                "company", "Loja Aurora", "businessHours", "das 9h às 18h", "openNow", "sim",
                "customerName", "Maria", "channel", "WhatsApp", "greetingPeriod", "boa tarde",
                "customerMessages", "Oi")), Greeting.class).value();
    }

    private CircuitBreaker breaker(String name) {
        return this.breakers.circuitBreaker(name);
    }
}
