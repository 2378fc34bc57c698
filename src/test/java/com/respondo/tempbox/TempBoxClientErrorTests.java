package com.respondo.tempbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.Test;

import com.respondo.testsupport.FakeHttpServer.Reply;
import com.respondo.testsupport.TempBoxFake;

/** How every way a TempBox call can fail reaches the caller: which exception, retryable or not, and what it says. */
class TempBoxClientErrorTests extends TempBoxClientTestSupport {

    private static final String UNAUTHORIZED = """
            {"Status":"error","Code":401,"Success":false,"Data":null,"Message":"Invalid token"}""";

    private static final String ERROR = """
            {"Status":"error","Code":500,"Success":false,"Data":null}""";

    private final ListarEmAbertoRequest listarEmAberto = new ListarEmAbertoRequest(EMPRESA);

    @Test
    void http401IsUnauthorizedAndNotRetryable() {
        stub.answer("ListarEmAberto", Reply.of(401, UNAUTHORIZED));

        TempBoxUnauthorizedException error = catchThrowableOfType(TempBoxUnauthorizedException.class,
                () -> this.client.listarEmAberto(this.tenant, this.listarEmAberto));

        assertThat(error.retryable()).isFalse();
        assertThat(error.operation()).isEqualTo("ListarEmAberto");
        assertThat(error.tenantId()).isEqualTo("loja-aurora");
        assertThat(error.getMessage()).contains("ListarEmAberto", "loja-aurora", "HTTP 401", "Invalid token")
            .doesNotContain(TempBoxFake.TOKEN_CORE);
    }

    @Test
    void code401InASuccessfulHttpAnswerIsUnauthorized() {
        stub.answer("EnviarMensagem", UNAUTHORIZED);

        assertThatThrownBy(() -> this.client.enviarMensagem(this.tenant,
                EnviarMensagemRequest.text(EMPRESA, ATENDIMENTO, BOT, "Olá")))
            .isInstanceOfSatisfying(TempBoxUnauthorizedException.class, error -> {
                assertThat(error.retryable()).isFalse();
                assertThat(error.getMessage()).contains("EnviarMensagem", "loja-aurora", "Code 401");
            });
    }

    @Test
    void http500IsUnavailableAndRetryable() {
        stub.answer("ListarEmAberto", Reply.of(500, ERROR));

        assertThatThrownBy(() -> this.client.listarEmAberto(this.tenant, this.listarEmAberto))
            .isInstanceOfSatisfying(TempBoxUnavailableException.class, error -> {
                assertThat(error.retryable()).isTrue();
                assertThat(error.retryAfter()).isEmpty();
                assertThat(error.getMessage()).contains("ListarEmAberto", "loja-aurora", "HTTP 500");
            });
    }

    @Test
    void code500WithSuccessFalseIsUnavailableAndRetryable() {
        stub.answer("EncerrarAtendimento", ERROR);

        assertThatThrownBy(() -> this.client.encerrarAtendimento(this.tenant,
                new EncerrarAtendimentoRequest(ATENDIMENTO, EMPRESA)))
            .isInstanceOfSatisfying(TempBoxUnavailableException.class, error -> {
                assertThat(error.retryable()).isTrue();
                assertThat(error.getMessage()).contains("EncerrarAtendimento", "Code 500");
            });
    }

    @Test
    void code500SayingTheConversationIsNotFoundIsThatConversationsAnswerNotAnOutage() {
        stub.answer("ListarMensagensAtendimento", "{\"Status\":\"error\",\"Code\":500,\"Success\":false,"
                + "\"Data\":null,\"Message\":\"Atendimento não encontrado\"}");

        assertThatThrownBy(() -> this.client.listarMensagensAtendimento(this.tenant,
                new ListarMensagensAtendimentoRequest(ATENDIMENTO, EMPRESA)))
            .isInstanceOfSatisfying(TempBoxConversationNotFoundException.class, error -> {
                assertThat(error.retryable()).isFalse();
                assertThat(error.summary()).isEqualTo("Code 500: Atendimento não encontrado");
            });
    }

