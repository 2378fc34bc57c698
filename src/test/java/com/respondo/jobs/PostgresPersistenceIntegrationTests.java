package com.respondo.jobs;

import java.util.List;

import com.respondo.RespondoApplication;
import com.respondo.ledger.Claim;
import com.respondo.ledger.LedgerAction;
import com.respondo.ledger.NewAction;
import com.respondo.ledger.ReplyLedger;
import com.respondo.testsupport.ConcurrentLaunches;
import com.respondo.testsupport.Executions;
import com.respondo.testsupport.FakeJobsConfiguration;
import com.respondo.testsupport.FakeSteps;
import com.respondo.testsupport.PostgresTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Two instances of Respondo on one PostgreSQL database (a database of its own on the local server; skipped when no
 * PostgreSQL answers): the same Flyway migrations create every table, and a job never runs twice for a tenant.
 */
class PostgresPersistenceIntegrationTests {

    private static PostgresTestDatabase database;

    @BeforeAll
    static void createDatabase() {
        database = PostgresTestDatabase.create("respondo_jobs");
    }

    @AfterAll
    static void dropDatabase() {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void twoInstancesShareTheSchemaTheLedgerAndNeverOverlapAJob() throws Exception {
        try (ConfigurableApplicationContext first = start(); ConfigurableApplicationContext second = start()) {
            JdbcClient jdbc = first.getBean(JdbcClient.class);
            assertThat(jdbc.sql("SELECT version FROM flyway_schema_history WHERE success ORDER BY installed_rank")
                .query(String.class)
                .list()).containsExactly("1", "2");
            assertThat(jdbc.sql("SELECT COUNT(*) FROM batch_job_execution").query(Integer.class).single()).isZero();

            first.getBean(FakeSteps.class).close("initial-response");
            second.getBean(FakeSteps.class).close("initial-response");
            List<Launch> launched = ConcurrentLaunches.attempt("replies", 4, first.getBean(JobLaunches.class),
                    second.getBean(JobLaunches.class));

            assertThat(launched).hasSize(1);
            assertThatExceptionOfType(JobAlreadyRunningException.class)
                .isThrownBy(() -> second.getBean(JobLaunches.class).launch("replies", "loja-aurora"));
            first.getBean(FakeSteps.class).open("initial-response");
            second.getBean(FakeSteps.class).open("initial-response");
            assertThat(Executions.ended(first.getBean(JobHistory.class), launched.get(0).executionId()).status())
                .isEqualTo("COMPLETED");

            NewAction reply = NewAction.of("loja-aurora", "atendimento-1", "mensagem-1", "ai-reply",
                    LedgerAction.REPLY);
            assertThat(first.getBean(ReplyLedger.class).claim(reply).outcome()).isEqualTo(Claim.Outcome.CLAIMED);
            assertThat(second.getBean(ReplyLedger.class).claim(reply).outcome())
                .isEqualTo(Claim.Outcome.UNCONFIRMED);
        }
    }

    private static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(RespondoApplication.class, FakeJobsConfiguration.class)
            .web(WebApplicationType.NONE)
            .run("--spring.datasource.url=" + database.url(), "--spring.datasource.username=" + database.username(),
                    "--respondo.admin.password=test-admin-password");
    }
}
