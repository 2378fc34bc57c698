package com.respondo.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.respondo.testsupport.FakeHttpServer.Reply;

/** The TempBox fake answers per operation, in the charset it is told, and decodes what it received as ASP.NET does. */
class TempBoxFakeTests {

    private static final TempBoxFake TEMPBOX = new TempBoxFake();

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeEach
    void reset() {
        TEMPBOX.reset();
    }

    @AfterAll
    static void stop() {
        TEMPBOX.close();
    }

    @Test
    void answersEachOperationWithItsRepliesInOrderTheLastOneFromThenOn() throws Exception {
        TEMPBOX.answer("Consultar", Reply.of(500), Reply.of(200, TempBoxFake.OK_NULL));
        TEMPBOX.answer("Listar", TempBoxFake.fixture("Listar"));

        assertThat(post("Consultar", "token=x").statusCode()).isEqualTo(500);
        assertThat(post("Listar", "token=x").body()).isEqualTo(TempBoxFake.fixture("Listar"));
        assertThat(post("Consultar", "token=x").body()).isEqualTo(TempBoxFake.OK_NULL);
        assertThat(post("Consultar", "token=x").body()).isEqualTo(TempBoxFake.OK_NULL);
        assertThat(TEMPBOX.paths()).containsExactly(TempBoxFake.PATH + "Consultar", TempBoxFake.PATH + "Listar",
                TempBoxFake.PATH + "Consultar", TempBoxFake.PATH + "Consultar");
    }

    @Test
    void decodesTheRawQueryOfTheOnlyRequestAsTheServerWould() throws Exception {
        TEMPBOX.answer("EnviarMensagem", TempBoxFake.OK_NULL);

        post("EnviarMensagem",
                "token=tbx-SeCrEt-7Q2vK9wZ%2B%2F%3D%26%25&json=%7B%22Mensagem%22%3A%22ol%C3%A1+a%C3%AD%22%7D");

        assertThat(TEMPBOX.onlyRequest("EnviarMensagem").query()).containsEntry("token", TempBoxFake.TOKEN);
        assertThat(TEMPBOX.sentJson("EnviarMensagem").path("Mensagem").asString()).isEqualTo("olá aí");
    }

    @Test
    void encodesABodyInTheCharsetItsContentTypeNames() throws Exception {
        TEMPBOX.answer("Listar", Reply.of(200, "{\"Nome\":\"Açaí\"}")
            .withHeader("Content-Type", "application/json; charset=ISO-8859-1"));

        HttpResponse<byte[]> response = HTTP.send(request("Listar", "token=x"),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(response.body()).isEqualTo("{\"Nome\":\"Açaí\"}".getBytes(StandardCharsets.ISO_8859_1));
    }

    private static HttpResponse<String> post(String operation, String query) throws IOException, InterruptedException {
        return HTTP.send(request(operation, query), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest request(String operation, String query) {
        return HttpRequest.newBuilder(URI.create(TEMPBOX.baseUrl() + TempBoxFake.PATH + operation + "?" + query))
            .POST(HttpRequest.BodyPublishers.noBody())
            .build();
    }
}