    @Test
    void http429CarriesRetryAfterInSeconds() {
        stub.answer("ListarEmAberto", Reply.of(429).withHeader("Retry-After", "7"));

        TempBoxUnavailableException error = catchThrowableOfType(TempBoxUnavailableException.class,
                () -> this.client.listarEmAberto(this.tenant, this.listarEmAberto));

        assertThat(error.retryable()).isTrue();
        assertThat(error.retryAfter()).contains(Duration.ofSeconds(7));
    }

    @Test
    void http503CarriesRetryAfterAsAnHttpDate() {
        String inTwoMinutes = DateTimeFormatter.RFC_1123_DATE_TIME
            .format(ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(120));
        stub.answer("ListarEmAberto", Reply.of(503).withHeader("Retry-After", inTwoMinutes));

        TempBoxUnavailableException error = catchThrowableOfType(TempBoxUnavailableException.class,
                () -> this.client.listarEmAberto(this.tenant, this.listarEmAberto));

        assertThat(error.retryAfter()).hasValueSatisfying(wait -> assertThat(wait)
            .isBetween(Duration.ofSeconds(100), Duration.ofSeconds(121)));
    }

    @Test
    void http503WithoutRetryAfterIsRetryableWithoutAWait() {
        stub.answer("ListarEmAberto", Reply.of(503));

        TempBoxUnavailableException error = catchThrowableOfType(TempBoxUnavailableException.class,
                () -> this.client.listarEmAberto(this.tenant, this.listarEmAberto));

        assertThat(error.retryAfter()).isEmpty();
    }

    @Test
    void otherHttp4xxIsRejectedAndNotRetryable() {
        stub.answer("EnviarMensagem", Reply.of(400, "Parâmetro json inválido"));

        assertThatThrownBy(() -> this.client.enviarMensagem(this.tenant,
                EnviarMensagemRequest.text(EMPRESA, ATENDIMENTO, BOT, "Olá")))
            .isInstanceOfSatisfying(TempBoxRejectedException.class, error -> {
                assertThat(error.retryable()).isFalse();
                assertThat(error.httpStatus()).isEqualTo(400);
                assertThat(error.getMessage()).contains("EnviarMensagem", "HTTP 400", "Parâmetro json inválido");
            });
    }

