package com.respondo.jobs;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.UUID;

import javax.sql.DataSource;

import com.respondo.RespondoApplication;
import com.respondo.testsupport.Executions;
import com.respondo.testsupport.FakeJobsConfiguration;
import com.respondo.testsupport.FakeSteps;
import org.h2.api.Trigger;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Partition leases are judged in the database's time, never by comparing the times two instances wrote: an instance
 * whose clock runs hours behind (or whose time zone differs) keeps the partitions it runs. The skew is the database's
 * doing here (a trigger that writes every {@code LAST_UPDATED} five hours early, as such an instance would), on an
 * instance with a short lease (600 ms, checked every 100 ms) whose partitions are held running.
 */
class SkewedClockLeaseIntegrationTests {

    private static final Duration LEASE = Duration.ofMillis(600);

    @Test
    void partitionsWhoseInstanceWritesTimesHoursBehindKeepTheirLease() {
        String database = "jdbc:h2:mem:skewed-clock-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        try (ConfigurableApplicationContext instance = new SpringApplicationBuilder(RespondoApplication.class,
                FakeJobsConfiguration.class)
            .web(WebApplicationType.NONE)
            .run("--spring.datasource.url=" + database, "--respondo.admin.password=test-admin-password",
                    "--respondo.jobs.partitions.poll-interval=100ms", "--respondo.jobs.partitions.lease=" + LEASE)) {
            FakeSteps steps = instance.getBean(FakeSteps.class);
            steps.close("data-collection");
            JdbcClient.create(instance.getBean(DataSource.class))
                .sql("CREATE TRIGGER skewed_clock BEFORE UPDATE ON BATCH_STEP_EXECUTION FOR EACH ROW CALL \""
                        + HoursBehind.class.getName() + "\"")
                .update();

            Launch launch = instance.getBean(JobLaunches.class).launch("data-collection", null);
            await("both tenants' partitions running").atMost(Duration.ofSeconds(20))
                .until(() -> steps.partitionsSeen().size() >= 2);
            await("no partition taken for dead and run again while it is alive")
                .during(LEASE.multipliedBy(5))
                .atMost(LEASE.multipliedBy(10))
                .until(() -> steps.partitionsSeen().size() == 2);
            steps.open("data-collection");

            assertThat(Executions.ended(instance.getBean(JobHistory.class), launch.executionId()).status())
                .isEqualTo("COMPLETED");
            assertThat(steps.partitionsSeen()).as("partitions run").hasSize(2);
        }
    }

    /** Writes each partition's {@code LAST_UPDATED} five hours before the time given: a clock five hours behind. */
    public static class HoursBehind implements Trigger {

        private int lastUpdated;

        @Override
        public void init(Connection connection, String schema, String trigger, String table, boolean before,
                int type) throws SQLException {
            try (var columns = connection.getMetaData().getColumns(null, schema, table, "LAST_UPDATED")) {
                columns.next();
                lastUpdated = columns.getInt("ORDINAL_POSITION") - 1;
            }
        }

        @Override
        public void fire(Connection connection, Object[] oldRow, Object[] newRow) {
            Object time = newRow[lastUpdated];
            if (time instanceof LocalDateTime local) {
                newRow[lastUpdated] = local.minusHours(5);
            }
            else if (time instanceof Timestamp timestamp) {
                newRow[lastUpdated] = Timestamp.valueOf(timestamp.toLocalDateTime().minusHours(5));
            }
        }
    }
}
