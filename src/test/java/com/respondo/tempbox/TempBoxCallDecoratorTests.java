package com.respondo.tempbox;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/** Every call goes through the {@link TempBoxCallDecorator}, as one re-subscribable attempt, before blocking. */
class TempBoxCallDecoratorTests {

    private static TempBoxStub stub;

    private final Tenant tenant = TempBoxStub.tenant();

    @BeforeAll
    static void startStub() {
        stub = new TempBoxStub();
    }

    @AfterAll
    static void stopStub() {
        stub.close();
    }

    @BeforeEach
    void reset() {
        stub.reset();
    }

    @Test
    void theDecoratorSeesTheOperationAndTenantAndCanRetryRetryableErrors() {
        stubFirstFailureThenSuccess("ListarMensagensPadrao", TempBoxStub.fixture("ListarMensagensPadrao"));
        List<String> seen = new ArrayList<>();
        TempBoxCallDecorator retryOnce = new TempBoxCallDecorator() {

            @Override
            public <T> Mono<T> decorate(String operation, Tenant tenant, Mono<T> call) {
                seen.add(operation + "/" + tenant.id());
                return call.retryWhen(Retry.max(1).filter(error -> ((TempBoxException) error).retryable()));
            }
        };

        try (WebClientTempBoxClient client = TempBoxStub.client(stub.properties(Duration.ofSeconds(5)), retryOnce)) {
            List<MensagemPadrao> canned = client.listarMensagensPadrao(this.tenant,
                    new ListarMensagensPadraoRequest(TempBoxStub.EMPRESA));

            assertThat(canned).hasSize(3);
        }
        assertThat(seen).containsExactly("ListarMensagensPadrao/loja-aurora");
        assertThat(stub.requestCount()).isEqualTo(2);
    }

    @Test
    void nonRetryableErrorsAreNotRetriedByAFilteringDecorator() {
        stub.answer("ListarEmAberto", aResponse().withStatus(401));
        TempBoxCallDecorator retryRetryable = new TempBoxCallDecorator() {

            @Override
            public <T> Mono<T> decorate(String operation, Tenant tenant, Mono<T> call) {
                return call.retryWhen(Retry.max(3).filter(error -> ((TempBoxException) error).retryable()));
            }
        };

        try (WebClientTempBoxClient client = TempBoxStub.client(stub.properties(Duration.ofSeconds(5)),
                retryRetryable)) {
            assertThatThrownBy(() -> client.listarEmAberto(this.tenant,
                    new ListarEmAbertoRequest(TempBoxStub.EMPRESA)))
                .isInstanceOf(TempBoxUnauthorizedException.class);
        }
        assertThat(stub.requestCount()).isEqualTo(1);
    }

    @Test
    void theBlockingCallGivesUpAfterReadTimeoutPlusTheWaitMargin() {
        stub.answer("ListarEmAberto", TempBoxStub.OK_NULL);
        TempBoxCallDecorator stalling = new TempBoxCallDecorator() {

            @Override
            public <T> Mono<T> decorate(String operation, Tenant tenant, Mono<T> call) {
                return Mono.<T>never().or(Mono.delay(Duration.ofSeconds(30)).then(call));
            }
        };
        TempBoxProperties properties = new TempBoxProperties(URI.create(stub.baseUrl()), Duration.ofSeconds(1),
                Duration.ofMillis(300), Duration.ofMillis(200), ZoneId.of("America/Sao_Paulo"), List.of(this.tenant));

        long started = System.nanoTime();
        try (WebClientTempBoxClient client = TempBoxStub.client(properties, stalling)) {
            assertThatThrownBy(() -> client.listarEmAberto(this.tenant, new ListarEmAbertoRequest(TempBoxStub.EMPRESA)))
                .isInstanceOfSatisfying(TempBoxUnavailableException.class,
                        error -> assertThat(error.getMessage()).contains("no result within 500 ms"));
        }
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        assertThat(stub.requestCount()).isZero();
    }

    private static void stubFirstFailureThenSuccess(String operation, String body) {
        WireMockServer server = stub.server();
        server.stubFor(post(urlPathEqualTo(TempBoxCall.PATH + operation)).inScenario("flaky")
            .whenScenarioStateIs(STARTED).willReturn(aResponse().withStatus(500)).willSetStateTo("recovered"));
        server.stubFor(post(urlPathEqualTo(TempBoxCall.PATH + operation)).inScenario("flaky")
            .whenScenarioStateIs("recovered").willReturn(aResponse().withStatus(200).withBody(body)));
    }
}
