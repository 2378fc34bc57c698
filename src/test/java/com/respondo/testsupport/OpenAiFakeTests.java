package com.respondo.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.respondo.testsupport.FakeHttpServer.Reply;

/** The OpenAI fake answers in the official shape, plays its script and faults, and records what it received. */
class OpenAiFakeTests {

    private static final OpenAiFake LLM = new OpenAiFake();

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeEach
    void reset() {
        LLM.reset();
    }

    @AfterAll
    static void stop() {
        LLM.close();
    }

    @Test
    void completionsAndRefusalsSatisfyTheOfficialResponseSchema() {
        assertThat(OpenAiContract.responseErrors(200, OpenAiFake.completion("{\"message\": \"Olá!\"}").body()))
            .isEmpty();
        assertThat(OpenAiContract.responseErrors(200, OpenAiFake.completionBody("", "content_filter", 100, 5)))
            .isEmpty();
    }

    @Test
    void playsTheScriptThenTheDefaultAndRecordsEveryRequest() throws Exception {
        LLM.script(Reply.of(429, "{}").withHeader("Retry-After", "7"), Reply.of(200, "<html>gateway</html>"));
        LLM.answerByDefault(OpenAiFake.completion("terceira"));

        HttpResponse<String> limited = post("{\"n\": 1}");
        HttpResponse<String> malformed = post("{\"n\": 2}");
        HttpResponse<String> answered = post("{\"n\": 3}");

        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).contains("7");
        assertThat(malformed.body()).isEqualTo("<html>gateway</html>");
        assertThat(answered.body()).contains("\"content\":\"terceira\"");
        assertThat(LLM.received()).extracting(FakeHttpServer.Received::body)
            .containsExactly("{\"n\": 1}", "{\"n\": 2}", "{\"n\": 3}");
        assertThat(LLM.received()).allSatisfy(request -> {
            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.path()).isEqualTo("/v1/chat/completions");
            assertThat(request.header("authorization")).isEqualTo("Bearer sk-fake");
        });
    }

    @Test
    void answeringWritesEachCompletionFromItsRequest() throws Exception {
        try (OpenAiFake echo = OpenAiFake.answering(body -> "eco de " + body)) {
            HttpResponse<String> response = HTTP.send(request(echo, "oi"), HttpResponse.BodyHandlers.ofString());

            assertThat(response.body()).contains("\"content\":\"eco de oi\"");
            assertThat(OpenAiContract.responseErrors(200, response.body())).isEmpty();
        }
    }

    @Test
    void aHeldRequestAnswersOnceReleased() throws Exception {
        LLM.answerByDefault(OpenAiFake.completion("enfim").heldUntilReleased());

        CompletableFuture<HttpResponse<String>> pending = HTTP.sendAsync(request(LLM, "{}"),
                HttpResponse.BodyHandlers.ofString());
        await().atMost(Duration.ofSeconds(5)).until(() -> LLM.inFlight() == 1);
        assertThat(pending).isNotDone();
        LLM.release();

        assertThat(pending.get(5, TimeUnit.SECONDS).body()).contains("enfim");
        assertThat(LLM.maxInFlight()).isEqualTo(1);
    }

    private static HttpResponse<String> post(String body) throws IOException, InterruptedException {
        return HTTP.send(request(LLM, body), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest request(OpenAiFake fake, String body) {
        return HttpRequest.newBuilder(URI.create(fake.baseUrl() + "/chat/completions"))
            .header("Authorization", "Bearer sk-fake")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    }
}
