package com.respondo.ledger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The decision trace on a migrated schema: one row per decision, rewritten by a retry; the protocol found; long text
 * bounded; rows past the retention deleted.
 */
abstract class DecisionTraceTestCases {

    static final String TENANT = "loja-aurora";

    static final Instant NOW = Instant.parse("2026-12-07T13:00:00Z");

    LedgerQueries queries;

    JdbcClient jdbc;

    String atendimento;

    abstract DataSource dataSource();

    @BeforeEach
    void createStore() {
        queries = new LedgerQueries(dataSource(), JsonMapper.builder().build());
        jdbc = JdbcClient.create(dataSource());
        atendimento = UUID.randomUUID().toString();
    }

    @Test
    void keepsOneRowPerDecisionThatARetryRewrites() {
        DecisionTraces traces = traces(NOW, TraceProperties.defaults());
        traces.record(trace("m1", "REPLY", "FAILED", "Primeira tentativa", "{\"action\":\"REPLY\",\"n\":1}"));
        traces.record(trace("m1", "REPLY", "SENT", "Segunda tentativa", "{\"action\":\"REPLY\",\"n\":2}"));
        traces.record(trace("m1", "DEFER", "DEFERRED", null, null));

        List<DecisionTrace> rows = queries.traces(atendimento);

        assertThat(rows).hasSize(2);
        DecisionTrace reply = rows.stream().filter(row -> row.action().equals("REPLY")).findFirst().orElseThrow();
        assertThat(reply.outcome()).isEqualTo("SENT");
        assertThat(reply.botText()).isEqualTo("Segunda tentativa");
        assertThat(reply.customerText()).isEqualTo("Qual o prazo?\nPara Campinas");
        assertThat(reply.protocol()).isEqualTo("4711");
        assertThat(reply.confidence()).isEqualTo(0.87);
        assertThat(reply.sources()).containsExactly("prazos.md#1", "prazos.md#2");
        assertThat(reply.llm()).isNotNull().satisfies(call -> {
            assertThat(call.promptVersion()).isEqualTo("ai-reply.st@0123456789ab");
            assertThat(call.rawAnswer()).isEqualTo("{\"action\":\"REPLY\",\"n\":2}");
            assertThat(call.promptTokens()).isEqualTo(850);
            assertThat(call.completionTokens()).isEqualTo(90);
            assertThat(call.cachedTokens()).isEqualTo(512);
        });
        assertThat(reply.createdAt()).isEqualTo(NOW);
        DecisionTrace defer = rows.stream().filter(row -> row.action().equals("DEFER")).findFirst().orElseThrow();
        assertThat(defer.llm()).isNull();
        assertThat(defer.confidence()).isNull();
    }

    @Test
    void findsTheConversationsOfAProtocolNumber() {
        traces(NOW, TraceProperties.defaults()).record(trace("m1", "REPLY", "SENT", "Olá", "{}"));

        assertThat(queries.conversationsWithProtocol(" 4711 ", 10)).containsExactly(atendimento);
        assertThat(queries.conversationsWithProtocol("4712", 10)).doesNotContain(atendimento);
    }

    @Test
    void keepsAtMostTheConfiguredTextOfTheCustomerAndTheModel() {
        TraceProperties properties = new TraceProperties(Duration.ofDays(30), Duration.ofHours(1), 100);
        String long_ = "x".repeat(5_000);
        DecisionTrace trace = new DecisionTrace(TENANT, atendimento, "m1", "ai-reply", "REPLY", "SENT", null, long_,
                "Olá", "LLM", 0.9, "motivo", List.of(),
                new DecisionTrace.Call("ai-reply", "ai-reply.st@0123456789ab", "gpt-4o-mini", 1, 1, 0, false, long_),
                null);

        traces(NOW, properties).record(trace);

        DecisionTrace row = queries.traces(atendimento).get(0);
        assertThat(row.customerText()).hasSize(100).endsWith("…");
        assertThat(row.llm().rawAnswer()).hasSize(100).endsWith("…");
    }

    @Test
    void aWriteDeletesTheTracesOlderThanTheRetention() {
        TraceProperties properties = new TraceProperties(Duration.ofDays(30), Duration.ofHours(1), 4000);
        traces(NOW, properties).record(trace("m-old", "REPLY", "SENT", "Antiga", "{}"));
        traces(NOW.plus(Duration.ofDays(10)), properties).record(trace("m-young", "REPLY", "SENT", "Recente", "{}"));

        traces(NOW.plus(Duration.ofDays(31)), properties).record(trace("m-new", "REPLY", "SENT", "Nova", "{}"));

        assertThat(queries.traces(atendimento)).extracting(DecisionTrace::mensagem)
            .containsExactly("m-young", "m-new");
    }

    private DecisionTraces traces(Instant now, TraceProperties properties) {
        return new DecisionTraces(dataSource(), properties, Clock.fixed(now, ZoneOffset.UTC));
    }

    private DecisionTrace trace(String mensagem, String action, String outcome, String text, String raw) {
        DecisionTrace.Call call = (raw == null) ? null
                : new DecisionTrace.Call("ai-reply", "ai-reply.st@0123456789ab", "gpt-4o-mini", 850, 90, 512, false,
                        raw);
        return new DecisionTrace(TENANT, atendimento, mensagem, "ai-reply", action, outcome, "4711",
                "Qual o prazo?\nPara Campinas", text, call == null ? "RULE" : "LLM", call == null ? null : 0.87,
                "pergunta sobre prazo", call == null ? List.of() : List.of("prazos.md#1", "prazos.md#2"), call, null);
    }
}
