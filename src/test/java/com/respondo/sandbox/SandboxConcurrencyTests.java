package com.respondo.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.respondo.testsupport.TestZones;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Tens of concurrent callers on one company: no lost message, no lost record entry, readers never fail. */
class SandboxConcurrencyTests {

    private static final UUID LOJA = TempBoxWire.LOJA;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final SandboxServer server = new SandboxServer(new SandboxProperties(true, true,
            new SandboxProperties.Generator(false, 6, 0.35, 300, 0.3), SandboxFaults.none(), 100_000,
            TestZones.SAO_PAULO, Duration.ofMillis(500), OpenMessages.perConversation(),
            new SandboxProperties.ClockSettings(null, false)),
            Clock.systemUTC());

    private final ExecutorService callers = Executors.newFixedThreadPool(24);

    @AfterEach
    void stop() {
        callers.shutdownNow();
    }

    @Test
    void concurrentSendsAndPagedReadsLoseNothing() throws Exception {
        // given
        List<SeededConversation> waiting = server.sandbox().seedWaitingConversations(LOJA, 500, Duration.ofMinutes(1));
        List<Callable<Integer>> work = new ArrayList<>();
        for (int caller = 0; caller < 20; caller++) {
            int first = caller;
            work.add(() -> {
                for (int index = first; index < waiting.size(); index += 20) {
                    JsonNode envelope = call("EnviarMensagem", TempBoxWire.json("Atendente", TempBoxWire.LOJA_BOT,
                            "Atendimento", waiting.get(index).atendimento(), "Empresa", LOJA, "Mensagem", "ok " + index));
                    assertThat(envelope.path("Code").asInt()).isEqualTo(200);
                }
                return 0;
            });
        }
        for (int reader = 0; reader < 4; reader++) {
            work.add(() -> {
                int rows = 0;
                for (int inicio = 1; inicio < 600; inicio += 50) {
                    rows += call("ListarMensagensEmAberto", TempBoxWire.json("Empresa", LOJA, "Inicio", inicio,
                            "Termino", inicio + 49)).path("Data").size();
                }
                return rows;
            });
        }

        // when
        List<Future<Integer>> done = callers.invokeAll(work, 60, TimeUnit.SECONDS);

        // then
        for (Future<Integer> future : done) {
            future.get();
        }
        List<PostedCall> record = server.sandbox().record();
        assertThat(record).hasSize(500).allSatisfy(entry -> assertThat(entry.outcome())
            .isEqualTo(PostedCall.Outcome.STORED));
        assertThat(record).extracting(PostedCall::sequence).doesNotHaveDuplicates();
        assertThat(record).extracting(PostedCall::atendimento).doesNotHaveDuplicates()
            .containsExactlyInAnyOrderElementsOf(waiting.stream().map(SeededConversation::atendimento).toList());
        assertThat(record).extracting(PostedCall::inReplyTo)
            .containsExactlyInAnyOrderElementsOf(waiting.stream().map(SeededConversation::mensagem).toList());
        JsonNode open = call("ListarMensagensEmAberto", TempBoxWire.json("Empresa", LOJA)).path("Data");
        assertThat(open.size()).isEqualTo(14 + 500);
        assertThat(server.sandbox().calls("EnviarMensagem")).isEqualTo(500);
    }

    private JsonNode call(String operation, String json) {
        AtendimentoApi.Reply reply = server.api().call(Operation.named(operation).orElseThrow(),
                FaultInjector.Decision.NONE, TempBoxWire.LOJA_TOKEN, json, null);
        return JSON.readTree(reply.body());
    }
}
