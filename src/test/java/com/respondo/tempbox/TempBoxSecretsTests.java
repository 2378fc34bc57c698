package com.respondo.tempbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.web.reactive.function.client.WebClient;

import com.respondo.testsupport.FakeHttpServer.Reply;
import com.respondo.testsupport.TempBoxFake;

/**
 * The token never reaches the logs: failing calls (401, 500, Code 500, timeout, connection refused, malformed body)
 * made through the application's client with our, Spring's and Reactor Netty's client loggers at DEBUG, the
 * exceptions logged with their stack traces as a caller would, and even a raw WebClient error carrying the URL.
 */
@ExtendWith(OutputCaptureExtension.class)
class TempBoxSecretsTests {

    private static final Logger caller = LoggerFactory.getLogger("com.respondo.replies.SomeStep");

    private static TempBoxFake stub;

    @BeforeAll
    static void startStub() {
        stub = new TempBoxFake();
    }

    @AfterAll
    static void stopStub() {
        stub.close();
    }

    @Test
    void noLogLineOfAFailingCallShowsTheToken(CapturedOutput output) throws IOException {
        try (ConfigurableApplicationContext context = start(stub.baseUrl())) {
            TempBoxClient client = context.getBean(TempBoxClient.class);
            Tenant tenant = context.getBean(Tenants.class).get("loja-aurora");

            failAndLog("HTTP 401", () -> {
                stub.answer("ListarEmAberto", Reply.of(401,
                        "{\"Status\":\"error\",\"Code\":401,\"Success\":false,\"Message\":\"Invalid token\"}"));
                client.listarEmAberto(tenant, new ListarEmAbertoRequest(TempBoxFake.EMPRESA));
            });
            failAndLog("HTTP 500", () -> {
                stub.answer("EnviarMensagem", Reply.of(500, "token=" + TempBoxFake.TOKEN));
                client.enviarMensagem(tenant, EnviarMensagemRequest.text(TempBoxFake.EMPRESA,
                        "9B2E6C1A-5D3F-4E8B-A7C2-1F4D8E6B3A90", TempBoxFake.BOT, "Olá, Mariana!"));
            });
            failAndLog("Code 500", () -> {
                stub.answer("EncerrarAtendimento", "{\"Status\":\"error\",\"Code\":500,\"Success\":false}");
                client.encerrarAtendimento(tenant, new EncerrarAtendimentoRequest("x", TempBoxFake.EMPRESA));
            });
            failAndLog("timeout", () -> {
                stub.answer("Consultar", Reply.of(200, TempBoxFake.OK_NULL).delayedBy(Duration.ofSeconds(2)));
                client.consultar(tenant, new ConsultarRequest("E4D909C2-90D0-4F1B-8C3A-2B5E7D9F1A3C"));
            });
            failAndLog("malformed", () -> {
                stub.answer("Listar", "<html>Erro: token=" + TempBoxFake.TOKEN + " " + TempBoxFake.TOKEN + "</html>");
                client.listar(tenant);
            });
        }
        int refusedPort = closedPort();
        try (ConfigurableApplicationContext context = start("http://127.0.0.1:" + refusedPort)) {
            TempBoxClient client = context.getBean(TempBoxClient.class);
            Tenant tenant = context.getBean(Tenants.class).get("loja-aurora");
            failAndLog("connection refused", () -> client.coletarDadosIa(tenant));
            failAndLog("raw WebClient", () -> WebClient.create().post()
                .uri("http://127.0.0.1:" + refusedPort + "/api/Atendimento/Listar?token={token}", TempBoxFake.TOKEN)
                .retrieve().toBodilessEntity().block());
        }

        assertThat(output.getAll()).contains("token=***", "HTTP POST", "TempBox ListarEmAberto tenant=loja-aurora",
                "TempBoxUnauthorizedException", "TempBoxUnavailableException", "TempBoxResponseException",
                "Call failed (raw WebClient)");
        assertThat(output.getAll()).doesNotContain(TempBoxFake.TOKEN_CORE);
    }

    private static ConfigurableApplicationContext start(String baseUrl) {
        // A profile of its own keeps the sandbox profile (and its TempBox settings) out of this context.
        return new SpringApplicationBuilder(SecretsTestConfiguration.class).web(WebApplicationType.NONE)
            .profiles("secrets-test")
            .bannerMode(Banner.Mode.OFF)
            .properties("respondo.tempbox.base-url=" + baseUrl, "respondo.tempbox.read-timeout=500ms",
                    "respondo.tempbox.tenants[0].id=loja-aurora", "respondo.tempbox.tenants[0].name=Loja Aurora",
                    "respondo.tempbox.tenants[0].empresa=" + TempBoxFake.EMPRESA,
                    "respondo.tempbox.tenants[0].token=" + TempBoxFake.TOKEN,
                    "respondo.tempbox.tenants[0].atendente=" + TempBoxFake.BOT,
                    "logging.level.com.respondo.tempbox=DEBUG", "logging.level.reactor.netty=DEBUG",
                    "logging.level.org.springframework.web.reactive.function.client=DEBUG",
                    "logging.level.org.springframework.http.codec=DEBUG")
            .run();
    }

    private static void failAndLog(String what, Runnable call) {
        Throwable error = catchThrowable(call::run);
        assertThat(error).as(what).isNotNull();
        caller.warn("Call failed ({})", what, error);
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Configuration(proxyBeanMethods = false)
    @Import(TempBoxConfiguration.class)
    static class SecretsTestConfiguration {
    }
}
