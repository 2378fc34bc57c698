package com.respondo.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/** The usage table's migration and repository on H2, plain and in PostgreSQL mode. */
class LlmUsageRepositoryTests {

    private static final Instant T0 = Instant.parse("2025-03-10T17:00:00Z");

    @ParameterizedTest
    @ValueSource(strings = { "", ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE" })
    void writesOneRowPerCallAndAddsThemUpPerTenantAndStep(String mode) {
        JdbcClient jdbc = migratedDatabase(mode);
        LlmUsageRepository repository = new LlmUsageRepository(jdbc);

        repository.record(usage("loja-aurora", "ai-reply", "a1", 1000, 50, 300, T0));
        repository.record(usage("loja-aurora", "ai-reply", "a2", 1200, 70, 500, T0.plusSeconds(60)));
        repository.record(usage("loja-aurora", "bot-reply", null, 400, 10, 100, T0.plusSeconds(120)));
        repository.record(usage("oficina-beta", "ai-reply", "b1", 800, 40, 200, T0.minusSeconds(3600)));

        Map<String, Object> row = jdbc.sql("SELECT * FROM llm_usage WHERE atendimento = 'a1'").query().singleRow();
        assertThat(row).containsEntry("tenant_id", "loja-aurora").containsEntry("step", "ai-reply")
            .containsEntry("prompt", "ai-reply").containsEntry("model", "gpt-4o-mini")
            .containsEntry("prompt_tokens", 1000).containsEntry("completion_tokens", 50)
            .containsEntry("latency_ms", 300L);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM llm_usage WHERE atendimento IS NULL").query(Long.class).single())
            .isEqualTo(1L);
        assertThat(repository.totalsSince(T0)).containsExactly(
                new LlmUsageTotals("loja-aurora", "ai-reply", 2, 2200, 120, 400),
                new LlmUsageTotals("loja-aurora", "bot-reply", 1, 400, 10, 100));
        assertThat(repository.totalsSince("oficina-beta", Instant.EPOCH)).containsExactly(
                new LlmUsageTotals("oficina-beta", "ai-reply", 1, 800, 40, 200));
        assertThat(repository.totalsSince(T0).get(0).promptTokensPerCall()).isEqualTo(1100.0);
    }

    @ParameterizedTest
    @ValueSource(strings = { "", ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE" })
    void addsUpOneTenantsCallsOfAPeriodPerModelWithTheirCachedTokens(String mode) {
        LlmUsageRepository repository = new LlmUsageRepository(migratedDatabase(mode));
        repository.record(new LlmUsage("loja-aurora", "ai-reply", "a1", "ai-reply", "gpt-4o-mini", 1000, 50,
                Duration.ofMillis(300), T0, 600));
        repository.record(usage("loja-aurora", "bot-reply", "a1", 400, 10, 100, T0.plusSeconds(60)));
        repository.record(usage("loja-aurora", "ai-reply", "a2", 900, 30, 100, T0.plusSeconds(3600)));
        repository.record(usage("oficina-beta", "ai-reply", "b1", 800, 40, 200, T0));

        assertThat(repository.totalsByModel("loja-aurora", T0, T0.plusSeconds(3600)))
            .containsExactly(new LlmModelTotals("gpt-4o-mini", 2, 1400, 60, 600));
    }

    private static JdbcClient migratedDatabase(String mode) {
        SimpleDriverDataSource dataSource = new SimpleDriverDataSource(new org.h2.Driver(),
                "jdbc:h2:mem:usage-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1" + mode, "sa", "");
        new ResourceDatabasePopulator(new ClassPathResource("db/migration/V3__llm_usage.sql"),
                new ClassPathResource("db/migration/V17__llm_usage_cached_tokens.sql")).execute(dataSource);
        return JdbcClient.create(dataSource);
    }

    private static LlmUsage usage(String tenant, String step, String conversation, int prompt, int completion,
            long latencyMs, Instant at) {
        return new LlmUsage(tenant, step, conversation, step.equals("bot-reply") ? "bot-choice" : "ai-reply",
                "gpt-4o-mini", prompt, completion, Duration.ofMillis(latencyMs), at);
    }
}
