package com.respondo.sandbox;

import static com.respondo.sandbox.TempBoxWire.CLINICA;
import static com.respondo.sandbox.TempBoxWire.CLINICA_BOT;
import static com.respondo.sandbox.TempBoxWire.CLINICA_TOKEN;
import static com.respondo.sandbox.TempBoxWire.LOJA;
import static com.respondo.sandbox.TempBoxWire.LOJA_BOT;
import static com.respondo.sandbox.TempBoxWire.LOJA_TOKEN;
import static com.respondo.sandbox.TempBoxWire.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import com.respondo.testsupport.FakeJobsConfiguration;
import com.respondo.testsupport.TestZones;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import tools.jackson.databind.JsonNode;

/**
 * The control API, over HTTP for other JVMs and in Java for this one: record, calls, faults, reset, seeding, new
 * conversations and customer messages, the generator.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(FakeJobsConfiguration.class) // the application starts only with steps for its job files
@AutoConfigureWebTestClient
class SandboxControlIntegrationTests {

    private static final String CONTROL = "/sandbox/tempbox/_sandbox";

    @Autowired
    private WebTestClient client;

    @Autowired
    private Sandbox sandbox;

    @Autowired
    private Clock applicationClock;

    private TempBoxWire wire;

    @BeforeEach
    void freshSandbox() {
        sandbox.reset(true);
        wire = new TempBoxWire(client);
    }

    @AfterEach
    void quiet() {
        sandbox.clock().reset();
        sandbox.generator(false, 1);
        sandbox.faults(SandboxFaults.none());
    }

    @Test
    void seedsWaitingConversationsOwnedByTheBotOverHttp() {
        // when
        JsonNode seeded = post("/seed", Map.of("empresa", LOJA, "count", 60, "ageSeconds", 30, "owner", "BOT"));

        // then
        assertThat(seeded.path("seeded").asInt()).isEqualTo(60);
        List<String> ids = seeded.path("conversations").findValuesAsString("atendimento");
        List<JsonNode> rows = allOpenRows(LOJA_TOKEN, LOJA);
        assertThat(rows).hasSize(14 + 60);
        LocalDateTime cutoff = LocalDateTime.now(TestZones.SAO_PAULO).minusSeconds(29);
        assertThat(rows).filteredOn(row -> ids.contains(row.path("Atendimento").asString())).hasSize(60)
            .allSatisfy(row -> {
                assertThat(row.path("AtendenteResponsavel").asString()).isEqualTo(LOJA_BOT.toString());
                assertThat(row.path("MensagemAtendente").asBoolean()).isFalse();
                assertThat(LocalDateTime.parse(row.path("Cadastro").asString())).isBefore(cutoff);
            });
    }

    @Test
    void seedsThousandsOfWaitingConversationsThatPageInOrder() {
        // when
        List<SeededConversation> seeded = sandbox.seedWaitingConversations(CLINICA, 3000, Duration.ofMinutes(1));
        List<SeededConversation> unstarted = sandbox.seedNewConversations(CLINICA, 500, Duration.ofSeconds(20));

        // then
        assertThat(seeded).hasSize(3000).extracting(SeededConversation::atendimento).doesNotHaveDuplicates();
        List<JsonNode> rows = allOpenRows(CLINICA_TOKEN, CLINICA);
        assertThat(rows).hasSize(12 + 3500);
        assertThat(rows).extracting(row -> row.path("Autonumeracao").asInt()).isSorted().doesNotHaveDuplicates();
        assertThat(rows.subList(rows.size() - 500, rows.size()))
            .allSatisfy(row -> assertThat(row.path("AtendenteResponsavel").isNull()).isTrue());
        assertThat(unstarted.get(0).cadastro()).isAfter(seeded.get(0).cadastro());
        assertThat(rows).filteredOn(row -> CLINICA_BOT.toString().equals(row.path("AtendenteResponsavel").asString()))
            .hasSizeGreaterThanOrEqualTo(3000);
    }

    @Test
    void recordAndCallsAreServedAndFilteredOverHttp() {
        // given
        String send = json("Atendente", LOJA_BOT, "Atendimento", SandboxOperationsIntegrationTests.CARLOS,
                "Empresa", LOJA, "Mensagem", "primeira");
        wire.data("EnviarMensagem", LOJA_TOKEN, send);
        wire.data("EnviarMensagem", LOJA_TOKEN, send.replace("primeira", "segunda"));
        wire.data("EncerrarAtendimento", LOJA_TOKEN,
                json("Atendimento", SandboxOperationsIntegrationTests.CARLOS, "Empresa", LOJA));

        // when
        JsonNode all = get("/record");
        JsonNode sends = get("/record?operation=EnviarMensagem");
        JsonNode afterFirst = get("/record?after=" + all.get(0).path("sequence").asLong());
        JsonNode calls = get("/calls");

        // then
        assertThat(all.findValuesAsString("operation"))
            .containsExactly("EnviarMensagem", "EnviarMensagem", "EncerrarAtendimento");
        assertThat(sends.findValuesAsString("text")).containsExactly("primeira", "segunda");
        assertThat(afterFirst.size()).isEqualTo(2);
        assertThat(all.get(0).path("outcome").asString()).isEqualTo("STORED");
        assertThat(all.get(0).path("inReplyTo").asString())
            .isEqualTo(SandboxOperationsIntegrationTests.CARLOS_QUESTION.toString());
        assertThat(calls.path("EnviarMensagem").asInt()).isEqualTo(2);
        assertThat(calls.path("EncerrarAtendimento").asInt()).isEqualTo(1);
    }

    @Test
    void faultsAreReplacedOverHttpAndInvalidOnesRefused() {
        // when
        JsonNode replaced = put("/faults", Map.of("errorRate", 1.0, "errorStyle", "ENVELOPE", "latency", "PT0.05S"));
        String refused = client.put().uri(CONTROL + "/faults").contentType(MediaType.APPLICATION_JSON)
            .bodyValue(Map.of("errorRate", 2.0))
            .exchange()
            .expectStatus().isBadRequest()
            .expectBody(String.class).returnResult().getResponseBody();

        // then
        assertThat(replaced.path("errorRate").asDouble()).isEqualTo(1.0);
        assertThat(replaced.path("malformedRate").asDouble()).isZero();
        assertThat(get("/faults").path("latency").asString()).isEqualTo("PT0.05S");
        assertThat(refused).contains("error-rate must be between 0 and 1");
        assertThat(wire.call("ListarEmAberto", LOJA_TOKEN, json("Empresa", LOJA)).path("Code").asInt()).isEqualTo(500);
    }

    @Test
    void faultDurationsAreReadInSpringsFormAndInIso8601() {
        // when
        put("/faults", Map.of("latency", "300ms", "jitter", "PT0.3S", "timeoutHold", "2s", "lateApplyAfter", "1m"));

        // then
        JsonNode faults = get("/faults");
        assertThat(faults.path("latency").asString()).isEqualTo("PT0.3S");
        assertThat(faults.path("jitter").asString()).isEqualTo("PT0.3S");
        assertThat(faults.path("timeoutHold").asString()).isEqualTo("PT2S");
        assertThat(faults.path("lateApplyAfter").asString()).isEqualTo("PT1M");
        assertThat(sandbox.faults().latency()).isEqualTo(Duration.ofMillis(300));
    }

    @Test
    void anUnreadableDurationIsRefusedWithItsText() {
        String refused = client.put().uri(CONTROL + "/faults").contentType(MediaType.APPLICATION_JSON)
            .bodyValue(Map.of("latency", "soon"))
            .exchange()
            .expectStatus().isBadRequest()
            .expectBody(String.class).returnResult().getResponseBody();

        assertThat(refused).contains("soon");
    }

    @Test
    void resetOverHttpEmptiesTheStateWhenAskedNotToSeed() {
        // given
        wire.data("ListarEmAberto", LOJA_TOKEN, json("Empresa", LOJA));

        // when
        post("/reset?seed=false", Map.of());

        // then
        assertThat(sandbox.calls()).isEmpty();
        assertThat(wire.data("ListarEmAberto", LOJA_TOKEN, json("Empresa", LOJA)).size()).isZero();
        assertThat(sandbox.record()).isEmpty();
    }

    @Test
    void newConversationsAndCustomerMessagesAreAddedOverHttp() {
        // when
        JsonNode opened = post("/conversations", Map.of("empresa", LOJA, "customerName", "Yasmin Prado",
                "plataforma", 2, "ageSeconds", 60, "messages", List.of("oi", "quero falar com um atendente")));
        String atendimento = opened.path("atendimento").asString();
        JsonNode written = post("/customer-messages", Map.of("atendimento", atendimento, "text", "alguém aí?"));

        // then
        JsonNode messages = wire.data("ListarMensagensAtendimento", LOJA_TOKEN,
                json("Atendimento", atendimento, "Empresa", LOJA));
        assertThat(messages.findValuesAsString("Mensagem"))
            .containsExactly("oi", "quero falar com um atendente", "alguém aí?");
        assertThat(messages.findValuesAsString("SolicitanteTitulo")).containsOnly("Yasmin Prado");
        assertThat(written.path("mensagem").asString()).isEqualTo(messages.get(2).path("AtendimentoMensagem").asString());
    }

    @Test
    void anAttendantWritesWithoutTakingTheConversationAndTheOpenListTurnsPerMessageOverHttp() {
        // given
        JsonNode opened = post("/conversations", Map.of("empresa", LOJA, "customerName", "Yasmin Prado",
                "ageSeconds", 120, "messages", List.of("oi", "tem desconto?")));
        String atendimento = opened.path("atendimento").asString();
        UUID human = sandbox.company("loja-aurora").humans().get(0).id();

        // when
        post("/attendant-messages", Map.of("atendimento", atendimento, "atendente", human, "text", "Oi, Yasmin!",
                "ageSeconds", 60));
        JsonNode shape = put("/open-messages", Map.of("form", "PER_MESSAGE", "order", "NEWEST_FIRST"));
        List<JsonNode> rows = allOpenRows(LOJA_TOKEN, LOJA).stream()
            .filter(row -> row.path("Atendimento").asString().equals(atendimento))
            .toList();

        // then
        assertThat(shape.path("form").asString()).isEqualTo("PER_MESSAGE");
        assertThat(get("/open-messages").path("order").asString()).isEqualTo("NEWEST_FIRST");
        assertThat(rows).extracting(row -> row.path("Mensagem").asString())
            .containsExactly("Oi, Yasmin!", "tem desconto?", "oi");
        assertThat(rows.get(0).path("AtendenteHash").asString()).isEqualTo(human.toString());
        assertThat(rows).allSatisfy(row -> assertThat(row.path("AtendenteResponsavel").isNull()).isTrue());
        sandbox.reset(true);
        assertThat(sandbox.openMessages()).isEqualTo(OpenMessages.perConversation());
    }

    @Test
    void anAttendantTakesAndClosesAConversationOverHttp() {
        // given
        JsonNode opened = post("/conversations", Map.of("empresa", LOJA, "customerName", "Yasmin Prado",
                "ageSeconds", 120, "messages", List.of("quero trocar um tênis")));
        String atendimento = opened.path("atendimento").asString();
        UUID human = sandbox.company("loja-aurora").humans().get(0).id();

        // when
        JsonNode closed = post("/attendant-closes", Map.of("atendimento", atendimento, "atendente", human));

        // then
        assertThat(closed.path("closed").asBoolean()).isTrue();
        JsonNode record = wire.data("Consultar", LOJA_TOKEN, json("Hash", opened.path("hash").asString()));
        assertThat(record.findValuesAsString("Atendente")).containsExactly(human.toString());
        assertThat(record.findValues("Concluido")).extracting(JsonNode::asBoolean).containsExactly(true);
        assertThat(allOpenRows(LOJA_TOKEN, LOJA))
            .noneMatch(row -> row.path("Atendimento").asString().equals(atendimento));
    }

    @Test
    void companiesAreListedWithoutTheirTokens() {
        // when
        String body = client.get().uri(CONTROL + "/companies").exchange().expectStatus().isOk()
            .expectBody(String.class).returnResult().getResponseBody();

        // then
        assertThat(body).contains("loja-aurora", "clinica-sorriso", LOJA_BOT.toString())
            .doesNotContain(LOJA_TOKEN, CLINICA_TOKEN);
        assertThat(sandbox.company("loja-aurora").token()).isEqualTo(LOJA_TOKEN);
        assertThat(sandbox.company("loja-aurora").toString()).doesNotContain(LOJA_TOKEN);
    }

    @Test
    void generatorKeepsAddingCustomerMessages() {
        // given
        int before = messageCount();

        // when
        JsonNode settings = put("/generator", Map.of("enabled", true, "messagesPerMinute", 1200));

        // then
        assertThat(settings.path("enabled").asBoolean()).isTrue();
        await().atMost(Duration.ofSeconds(10)).until(() -> messageCount() >= before + 5);
        put("/generator", Map.of("enabled", false, "messagesPerMinute", 1));
        assertThat(sandbox.record()).as("customer messages are not posted calls").isEmpty();
    }

    @Test
    void theGeneratorIsTurnedOffWithoutRestatingItsPace() {
        // given
        put("/generator", Map.of("enabled", true, "messagesPerMinute", 6));

        // when
        JsonNode settings = put("/generator", Map.of("enabled", false));

        // then
        assertThat(settings.path("enabled").asBoolean()).isFalse();
        assertThat(settings.path("messagesPerMinute").asDouble()).isEqualTo(6.0);
    }

    @Test
    void generateAddsMessagesAtOnce() {
        // when
        JsonNode generated = post("/generate?count=7", Map.of());

        // then
        assertThat(generated.size()).isEqualTo(7);
        for (JsonNode message : generated) {
            String empresa = message.path("empresa").asString();
            String token = empresa.equals(LOJA.toString()) ? LOJA_TOKEN : CLINICA_TOKEN;
            assertThat(wire.data("ListarMensagensAtendimento", token,
                    json("Atendimento", message.path("atendimento").asString(), "Empresa", empresa))
                .findValuesAsString("AtendimentoMensagem")).contains(message.path("mensagem").asString());
        }
    }

    /** Customer messages written in the last minute, over both companies. */
    private int messageCount() {
        int count = 0;
        for (String[] company : new String[][] { { LOJA_TOKEN, LOJA.toString() }, { CLINICA_TOKEN, CLINICA.toString() } }) {
            JsonNode rows = wire.data("ListarUltimasMensagens", company[0], json("Empresa", company[1]));
            for (JsonNode row : rows) {
                if (row.path("Momento").asString().equals("agora")) {
                    count++;
                }
            }
        }
        return count;
    }

    private List<JsonNode> allOpenRows(String token, java.util.UUID empresa) {
        List<JsonNode> rows = new ArrayList<>();
        for (int inicio = 1;; inicio += 100) {
            JsonNode page = wire.data("ListarMensagensEmAberto", token,
                    json("Empresa", empresa, "Inicio", inicio, "Termino", inicio + 99));
            page.forEach(rows::add);
            if (page.size() < 100) {
                return rows;
            }
        }
    }

    @Test
    void movesTheSandboxClockOverHttpAndTheApplicationClockFollows() {
        // when
        JsonNode set = put("/clock", Map.of("at", "2026-12-08T10:00:00-03:00", "frozen", true));
        JsonNode advanced = put("/clock", Map.of("advance", "2h"));
        SeededConversation opened = sandbox.openConversation(LOJA, "Ana", Channels.WHATSAPP, Duration.ZERO, "Oi");

        // then
        Instant tenOClock = Instant.parse("2026-12-08T13:00:00Z");
        assertThat(set.path("now").asString()).isEqualTo(tenOClock.toString());
        assertThat(set.path("frozen").asBoolean()).isTrue();
        assertThat(advanced.path("now").asString()).isEqualTo(tenOClock.plus(Duration.ofHours(2)).toString());
        assertThat(get("/clock").path("now").asString()).isEqualTo(advanced.path("now").asString());
        assertThat(applicationClock).isSameAs(sandbox.clock());
        assertThat(applicationClock.instant()).isEqualTo(tenOClock.plus(Duration.ofHours(2)));
        assertThat(opened.cadastro()).isEqualTo(tenOClock.plus(Duration.ofHours(2)));

        // and a reset gives the wall clock back
        put("/clock", Map.of("reset", true));
        assertThat(get("/clock").path("frozen").asBoolean()).isFalse();
        assertThat(Duration.between(Instant.now(), applicationClock.instant()).abs()).isLessThan(Duration.ofMinutes(1));
    }

    @Test
    void theClockMovesByADurationOfSeveralUnitsAsTheReadmeWritesIt() {
        // given
        put("/clock", Map.of("at", "2026-12-08T10:00:00-03:00", "frozen", true));

        // when
        JsonNode advanced = put("/clock", Map.of("advance", "2h5m"));

        // then
        assertThat(advanced.path("now").asString()).isEqualTo("2026-12-08T15:05:00Z");
        put("/clock", Map.of("reset", true));
    }

    @Test
    void refusesAClockMoveThatSaysNothing() {
        client.put().uri(CONTROL + "/clock").contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of())
            .exchange().expectStatus().isBadRequest();
    }

    private JsonNode get(String path) {
        return TempBoxWire.parse(client.get().uri(CONTROL + path).exchange().expectStatus().isOk()
            .expectBody().returnResult().getResponseBody());
    }

    private JsonNode post(String path, Object body) {
        return TempBoxWire.parse(client.post().uri(CONTROL + path).contentType(MediaType.APPLICATION_JSON)
            .bodyValue(body).exchange().expectStatus().isOk().expectBody().returnResult().getResponseBody());
    }

    private JsonNode put(String path, Object body) {
        byte[] answer = client.put().uri(CONTROL + path).contentType(MediaType.APPLICATION_JSON)
            .bodyValue(body).exchange().expectStatus().isOk().expectBody().returnResult().getResponseBody();
        return TempBoxWire.parse(answer == null ? "null".getBytes(StandardCharsets.UTF_8) : answer);
    }
}
