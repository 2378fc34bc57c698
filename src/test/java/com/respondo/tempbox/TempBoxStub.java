package com.respondo.tempbox;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.web.reactive.function.client.WebClient;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A stand-in TempBox for the client's tests: WireMock on a dynamic loopback port, one tenant with a distinctive
 * token, canned answers per operation, and the requests it received, decoded as a server would decode them.
 */
final class TempBoxStub implements AutoCloseable {

    /** Distinctive enough to be searched for in logs; its reserved characters must survive URL encoding. */
    static final String TOKEN = "tbx-SeCrEt-7Q2vK9wZ+/=&%";

    static final String TOKEN_CORE = "SeCrEt-7Q2vK9wZ";

    static final String EMPRESA = "3F2504E0-4F89-11D3-9A0C-0305E82C3301";

    static final String BOT = "7C9E6679-7425-40DE-944B-E07FC1F90AE7";

    static final String OK_NULL = """
            {"Status":"ok","Code":200,"Success":true,"Data":null}""";

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final WireMockServer server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());

    TempBoxStub() {
        this.server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + this.server.port();
    }

    WireMockServer server() {
        return this.server;
    }

    static Tenant tenant() {
        return new Tenant("loja-aurora", EMPRESA, TOKEN, BOT, "Loja Aurora");
    }

    TempBoxProperties properties(Duration readTimeout) {
        return properties(URI.create(baseUrl()), readTimeout);
    }

    static TempBoxProperties properties(URI baseUrl, Duration readTimeout) {
        return new TempBoxProperties(baseUrl, Duration.ofSeconds(1), readTimeout, Duration.ofSeconds(2),
                ZoneId.of("America/Sao_Paulo"), List.of(tenant()));
    }

    WebClientTempBoxClient client() {
        return client(properties(Duration.ofSeconds(5)), TempBoxCallDecorator.identity());
    }

    static WebClientTempBoxClient client(TempBoxProperties properties, TempBoxCallDecorator decorator) {
        return new WebClientTempBoxClient(properties, WebClient.builder(), decorator);
    }

    void answer(String operation, String body) {
        answer(operation, aResponse().withStatus(200).withHeader("Content-Type", "application/json; charset=utf-8")
            .withBody(body));
    }

    void answer(String operation, ResponseDefinitionBuilder response) {
        this.server.stubFor(post(urlPathEqualTo(TempBoxCall.PATH + operation)).willReturn(response));
    }

    /** The single request received, which must be a POST to the operation's path. */
    LoggedRequest onlyRequest(String operation) {
        List<LoggedRequest> requests = this.server.getAllServeEvents().stream().map(event -> event.getRequest())
            .toList();
        if (requests.size() != 1) {
            throw new AssertionError("Expected one request, got " + requests.size());
        }
        LoggedRequest request = requests.get(0);
        if (!"POST".equals(request.getMethod().getName())
                || !request.getUrl().startsWith(TempBoxCall.PATH + operation + "?")) {
            throw new AssertionError("Expected POST " + TempBoxCall.PATH + operation + ", got " + request.getMethod()
                    + " " + request.getUrl());
        }
        return request;
    }

    int requestCount() {
        return this.server.getAllServeEvents().size();
    }

    /** The query parameters of the raw URL, in order, decoded as an ASP.NET server decodes them. */
    static Map<String, String> query(LoggedRequest request) {
        String url = request.getUrl();
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : url.substring(url.indexOf('?') + 1).split("&")) {
            int equals = pair.indexOf('=');
            String name = (equals < 0) ? pair : pair.substring(0, equals);
            String value = (equals < 0) ? "" : pair.substring(equals + 1);
            parameters.put(URLDecoder.decode(name, StandardCharsets.UTF_8),
                    URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return parameters;
    }

    /** The decoded {@code json} parameter of the single request to the operation, parsed. */
    JsonNode sentJson(String operation) {
        Map<String, String> query = query(onlyRequest(operation));
        return JSON.readTree(query.get("json"));
    }

    static JsonNode parse(String text) {
        return JSON.readTree(text);
    }

    /** A realistic answer of TempBox, from {@code src/test/resources/tempbox/<name>.json}. */
    static String fixture(String name) {
        try (InputStream in = TempBoxStub.class.getResourceAsStream("/tempbox/" + name + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    void reset() {
        this.server.resetAll();
    }

    @Override
    public void close() {
        this.server.stop();
    }
}
