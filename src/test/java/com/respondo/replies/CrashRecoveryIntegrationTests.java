package com.respondo.replies;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.respondo.sandbox.Sandbox;
import com.respondo.sandbox.SandboxFaults;
import com.respondo.sandbox.SeededConversation;
import com.respondo.sandbox.llm.SandboxLlmControls;
import com.respondo.testsupport.WorkerProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

import static com.respondo.replies.WorkerRuns.answered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A worker JVM killed ({@code kill -9}) in the middle of a replies run, no other fault: started again on the same
 * data, it finds the killed execution FAILED and restartable, the restart and the runs after it answer the rest,
 * and the sandbox's record shows every waiting customer message answered exactly once, with no intent left unsettled
 * in the ledger.
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

    @Test
    void aWorkerKilledMidRunRestartsItsExecutionAndAnswersEveryWaitingMessageExactlyOnce() {
        sandbox.reset(false);
        llm.reset();
        List<SeededConversation> waiting = new ArrayList<>();
        sandbox.companies().forEach(company -> waiting
            .addAll(sandbox.seedWaitingConversations(company.empresa(), PER_COMPANY, Duration.ofMinutes(1))));
        // not a fault: TempBox's ordinary latency, so that the run lasts long enough to be killed in the middle
        sandbox.faults(SandboxFaults.none().withLatency(Duration.ofMillis(40), Duration.ofMillis(20)));
        Path data = work.resolve("data");

        long killed;
        long answeredAtKill;
        try (WorkerProcess first = onDemand("crash-1", data).start()) {
            first.awaitUp(Duration.ofSeconds(60));
            killed = launch(first);
            await("some answered").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50))
                .until(() -> answered(sandbox, waiting) >= 10);
            assertThat(WorkerRuns.execution(first, killed).path("status").asString()).isEqualTo("STARTED");
            first.kill();
            answeredAtKill = answered(sandbox, waiting);
        }
        assertThat(answeredAtKill).as("answered when the worker was killed").isBetween(1L, waiting.size() - 1L);

        try (WorkerProcess second = onDemand("crash-2", data).start()) {
            second.awaitUp(Duration.ofSeconds(60));
            JsonNode left = WorkerRuns.execution(second, killed);
            assertThat(left.path("status").asString()).isEqualTo("FAILED");
            assertThat(left.path("exitDescription").asString()).contains("left running by a process that ended");

            var restart = second.admin("POST", "/admin/executions/" + killed + "/restart");
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
        assertThat(WorkerRuns.ledgerStatuses(data)).as("ledger entries by status").doesNotContainKey("INTENT");
    }

    private WorkerProcess.Builder onDemand(String name, Path data) {
        return WorkerRuns.worker(name, port, sandbox, work, data).property("respondo.jobs.scheduler-enabled", "false");
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
