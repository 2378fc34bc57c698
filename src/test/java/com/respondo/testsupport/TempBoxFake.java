package com.respondo.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import com.respondo.tempbox.TempBoxProperties;
import com.respondo.tempbox.Tenant;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The TempBox of the client's and the protection layer's tests: a {@link FakeHttpServer} answering
 * {@code POST /api/Atendimento/<operation>} per operation (or from a script), with one tenant whose token is
 * distinctive, the realistic answers of {@code src/test/resources/tempbox/}, and the requests it received decoded as
 * the ASP.NET server decodes them. Tests of the worker as a whole use the sandbox ({@code com.respondo.sandbox}) in
 * process instead: it keeps conversations and draws a few kinds of fault, but cannot be told to answer a chosen
 * status, header ({@code Retry-After}) or body, nor show the raw query string of a call, which is what these tests
 * assert.
 */
public final class TempBoxFake extends FakeHttpServer {

    /** Where TempBox's operations are, each at {@code PATH + operation}. */
    public static final String PATH = "/api/Atendimento/";

    /** Distinctive enough to be searched for in logs; its reserved characters must survive URL encoding. */
    public static final String TOKEN = "tbx-SeCrEt-7Q2vK9wZ+/=&%";

    public static final String TOKEN_CORE = "SeCrEt-7Q2vK9wZ";

    public static final String EMPRESA = "3F2504E0-4F89-11D3-9A0C-0305E82C3301";

    public static final String BOT = "7C9E6679-7425-40DE-944B-E07FC1F90AE7";

    /** The envelope of a successful action without data. */
    public static final String OK_NULL = """
            {"Status":"ok","Code":200,"Success":true,"Data":null}""";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The tenant whose token is {@link #TOKEN}. */
    public static Tenant tenant() {
        return new Tenant("loja-aurora", EMPRESA, TOKEN, BOT, "Loja Aurora");
    }

    /** Settings for a client of this fake and {@link #tenant()}. */
    public TempBoxProperties properties(Duration readTimeout) {
        return properties(URI.create(baseUrl()), readTimeout);
    }

    /** Settings for a client of the TempBox at {@code baseUrl} and {@link #tenant()}. */
    public static TempBoxProperties properties(URI baseUrl, Duration readTimeout) {
        return new TempBoxProperties(baseUrl, Duration.ofSeconds(1), readTimeout, Duration.ofSeconds(2),
                TestZones.SAO_PAULO, List.of(tenant()));
    }

    /** Answers the operation with HTTP 200 and this JSON body. */
    public void answer(String operation, String body) {
        answer(operation, Reply.of(200, body));
    }

    /** Answers the operation with {@code replies} in order, the last one from then on. */
    public void answer(String operation, Reply... replies) {
        answerAt(PATH + operation, replies);
    }

    /** The single request received, which must be a POST to the operation. */
    public Received onlyRequest(String operation) {
        List<Received> requests = received();
        if (requests.size() != 1) {
            throw new AssertionError("Expected one request, got " + requests.size());
        }
        Received request = requests.get(0);
        if (!"POST".equals(request.method()) || !request.url().startsWith(PATH + operation + "?")) {
            throw new AssertionError("Expected POST " + PATH + operation + ", got " + request.method() + " "
                    + request.url());
        }
        return request;
    }

    /** The decoded {@code json} parameter of the single request to the operation, parsed. */
    public JsonNode sentJson(String operation) {
        return parse(onlyRequest(operation).query().get("json"));
    }

    public static JsonNode parse(String text) {
        return JSON.readTree(text);
    }

    /** A realistic answer of TempBox, from {@code src/test/resources/tempbox/<name>.json}. */
    public static String fixture(String name) {
        try (InputStream in = TempBoxFake.class.getResourceAsStream("/tempbox/" + name + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
