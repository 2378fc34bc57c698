package com.respondo.replay;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import com.respondo.replies.RepliesIntegrationTest;
import com.respondo.replies.Scenario;
import com.respondo.sandbox.SandboxCompany;
import com.respondo.sandbox.SeededConversation;
import com.respondo.testsupport.AdminClients;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A replay of the sandbox's history: the report compares what the bot and a human did with Respondo's decisions, and
 * the sandbox records no call that changes anything (nor does the reply ledger get a row); the admin API lists the
 * reports and serves them to the admin only.
 */
@RepliesIntegrationTest
class ReplayIntegrationTests {

    /** The operations a replay may call: reads only. */
    private static final Set<String> READS = Set.of("ListarRecentes", "Listar", "ListarMensagensAtendimento",
            "Consultar", "ListarMensagensPadrao", "ListarDiasHorariosAtendentesAgendaDisponivel",
            "ListarHashesOutrosHumanosEquipesAtendente", "ListarHashesOutrosAtendentesEquipesAtendente");

    @Autowired
    Scenario scenario;

    @Autowired
    Replayer replayer;

    @Autowired
    ReplayRun replayRun;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path reports;

    @Test
    void reportsEachPastTurnBesideRespondosDecisionWithoutChangingTempBox() throws Exception {
        scenario.reset();
        SandboxCompany aurora = scenario.company(Scenario.AURORA);
        SeededConversation answeredByBot = scenario.sandbox.openConversation(aurora.empresa(), "Maria Souza", 1,
                Duration.ofMinutes(50), "Qual o prazo de entrega para Curitiba?");
        scenario.sandbox.attendantWrites(answeredByBot.atendimento(), aurora.bot(),
                "Entregamos em todo o Brasil: capitais do Sul e do Sudeste em 2 a 5 dias úteis.", Duration.ofMinutes(49));
        SeededConversation answeredByHuman = scenario.sandbox.openConversation(aurora.empresa(), "João Lima", 1,
                Duration.ofMinutes(40), "Quero falar com um atendente, por favor");
        scenario.sandbox.attendantWrites(answeredByHuman.atendimento(), aurora.humans().get(0).id(),
                "Oi João, aqui é a Mariana. Como posso ajudar?", Duration.ofMinutes(35));
        scenario.sandbox.customerWrites(answeredByHuman.atendimento(), "Meu pedido chegou com defeito",
                Duration.ofMinutes(30));
        long ledgerRows = ledgerRows();
        scenario.mark();
        Map<String, Long> callsBefore = new HashMap<>(scenario.sandbox.calls());
        ReplayRun run = new ReplayRun(replayer, new ReportFiles(reports), ZoneOffset.UTC, "sandbox-model", null);
        String today = java.time.LocalDate.now(ZoneOffset.UTC).toString();

        run.run(new DefaultApplicationArguments("--replay", "--tenant=loja-aurora",
                "--from=" + java.time.LocalDate.now(ZoneOffset.UTC).minusDays(1), "--to=" + today));

        assertThat(run.getExitCode()).isZero();
        assertThat(scenario.posted()).as("calls that change TempBox").isEmpty();
        Map<String, Long> callsAfter = scenario.sandbox.calls();
        callsAfter.forEach((operation, count) -> {
            if (count > callsBefore.getOrDefault(operation, 0L)) {
                assertThat(READS).as("operation called by the replay").contains(operation);
            }
        });
        assertThat(callsAfter.get("ListarRecentes")).isGreaterThan(callsBefore.getOrDefault("ListarRecentes", 0L));
        assertThat(ledgerRows()).as("reply ledger rows").isEqualTo(ledgerRows);
        JsonNode report = JsonMapper.builder().build().readTree(Files.readString(run.written()));
        assertThat(report.path("tenant").asString()).isEqualTo("loja-aurora");
        assertThat(report.path("turns").asInt()).isEqualTo(3);
        Map<String, String> verdicts = new HashMap<>();
        report.path("replayed").forEach(turn -> verdicts.put(turn.path("customer").asString(),
                turn.path("actual").asString() + " / " + turn.path("respondoAction").asString() + " / "
                        + turn.path("verdict").asString()));
        assertThat(verdicts.get("Qual o prazo de entrega para Curitiba?"))
            .isIn("bot / SEND_CANNED / AGREE_ANSWERED", "bot / SEND_REPLY / AGREE_ANSWERED");
        assertThat(verdicts).containsEntry("Quero falar com um atendente, por favor",
                "human / HANDOFF / AGREE_HANDOFF");
        assertThat(verdicts).containsEntry("Meu pedido chegou com defeito", "nobody / NONE / AGREE_SILENT");
        assertThat(report.path("verdicts").path("AGREE_HANDOFF").asInt()).isEqualTo(1);
        Path html = Path.of(run.written().toString().replace(".json", ".html"));
        assertThat(Files.readString(html)).contains("Replay of loja-aurora", "AGREE_HANDOFF",
                "Quero falar com um atendente");
    }