    @Test
    void aSlowAnswerIsARetryableTimeout() {
        stub.answer("ListarEmAberto", Reply.of(200, TempBoxFake.OK_NULL).delayedBy(Duration.ofSeconds(3)));
        try (WebClientTempBoxClient impatient = TempBoxClientTestSupport.clientOf(stub.properties(Duration.ofMillis(300)),
                TempBoxCallDecorator.identity())) {

            long started = System.nanoTime();
            assertThatThrownBy(() -> impatient.listarEmAberto(this.tenant, this.listarEmAberto))
                .isInstanceOfSatisfying(TempBoxUnavailableException.class, error -> {
                    assertThat(error.retryable()).isTrue();
                    assertThat(error.getMessage()).contains("ListarEmAberto", "timeout");
                });
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(2500));
        }
    }

    @Test
    void aRefusedConnectionIsRetryable() throws IOException {
        try (WebClientTempBoxClient nowhere = TempBoxClientTestSupport.clientOf(
                TempBoxFake.properties(URI.create("http://127.0.0.1:" + closedPort()), Duration.ofSeconds(2)),
                TempBoxCallDecorator.identity())) {

            assertThatThrownBy(() -> nowhere.listarEmAberto(this.tenant, this.listarEmAberto))
                .isInstanceOfSatisfying(TempBoxUnavailableException.class, error -> {
                    assertThat(error.retryable()).isTrue();
                    assertThat(error.getMessage()).contains("ListarEmAberto", "connection failed")
                        .doesNotContain(TempBoxFake.TOKEN_CORE, "token=");
                    assertThat(error.getCause()).isNull();
                });
        }
    }

    @Test
    void aMalformedBodyIsAResponseErrorWithAnExcerpt() {
        stub.answer("ListarEmAberto", """
                {"Status":"ok","Code":200,"Success":true,"Data":[{"Atendimento":"9B2E6C1A-""");

        assertThatThrownBy(() -> this.client.listarEmAberto(this.tenant, this.listarEmAberto))
            .isInstanceOfSatisfying(TempBoxResponseException.class, error -> {
                assertThat(error.retryable()).isFalse();
                assertThat(error.getMessage()).contains("ListarEmAberto", "malformed JSON",
                        "{\"Status\":\"ok\",\"Code\":200");
            });
    }

    @Test
    void theExcerptOfABodyIsShortAndMasksTheToken() {
        String body = "<html><body>Erro no servidor: token=" + TempBoxFake.TOKEN + " " + TempBoxFake.TOKEN + " "
                + "x".repeat(1000) + "</body></html>";
        stub.answer("ListarEmAberto", body);

        TempBoxResponseException error = catchThrowableOfType(TempBoxResponseException.class,
                () -> this.client.listarEmAberto(this.tenant, this.listarEmAberto));

        assertThat(error.bodyExcerpt()).hasSizeLessThanOrEqualTo(200).startsWith("<html><body>Erro no servidor")
            .doesNotContain(TempBoxFake.TOKEN_CORE);
        assertThat(error.getMessage()).doesNotContain(TempBoxFake.TOKEN_CORE);
    }

    @Test
    void anEmptyBodyIsAResponseError() {
        stub.answer("ListarEmAberto", "");

        assertThatThrownBy(() -> this.client.listarEmAberto(this.tenant, this.listarEmAberto))
            .isInstanceOf(TempBoxResponseException.class).hasMessageContaining("empty answer");
    }

    @Test
    void jsonThatIsNotAnEnvelopeIsAResponseError() {
        stub.answer("ListarEmAberto", """
                [{"Atendimento":"9B2E6C1A-5D3F-4E8B-A7C2-1F4D8E6B3A90"}]""");

        assertThatThrownBy(() -> this.client.listarEmAberto(this.tenant, this.listarEmAberto))
            .isInstanceOf(TempBoxResponseException.class).hasMessageContaining("not a TempBox envelope");
    }

    @Test
    void anEnvelopeWithoutSuccessCodeOrStatusIsAResponseError() {
        stub.answer("ListarEmAberto", """
                {"Data":[]}""");

        assertThatThrownBy(() -> this.client.listarEmAberto(this.tenant, this.listarEmAberto))
            .isInstanceOf(TempBoxResponseException.class).hasMessageContaining("no Success, Code or Status");
    }

    @Test
    void dataNullOnAListIsAnEmptyList() {
        stub.answer("ListarMensagensEmAberto", TempBoxFake.OK_NULL);

        assertThat(this.client.listarMensagensEmAberto(this.tenant,
                new ListarMensagensEmAbertoRequest(EMPRESA, 1, 50))).isEmpty();
    }

    @Test
    void dataMissingOnAListIsAnEmptyList() {
        stub.answer("ListarMensagensEmAberto", """
                {"Status":"ok","Code":200,"Success":true}""");

        assertThat(this.client.listarMensagensEmAberto(this.tenant,
                new ListarMensagensEmAbertoRequest(EMPRESA, 1, 50))).isEmpty();
    }

    @Test
    void dataObjectWhereAnArrayIsExpectedIsAResponseError() {
        stub.answer("ListarMensagensEmAberto", """
                {"Status":"ok","Code":200,"Success":true,"Data":{"Atendimento":"9B2E6C1A-5D3F-4E8B-A7C2-1F4D8E6B3A90"}}""");

        assertThatThrownBy(() -> this.client.listarMensagensEmAberto(this.tenant,
                new ListarMensagensEmAbertoRequest(EMPRESA, 1, 50)))
            .isInstanceOfSatisfying(TempBoxResponseException.class, error -> assertThat(error.getMessage())
                .contains("ListarMensagensEmAberto", "Data is an object where an array is expected", "9B2E6C1A"));
    }

    @Test
    void aRowThatIsNotAnObjectIsAResponseError() {
        stub.answer("ListarMensagensPadrao", """
                {"Status":"ok","Code":200,"Success":true,"Data":["Nosso horário é das 8h às 18h."]}""");

        assertThatThrownBy(() -> this.client.listarMensagensPadrao(this.tenant,
                new ListarMensagensPadraoRequest(EMPRESA)))
            .isInstanceOf(TempBoxResponseException.class)
            .hasMessageContaining("Data[0] is a string where an object is expected");
    }

    @Test
    void aFieldOfTheWrongShapeIsAResponseErrorNamingTheRecord() {
        stub.answer("ListarMensagensPadrao", """
                {"Status":"ok","Code":200,"Success":true,"Data":[{"Hash":"E5F6A7B8-C9D0-4E1F-8A2B-3C4D5E6F7A8B",
                 "Titulo":{"pt":"Olá"}}]}""");

        assertThatThrownBy(() -> this.client.listarMensagensPadrao(this.tenant,
                new ListarMensagensPadraoRequest(EMPRESA)))
            .isInstanceOf(TempBoxResponseException.class)
            .hasMessageContaining("ListarMensagensPadrao")
            .hasMessageContaining("Data[0] does not fit MensagemPadrao");
    }

    @Test
    void unexpectedFieldsAreIgnoredAndMissingOnesAreNull() {
        stub.answer("ListarMensagensAtendimento", """
                {"Status":"ok","Code":200,"Success":true,"Versao":"2.7","Data":[
                 {"AtendimentoMensagem":"0D8C6B4A-2E1F-4A3B-9C5D-7E8F9A0B1C2D","Mensagem":"Oi",
                  "Responsavel":"5A7B9C1D-3E5F-4A6B-8C9D-0E1F2A3B4C5D","Usuario":{"Nome":"Carla"},"Anexos":[1,2]}],
                 "Message":null,"Paginacao":{"Total":1}}""");

        ConversationMessage message = this.client.listarMensagensAtendimento(this.tenant,
                new ListarMensagensAtendimentoRequest(ATENDIMENTO, EMPRESA)).get(0);

        assertThat(message.atendimentoMensagem()).isEqualTo(MENSAGEM);
        assertThat(message.mensagem()).isEqualTo("Oi");
        assertThat(message.cadastro()).isNull();
        assertThat(message.mensagemAtendente()).isNull();
        assertThat(message.autorMensagem()).isNull();
    }

    @Test
    void fieldNamesAreMatchedInAnyCase() {
        stub.answer("ListarHashesOutrosHumanosEquipesAtendente", """
                {"status":"ok","code":200,"success":true,"data":[{"hash":"5A7B9C1D-3E5F-4A6B-8C9D-0E1F2A3B4C5D"}]}""");

        assertThat(this.client.listarHashesOutrosHumanosEquipesAtendente(this.tenant,
                new ListarHashesOutrosHumanosEquipesAtendenteRequest(BOT)))
            .extracting(AttendantHash::hash).containsExactly(HUMANO);
    }

    @Test
    void aMissingIdOnASingleResultOperationIsAResponseError() {
        stub.answer("IniciarAtendimento", """
                {"Status":"ok","Code":200,"Success":true,"Data":[{"Atendente":"%s","Iniciado":1}]}""".formatted(BOT));

        assertThatThrownBy(() -> this.client.iniciarAtendimento(this.tenant,
                new IniciarAtendimentoRequest(BOT, ATENDIMENTO, EMPRESA)))
            .isInstanceOfSatisfying(TempBoxResponseException.class, error -> {
                assertThat(error.retryable()).isFalse();
                assertThat(error.getMessage()).contains("IniciarAtendimento", "the row has no Atendimento");
            });
    }

    @Test
    void aConversationWithoutHashIsAResponseError() {
        stub.answer("Consultar", """
                {"Status":"ok","Code":200,"Success":true,"Data":[{"Titulo":"Troca de tamanho","Hash":""}]}""");

        assertThatThrownBy(() -> this.client.consultar(this.tenant, new ConsultarRequest(ATENDIMENTO_HASH)))
            .isInstanceOf(TempBoxResponseException.class).hasMessageContaining("the row has no Hash");
    }

    @Test
    void noRowOnASingleResultOperationIsEmpty() {
        stub.answer("Consultar", """
                {"Status":"ok","Code":200,"Success":true,"Data":[]}""");

        assertThat(this.client.consultar(this.tenant, new ConsultarRequest(ATENDIMENTO_HASH))).isEmpty();
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
