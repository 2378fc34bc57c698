package com.respondo.tempbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.web.reactive.function.client.WebClient;

import com.respondo.testsupport.FakeHttpServer.Received;
import com.respondo.testsupport.TempBoxFake;

/** A fake TempBox for the class and a fresh client per test, with the assertions on what reached the wire. */
abstract class TempBoxClientTestSupport {

    static final String EMPRESA = TempBoxFake.EMPRESA;

    static final String BOT = TempBoxFake.BOT;

    static final String HUMANO = "5A7B9C1D-3E5F-4A6B-8C9D-0E1F2A3B4C5D";

    static final String ATENDIMENTO = "9B2E6C1A-5D3F-4E8B-A7C2-1F4D8E6B3A90";

    static final String ATENDIMENTO_HASH = "E4D909C2-90D0-4F1B-8C3A-2B5E7D9F1A3C";

    static final String MENSAGEM = "0D8C6B4A-2E1F-4A3B-9C5D-7E8F9A0B1C2D";

    static final String CLIENTE = "C1D2E3F4-A5B6-4C7D-8E9F-0A1B2C3D4E5F";

    static TempBoxFake stub;

    WebClientTempBoxClient client;

    final Tenant tenant = TempBoxFake.tenant();

    @BeforeAll
    static void startStub() {
        stub = new TempBoxFake();
    }

    @AfterAll
    static void stopStub() {
        stub.close();
    }

    @BeforeEach
    void newClient() {
        stub.reset();
        this.client = clientOf(stub);
    }

    @AfterEach
    void closeClient() {
        this.client.close();
    }

    /** A client of the fake for its tenant, the calls going through {@code decorator}. */
    static WebClientTempBoxClient clientOf(TempBoxProperties properties, TempBoxCallDecorator decorator) {
        return new WebClientTempBoxClient(properties, WebClient.builder(), decorator);
    }

    /** A client of the fake for its tenant, with a read timeout of 5 s. */
    static WebClientTempBoxClient clientOf(TempBoxFake fake) {
        return clientOf(fake.properties(Duration.ofSeconds(5)), TempBoxCallDecorator.identity());
    }

    /** Exactly one POST reached {@code /api/Atendimento/{operation}} with the token and this JSON. */
    static void assertJsonCall(String operation, String expectedJson) {
        Map<String, String> query = stub.onlyRequest(operation).query();
        assertThat(query).containsOnlyKeys("token", "json");
        assertThat(query.get("token")).isEqualTo(TempBoxFake.TOKEN);
        assertThat(TempBoxFake.parse(query.get("json"))).isEqualTo(TempBoxFake.parse(expectedJson));
    }

    /** Exactly one POST reached the operation with the token and an empty {@code json}. */
    static void assertCallWithoutParameters(String operation) {
        Received request = stub.onlyRequest(operation);
        assertThat(request.query()).containsExactly(Map.entry("token", TempBoxFake.TOKEN),
                Map.entry("json", ""));
    }

    static Instant at(String isoInstant) {
        return Instant.parse(isoInstant);
    }
}
