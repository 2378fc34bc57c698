package com.respondo.tempbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.respondo.testsupport.FakeHttpServer.Reply;
import com.respondo.testsupport.TempBoxFake;
import com.respondo.testsupport.TestZones;

import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/** Every call goes through the {@link TempBoxCallDecorator}, as one re-subscribable attempt, before blocking. */
class TempBoxCallDecoratorTests {

    private static TempBoxFake stub;

    private final Tenant tenant = TempBoxFake.tenant();

    @BeforeAll
    static void startStub() {
        stub = new TempBoxFake();
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
        stubFirstFailureThenSuccess("ListarMensagensPadrao", TempBoxFake.fixture("ListarMensagensPadrao"));
        List<String> seen = new ArrayList<>();
        TempBoxCallDecorator retryOnce = new TempBoxCallDecorator() {

            @Override
            public <T> Mono<T> decorate(String operation, Tenant tenant, Mono<T> call) {
                seen.add(operation + "/" + tenant.id());
                return call.retryWhen(Retry.max(1).filter(error -> ((TempBoxException) error).retryable()));
            }
        };

        try (WebClientTempBoxClient client = TempBoxClientTestSupport.clientOf(stub.properties(Duration.ofSeconds(5)), retryOnce)) {
            List<MensagemPadrao> canned = client.listarMensagensPadrao(this.tenant,
                    new ListarMensagensPadraoRequest(TempBoxFake.EMPRESA));

            assertThat(canned).hasSize(3);
        }
        assertThat(seen).containsExactly("ListarMensagensPadrao/loja-aurora");
        assertThat(stub.requests()).isEqualTo(2);
    }

    @Test
    void nonRetryableErrorsAreNotRetriedByAFilteringDecorator() {
        stub.answer("ListarEmAberto", Reply.of(401));
        TempBoxCallDecorator retryRetryable = new TempBoxCallDecorator() {

            @Override
            public <T> Mono<T> decorate(String operation, Tenant tenant, Mono<T> call) {
                return call.retryWhen(Retry.max(3).filter(error -> ((TempBoxException) error).retryable()));
            }
        };

        try (WebClientTempBoxClient client = TempBoxClientTestSupport.clientOf(stub.properties(Duration.ofSeconds(5)),
                retryRetryable)) {
            assertThatThrownBy(() -> client.listarEmAberto(this.tenant,
                    new ListarEmAbertoRequest(TempBoxFake.EMPRESA)))
                .isInstanceOf(TempBoxUnauthorizedException.class);
        }
        assertThat(stub.requests()).isEqualTo(1);
    }

    @Test
    void theBlockingCallGivesUpAfterReadTimeoutPlusTheWaitMargin() {
        stub.answer("ListarEmAberto", TempBoxFake.OK_NULL);
        TempBoxCallDecorator stalling = new TempBoxCallDecorator() {

            @Override
            public <T> Mono<T> decorate(String operation, Tenant tenant, Mono<T> call) {
                return Mono.<T>never().or(Mono.delay(Duration.ofSeconds(30)).then(call));
            }
        };
        TempBoxProperties properties = new TempBoxProperties(URI.create(stub.baseUrl()), Duration.ofSeconds(1),
                Duration.ofMillis(300), Duration.ofMillis(200), TestZones.SAO_PAULO, List.of(this.tenant));

        long started = System.nanoTime();
        try (WebClientTempBoxClient client = TempBoxClientTestSupport.clientOf(properties, stalling)) {
            assertThatThrownBy(() -> client.listarEmAberto(this.tenant, new ListarEmAbertoRequest(TempBoxFake.EMPRESA)))
                .isInstanceOfSatisfying(TempBoxUnavailableException.class,
                        error -> assertThat(error.getMessage()).contains("no result within 500 ms"));
        }
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        assertThat(stub.requests()).isZero();
    }

    private static void stubFirstFailureThenSuccess(String operation, String body) {
        stub.answer(operation, Reply.of(500), Reply.of(200, body));
    }
}
