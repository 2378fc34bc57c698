package com.respondo.sandbox;

import static com.respondo.sandbox.SandboxOperationsIntegrationTests.CARLOS;
import static com.respondo.sandbox.TempBoxWire.LOJA;
import static com.respondo.sandbox.TempBoxWire.LOJA_BOT;
import static com.respondo.sandbox.TempBoxWire.LOJA_TOKEN;
import static com.respondo.sandbox.TempBoxWire.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import com.respondo.testsupport.FakeJobsConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/** The fault knobs make TempBox fail the ways the worker must survive, and the record tells what was stored. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(FakeJobsConfiguration.class) // the application starts only with steps for its job files
@AutoConfigureWebTestClient
class SandboxFaultsIntegrationTests {

    private static final String SEND = json("Atendente", LOJA_BOT, "Atendimento", CARLOS, "Empresa", LOJA,
            "Mensagem", "Resposta sob falha");

    @Autowired
    private WebTestClient client;

    @Autowired
    private Sandbox sandbox;

    private TempBoxWire wire;

    @BeforeEach
    void freshSandbox() {
        sandbox.reset(true);
        wire = new TempBoxWire(client);
    }

    @AfterEach
    void noFaults() {
        sandbox.faults(SandboxFaults.none());
    }

    @Test
    void errorRateOneFailsEveryCallAsAnEnvelopeWithoutApplyingIt() {
        // given
        sandbox.faults(SandboxFaults.none().withErrorRate(1.0, SandboxFaults.ErrorStyle.ENVELOPE));

        // when
        EntityExchangeResult<byte[]> result = wire.exchange("EnviarMensagem", LOJA_TOKEN, SEND);

        // then
        assertThat(result.getStatus().value()).isEqualTo(200);
        JsonNode envelope = TempBoxWire.parse(result.getResponseBody());
        assertThat(envelope.path("Code").asInt()).isEqualTo(500);
        assertThat(envelope.path("Success").asBoolean()).isFalse();
        assertThat(sandbox.record()).singleElement().extracting(PostedCall::outcome)
            .isEqualTo(PostedCall.Outcome.FAILED);
        sandbox.faults(SandboxFaults.none());
        assertThat(messagesOfCarlos()).doesNotContain("Resposta sob falha");
    }

    @Test
    void errorRateOneCanFailWithHttp500() {
        // given
        sandbox.faults(SandboxFaults.none().withErrorRate(1.0, SandboxFaults.ErrorStyle.HTTP));

        // when
        EntityExchangeResult<byte[]> result = wire.exchange("ListarEmAberto", LOJA_TOKEN, json("Empresa", LOJA));

        // then
        assertThat(result.getStatus().value()).isEqualTo(500);
        assertThat(TempBoxWire.parse(result.getResponseBody()).path("Code").asInt()).isEqualTo(500);
    }

    @Test
    void storedButFailedAppliesTheChangeThenAnswersAnError() {
        // given
        sandbox.faults(SandboxFaults.none().withStoredButFailedRate(1.0));

        // when
        EntityExchangeResult<byte[]> result = wire.exchange("EnviarMensagem", LOJA_TOKEN, SEND);

        // then
        assertThat(TempBoxWire.parse(result.getResponseBody()).path("Code").asInt()).isEqualTo(500);
        assertThat(sandbox.record()).singleElement().satisfies(entry -> {
            assertThat(entry.outcome()).isEqualTo(PostedCall.Outcome.STORED_BUT_FAILED);
            assertThat(entry.stored()).isTrue();
        });
        sandbox.faults(SandboxFaults.none());
        assertThat(messagesOfCarlos()).contains("Resposta sob falha");
    }

    @Test
    void malformedRateOneAnswersTruncatedJsonAfterApplyingTheChange() {
        // given
        sandbox.faults(SandboxFaults.none().withMalformedRate(1.0));

        // when
        EntityExchangeResult<byte[]> result = wire.exchange("EnviarMensagem", LOJA_TOKEN, SEND);

        // then
        assertThat(result.getStatus().value()).isEqualTo(200);
        assertThatThrownBy(() -> TempBoxWire.parse(result.getResponseBody())).isInstanceOf(JacksonException.class);
        assertThat(sandbox.record()).singleElement().extracting(PostedCall::outcome)
            .isEqualTo(PostedCall.Outcome.STORED_BUT_FAILED);
    }

    @Test
    void latencyDelaysEveryAnswer() {
        // given
        sandbox.faults(SandboxFaults.none().withLatency(Duration.ofMillis(400), Duration.ofMillis(100)));

        // when
        long started = System.nanoTime();
        JsonNode data = wire.data("ListarEmAberto", LOJA_TOKEN, json("Empresa", LOJA));
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);

        // then
        assertThat(data.size()).isPositive();
        assertThat(elapsed).isGreaterThanOrEqualTo(Duration.ofMillis(400));
    }

    @Test
    void timeoutHoldsTheAnswerLongerThanTheClientWaitsAndMayStoreIt() {
        // given
        TempBoxWire impatient = new TempBoxWire(client.mutate().responseTimeout(Duration.ofMillis(500)).build());
        sandbox.faults(SandboxFaults.none().withTimeouts(1.0, Duration.ofSeconds(5), false));

        // when / then: not stored
        assertThatThrownBy(() -> impatient.exchange("EnviarMensagem", LOJA_TOKEN, SEND))
            .hasMessageContaining("Timeout");
        assertThat(sandbox.record()).singleElement().extracting(PostedCall::outcome)
            .isEqualTo(PostedCall.Outcome.FAILED);

        // given
        sandbox.faults(SandboxFaults.none().withTimeouts(1.0, Duration.ofSeconds(5), true));

        // when / then: stored, and the caller cannot know
        assertThatThrownBy(() -> impatient.exchange("EnviarMensagem", LOJA_TOKEN, SEND))
            .hasMessageContaining("Timeout");
        assertThat(sandbox.record()).last().extracting(PostedCall::outcome)
            .isEqualTo(PostedCall.Outcome.STORED_BUT_FAILED);
        sandbox.faults(SandboxFaults.none());
        assertThat(messagesOfCarlos()).containsOnlyOnce("Resposta sob falha");
    }

    @Test
    void aLateApplyAnswers504AtOnceAndStoresTheCallSecondsLater() {
        // given
        sandbox.faults(SandboxFaults.none().withLateApplies(1.0, Duration.ofSeconds(1)).onlyFor("EnviarMensagem"));

        // when
        EntityExchangeResult<byte[]> result = wire.exchange("EnviarMensagem", LOJA_TOKEN, SEND);

        // then: the client is told it timed out, nothing is stored yet; a second later the send is
        assertThat(result.getStatus().value()).isEqualTo(504);
        assertThat(messagesOfCarlos()).doesNotContain("Resposta sob falha");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(sandbox.record()).singleElement()
            .extracting(PostedCall::outcome).isEqualTo(PostedCall.Outcome.STORED_BUT_FAILED));
        assertThat(messagesOfCarlos()).containsOnlyOnce("Resposta sob falha");
    }

    @Test
    void faultsCanBeRestrictedToSomeOperations() {
        // given
        sandbox.faults(SandboxFaults.none().withErrorRate(1.0, SandboxFaults.ErrorStyle.ENVELOPE)
            .onlyFor("EnviarMensagem"));

        // when
        JsonNode read = wire.call("ListarEmAberto", LOJA_TOKEN, json("Empresa", LOJA));
        JsonNode send = wire.call("EnviarMensagem", LOJA_TOKEN, SEND);

        // then
        assertThat(read.path("Code").asInt()).isEqualTo(200);
        assertThat(send.path("Code").asInt()).isEqualTo(500);
        assertThat(sandbox.calls()).containsEntry("ListarEmAberto", 1L).containsEntry("EnviarMensagem", 1L);
    }

    @Test
    void resetRestoresTheConfiguredFaults() {
        // given
        sandbox.faults(SandboxFaults.none().withErrorRate(1.0, SandboxFaults.ErrorStyle.ENVELOPE));

        // when
        sandbox.reset();

        // then
        assertThat(sandbox.faults()).isEqualTo(SandboxFaults.none());
        assertThat(wire.call("ListarEmAberto", LOJA_TOKEN, json("Empresa", LOJA)).path("Code").asInt()).isEqualTo(200);
    }

    private java.util.List<String> messagesOfCarlos() {
        return wire.data("ListarMensagensAtendimento", LOJA_TOKEN, json("Atendimento", CARLOS, "Empresa", LOJA))
            .findValuesAsString("Mensagem");
    }
}
