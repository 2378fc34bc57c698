package com.respondo.replies;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.respondo.sandbox.PostedCall;
import com.respondo.sandbox.Sandbox;
import com.respondo.sandbox.SandboxFaults;
import com.respondo.sandbox.SeededConversation;
import com.respondo.sandbox.llm.SandboxLlmControls;
import com.respondo.sandbox.llm.SandboxLlmProperties;
import com.respondo.testsupport.WorkerProcess;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

import static com.respondo.replies.WorkerRuns.answered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The "done when" of the protection work: a worker JVM answers a few hundred waiting conversations of both sandbox
 * companies while TempBox fails a fifth of the calls (some of them after storing the change), the LLM answers 500,
 * 429 with Retry-After and malformed JSON, and the worker is killed ({@code kill -9}) in the middle of the run and
 * started again on the same data. The sandbox's record must show every waiting customer message answered exactly
 * once, the logs no secret, and the breakers closed at the end.
 */
@RepliesIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ChaosIntegrationTests {

    /** Per company: conversations the bot owns (bot-reply, then ai-reply) and new ones (initial-response first). */
    private static final int OWNED_BY_BOT = 80;

    private static final int NEW = 15;

    private static final int AFTER_THE_STORM = 5;

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
        llm.reset();
    }

    @Test
    void everyWaitingMessageIsAnsweredExactlyOnceThroughFaultsAndAKill(CapturedOutput output) {
        sandbox.reset(false);
        llm.reset();
        List<SeededConversation> waiting = new ArrayList<>();
        sandbox.companies().forEach(company -> {
            waiting.addAll(sandbox.seedWaitingConversations(company.empresa(), OWNED_BY_BOT, Duration.ofMinutes(1)));
            waiting.addAll(sandbox.seedNewConversations(company.empresa(), NEW, Duration.ofMinutes(1)));
        });
        sandbox.faults(SandboxFaults.none()
            .withErrorRate(0.12, SandboxFaults.ErrorStyle.MIXED)
            .withStoredButFailedRate(0.08));
        llm.apply(SandboxLlmProperties.defaults()
            .withErrorRate(0.10)
            .withRateLimit(0.05, Duration.ofSeconds(1))
            .withMalformedRate(0.05));
        Path data = work.resolve("data");

        long answeredAtKill;
        long killedExecution;
        try (WorkerProcess first = WorkerRuns.worker("worker-1", port, sandbox, work, data).start()) {
            first.awaitUp(Duration.ofSeconds(60));
            JsonNode running = await("some answered, a run in progress").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> answered(sandbox, waiting) >= waiting.size() / 6 ? WorkerRuns.newestExecution(first)
                        : null, execution -> execution != null
                                && List.of("STARTING", "STARTED").contains(execution.path("status").asString()));
            first.kill();
            answeredAtKill = answered(sandbox, waiting);
            killedExecution = running.path("id").asLong();
        }
        assertThat(answeredAtKill).as("answered when the worker was killed").isBetween(1L, waiting.size() - 1L);

        try (WorkerProcess second = WorkerRuns.worker("worker-2", port, sandbox, work, data).start()) {
            second.awaitUp(Duration.ofSeconds(60));
            await("three quarters answered under faults").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> answered(sandbox, waiting) >= waiting.size() * 3L / 4);
            JsonNode killed = WorkerRuns.execution(second, killedExecution);
            assertThat(killed.path("status").asString()).isEqualTo("FAILED");
            assertThat(killed.path("exitDescription").asString()).contains("left running by a process");

            sandbox.faults(SandboxFaults.none());
            llm.apply(SandboxLlmProperties.defaults());
            sandbox.companies().forEach(company -> waiting.addAll(sandbox.seedWaitingConversations(company.empresa(),
                    AFTER_THE_STORM, Duration.ofMinutes(1))));
            try {
                await("all answered").atMost(Duration.ofSeconds(45)).pollInterval(Duration.ofMillis(200))
                    .until(() -> answered(sandbox, waiting) == waiting.size());
            }
            catch (ConditionTimeoutException ex) {
                WorkerRuns.assertAnsweredExactlyOnce(sandbox, waiting);
            }
            await("breakers closed").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> assertThat(WorkerRuns.breakers(second))
                    .containsKeys("llm", "tempbox-loja-aurora", "tempbox-clinica-sorriso")
                    .allSatisfy((name, state) -> assertThat(state).as(name).isEqualTo("CLOSED")));
            long reads = sandbox.calls("ListarMensagensEmAberto");
            await("two more runs").atMost(Duration.ofSeconds(30))
                .until(() -> sandbox.calls("ListarMensagensEmAberto") >= reads + 12);
            second.stop();

            assertThat(waiting).hasSizeGreaterThanOrEqualTo(200);
            WorkerRuns.assertAnsweredExactlyOnce(sandbox, waiting);
            assertFaultsWereInjected();
            assertThat(second.log()).contains("Reply tenant=");
            for (String log : List.of(logOf(work, "worker-1"), second.log(), output.getAll())) {
                for (String secret : WorkerRuns.secrets(sandbox)) {
                    assertThat(log).doesNotContain(secret);
                }
            }
        }
    }

    private void assertFaultsWereInjected() {
        List<PostedCall> record = sandbox.record();
        assertThat(record).filteredOn(call -> call.outcome() == PostedCall.Outcome.STORED_BUT_FAILED)
            .filteredOn(call -> call.operation().equals("EnviarMensagem"))
            .as("sends stored but answered with an error").isNotEmpty();
        assertThat(record).filteredOn(call -> call.outcome() == PostedCall.Outcome.FAILED)
            .filteredOn(call -> String.valueOf(call.detail()).contains("injected fault"))
            .as("calls refused by an injected error").isNotEmpty();
        Map<String, Long> llmFaults = llm.injectedFaults();
        assertThat(llmFaults.get("ERROR")).as("LLM 500s").isPositive();
        assertThat(llmFaults.get("RATE_LIMIT")).as("LLM 429s").isPositive();
        assertThat(llmFaults.get("MALFORMED")).as("LLM malformed answers").isPositive();
    }

    private static String logOf(Path work, String name) {
        try {
            return java.nio.file.Files.readString(work.resolve(name + ".log"));
        }
        catch (java.io.IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }
}