    @Test
    void theAdminApiListsTheReportNewestFirstAndServesItsPageWithTheCustomersTextEscaped() {
        scenario.reset();
        SandboxCompany aurora = scenario.company(Scenario.AURORA);
        scenario.sandbox.openConversation(aurora.empresa(), "Ana <b>Paula</b>", 1, Duration.ofMinutes(30),
                "<script>alert('oi')</script> quero falar com um atendente");
        String today = java.time.LocalDate.now(ZoneOffset.UTC).toString();

        replayRun.run(new DefaultApplicationArguments("--replay", "--tenant=loja-aurora", "--from=" + today,
                "--to=" + today));

        assertThat(replayRun.getExitCode()).isZero();
        String name = replayRun.written().getFileName().toString().replace(".json", "");
        WebTestClient admin = AdminClients.admin(port, RepliesIntegrationTest.ADMIN_PASSWORD);
        admin.get().uri("/admin/replays").exchange()
            .expectStatus().isOk()
            .expectBody()
            .jsonPath("$[0].name").isEqualTo(name)
            .jsonPath("$[0].tenant").isEqualTo("loja-aurora")
            .jsonPath("$[0].html").isEqualTo(true)
            .jsonPath("$[0].turns").value(Number.class, turns -> assertThat(turns.intValue()).isPositive());
        String page = admin.get().uri("/admin/replays/{name}.html", name).exchange()
            .expectStatus().isOk()
            .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
            .expectHeader().valueEquals("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'")
            .expectBody(String.class).returnResult().getResponseBody();
        assertThat(page).contains("Replay of loja-aurora", "&lt;script&gt;alert(&#39;oi&#39;)&lt;/script&gt;")
            .doesNotContain("<script>");
        admin.get().uri("/admin/replays/{name}.json", name).exchange()
            .expectStatus().isOk()
            .expectBody().jsonPath("$.tenant").isEqualTo("loja-aurora");
    }

    @Test
    void theReportsAreTheAdminsOnlyAndNoNameReachesAFileOutsideTheirDirectory() {
        WebTestClient admin = AdminClients.admin(port, RepliesIntegrationTest.ADMIN_PASSWORD);
        AdminClients.anonymous(port).get().uri("/admin/replays").exchange().expectStatus().isUnauthorized();
        AdminClients.anonymous(port).get().uri("/admin/replays/loja-aurora-20261207T120000.html").exchange()
            .expectStatus().isUnauthorized();
        for (String path : List.of("/admin/replays/..%2F..%2Frespondo.mv.db", "/admin/replays/../replays.html",
                "/admin/replays/%2E%2E%2Fapplication.html", "/admin/replays/loja-aurora-20261207T120000.html",
                "/admin/replays/respondo.json", "/admin/replays/..%5Crespondo.json")) {
            admin.get().uri(java.net.URI.create("http://127.0.0.1:" + port + path)).exchange()
                .expectStatus().value(status -> assertThat(status).as(path).isIn(400, 404));
        }
    }

    @Test
    void aWrongCommandLineIsRefusedWithExitCodeTwo() {
        ReplayRun run = new ReplayRun(replayer, new ReportFiles(reports), ZoneOffset.UTC, "sandbox-model", null);

        run.run(new DefaultApplicationArguments("--replay", "--tenant=loja-aurora", "--from=yesterday",
                "--to=2026-12-01"));

        assertThat(run.getExitCode()).isEqualTo(ReplayRun.WRONG_ARGUMENTS);
        assertThat(run.written()).isNull();
    }

    private long ledgerRows() {
        return jdbc.sql("SELECT COUNT(*) FROM reply_ledger").query(Long.class).single();
    }
}
