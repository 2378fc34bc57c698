package com.respondo.jobs;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.respondo.RespondoApplication;
import com.respondo.testsupport.Executions;
import com.respondo.testsupport.FakeJobsConfiguration;
import com.respondo.testsupport.FakeSteps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Graceful shutdown as SIGTERM triggers it (the context closes): a running step finishes its current chunk and
 * stops, the execution is left STOPPED, and after a restart of the application it is restarted to completion. (In
 * process, so the JVM's other shutdown hooks, H2's among them, do not run: CrashRecoveryIntegrationTests sends a
 * real SIGTERM to a worker JVM, on the H2 file and on PostgreSQL.)
 */
class GracefulShutdownIntegrationTests {

    @TempDir
    Path dataDir;

    @Test
    void closingTheContextStopsTheRunningExecutionAfterItsChunkAndItCanBeRestartedLater() throws Exception {
        long id;
        ConfigurableApplicationContext first = start();
        FakeSteps steps = first.getBean(FakeSteps.class);
        JobHistory history = first.getBean(JobHistory.class);
        steps.close("initial-response");
        id = first.getBean(JobLaunches.class).launch("replies", null).executionId();
        Executions.started(history, id);

        CompletableFuture<Void> closing = CompletableFuture.runAsync(first::close);
        await().atMost(Duration.ofSeconds(30))
            .until(() -> history.execution(id).orElseThrow().status(), "STOPPING"::equals);
        assertThatThrownBy(() -> first.getBean(JobLaunches.class).launch("data-collection", null))
            .isInstanceOf(LaunchesClosedException.class);
        steps.open("initial-response");
        closing.get(60, TimeUnit.SECONDS);

        assertThat(steps.written("initial-response", "loja-aurora")).as("the chunk in progress was finished")
            .containsExactly("loja-aurora-m1", "loja-aurora-m2");
        assertThat(steps.written("bot-reply", "loja-aurora")).as("no step started after the stop").isEmpty();

        try (ConfigurableApplicationContext second = start()) {
            JobHistory laterHistory = second.getBean(JobHistory.class);
            ExecutionView stopped = laterHistory.execution(id).orElseThrow();
            assertThat(stopped.status()).isEqualTo("STOPPED");
            assertThat(stopped.steps()).extracting(ExecutionView.StepView::status).containsExactly("STOPPED");

            Launch restart = second.getBean(JobLaunches.class).restart(id);

            assertThat(Executions.ended(laterHistory, restart.executionId()).status()).isEqualTo("COMPLETED");
            assertThat(second.getBean(FakeSteps.class).written("ai-reply", "padaria-sol"))
                .containsExactly("padaria-sol-m1", "padaria-sol-m2");
        }
    }

    private ConfigurableApplicationContext start() {
        // Only the main application.yml: its H2 file URL, so the second start sees what the first one left.
        return new SpringApplicationBuilder(RespondoApplication.class, FakeJobsConfiguration.class)
            .web(WebApplicationType.NONE)
            .run("--spring.config.location=classpath:/application.yml", "--respondo.data-dir=" + dataDir,
                    "--respondo.jobs.scheduler-enabled=false", "--respondo.admin.password=test-admin-password");
    }
}
