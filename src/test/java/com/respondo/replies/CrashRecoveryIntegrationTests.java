package com.respondo.replies;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;

import com.respondo.sandbox.Sandbox;
import com.respondo.sandbox.SandboxFaults;
import com.respondo.sandbox.SeededConversation;
import com.respondo.sandbox.llm.SandboxLlmControls;
import com.respondo.testsupport.WorkerDatabase;
import com.respondo.testsupport.WorkerProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

import static com.respondo.replies.WorkerRuns.answered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A worker JVM ended in the middle of a replies run, no other fault: killed ({@code kill -9}), or stopped as a service
 * manager stops it (SIGTERM: graceful shutdown). Started again on the same data, it finds the execution restartable
 * (FAILED after the kill, STOPPED after the SIGTERM, which also left nothing unsettled and no database closed under
 * the running chunks), the restart and the runs after it answer the rest, and the sandbox's record shows every waiting
 * customer message answered exactly once, with no intent left unsettled in the ledger. On the default H2 file, and
 * for the SIGTERM on PostgreSQL as well (skipped when it does not answer; after a kill there the execution waits for
 * its lease to expire, which ScaleOutIntegrationTests covers).
 */
@RepliesIntegrationTest
class CrashRecoveryIntegrationTests {

    private static final int PER_COMPANY = 40;

    @Autowired
    Sandbox sandbox;

    @Autowired
    SandboxLlmControls llm;

    @LocalServerPort
    int port;

    @TempDir
    Path work;

    @AfterEach
    void calm() {
        sandbox.faults(SandboxFaults.none());
    }

    static Stream<Arguments> endings() {
        Named<Function<Path, WorkerDatabase>> h2 = Named.of("the H2 file", WorkerDatabase::h2File);
        Named<Function<Path, WorkerDatabase>> postgres = Named.of("PostgreSQL",
                data -> WorkerDatabase.postgres("respondo_ending"));
        return Stream.of(Arguments.of(Ending.KILL, h2), Arguments.of(Ending.SIGTERM, h2),
                Arguments.of(Ending.SIGTERM, postgres));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("endings")
    void aWorkerEndedMidRunRestartsItsExecutionAndAnswersEveryWaitingMessageExactlyOnce(Ending ending,
            Function<Path, WorkerDatabase> databases) {
        sandbox.reset(false);
        llm.reset();
        List<SeededConversation> waiting = new ArrayList<>();
        sandbox.companies().forEach(company -> waiting
            .addAll(sandbox.seedWaitingConversations(company.empresa(), PER_COMPANY, Duration.ofMinutes(1))));
        // not a fault: TempBox's ordinary latency, so that the run lasts long enough to be ended in the middle
        sandbox.faults(SandboxFaults.none().withLatency(Duration.ofMillis(40), Duration.ofMillis(20)));
        Path data = work.resolve("data");

        try (WorkerDatabase database = databases.apply(data)) {
            long interrupted;
            long answeredAtEnd;
            try (WorkerProcess first = onDemand("ended-1", data, database).start()) {
                first.awaitUp(Duration.ofSeconds(60));
                interrupted = launch(first);
                await("some answered").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50))
                    .until(() -> answered(sandbox, waiting) >= 10);
                assertThat(WorkerRuns.execution(first, interrupted).path("status").asString()).isEqualTo("STARTED");
                ending.end(first);
                answeredAtEnd = answered(sandbox, waiting);
                ending.assertEnded(first, database);
            }
            assertThat(answeredAtEnd).as("answered when the worker ended").isBetween(1L, waiting.size() - 1L);

            try (WorkerProcess second = onDemand("ended-2", data, database).start()) {
                second.awaitUp(Duration.ofSeconds(60));
                ending.assertLeft(WorkerRuns.execution(second, interrupted));

                var restart = second.admin("POST", "/admin/executions/" + interrupted + "/restart");
                assertThat(restart.statusCode()).as(restart.body()).isEqualTo(202);
                long restarted = WorkerRuns.json(restart.body()).path("executionId").asLong();
                assertThat(ended(second, restarted).path("status").asString()).isEqualTo("COMPLETED");

                // an intent the kill left for a message that still waits is another run's for unconfirmed-after (4 s)
                await("all answered").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> {
                    if (answered(sandbox, waiting) < waiting.size()) {
                        ended(second, launch(second));
                    }
                    return answered(sandbox, waiting) == waiting.size();
                });
                // one more run after everything was answered: nothing may be answered again
                assertThat(ended(second, launch(second)).path("status").asString()).isEqualTo("COMPLETED");
                second.stop();
            }

            WorkerRuns.assertAnsweredExactlyOnce(sandbox, waiting);
            assertThat(WorkerRuns.ledgerStatuses(database)).as("ledger entries by status").doesNotContainKey("INTENT");
        }
    }

    /** How the first worker ends in the middle of its run, and what that leaves behind. */
    enum Ending {

        /** {@code kill -9}: no shutdown at all; the next start marks the execution FAILED. */
        KILL {
            @Override
            void end(WorkerProcess worker) {
                worker.kill();
            }

            @Override
            void assertEnded(WorkerProcess worker, WorkerDatabase database) {
            }

            @Override
            void assertLeft(JsonNode execution) {
                assertThat(execution.path("status").asString()).isEqualTo("FAILED");
                assertThat(execution.path("exitDescription").asString())
                    .contains("left running by a process that ended");
            }
        },

        /**
         * SIGTERM: the running chunks finish and commit, the execution ends STOPPED, and only then the database
         * closes (H2's own shutdown hook must not close it under them).
         */
        SIGTERM {
            @Override
            void end(WorkerProcess worker) {
                worker.stop();
            }

            @Override
            void assertEnded(WorkerProcess worker, WorkerDatabase database) {
                String log = worker.log();
                assertThat(log).as("the worker's log on SIGTERM")
                    .doesNotContain("Database is already closed")
                    .doesNotContain("unknown state")
                    .contains("and the following status: [STOPPED]");
                assertThat(log.indexOf("and the following status: [STOPPED]"))
                    .as("the execution stopped before the connection pool closed")
                    .isLessThan(log.indexOf("Shutdown initiated"));
                assertThat(WorkerRuns.ledgerStatuses(database)).as("ledger entries by status after the SIGTERM")
                    .doesNotContainKey("INTENT");
            }

            @Override
            void assertLeft(JsonNode execution) {
                assertThat(execution.path("status").asString()).isEqualTo("STOPPED");
            }
        };

        abstract void end(WorkerProcess worker);

        /** What the worker's log and database show once it ended. */
        abstract void assertEnded(WorkerProcess worker, WorkerDatabase database);

        /** The execution as the restarted worker finds it. */
        abstract void assertLeft(JsonNode execution);
    }

    private WorkerProcess.Builder onDemand(String name, Path data, WorkerDatabase database) {
        return database.configure(WorkerRuns.worker(name, port, sandbox, work, data)
            .property("respondo.jobs.scheduler-enabled", "false"));
    }

    private static long launch(WorkerProcess worker) {
        var response = worker.admin("POST", "/admin/jobs/replies/executions");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        return WorkerRuns.json(response.body()).path("executionId").asLong();
    }

    private static JsonNode ended(WorkerProcess worker, long id) {
        return await("execution " + id + " ended").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
            .until(() -> WorkerRuns.execution(worker, id),
                    execution -> !List.of("STARTING", "STARTED", "STOPPING")
                        .contains(execution.path("status").asString()));
    }
}
