package com.respondo.replies;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.respondo.sandbox.PostedCall;
import com.respondo.sandbox.Sandbox;
import com.respondo.sandbox.SandboxFaults;
import com.respondo.sandbox.SeededConversation;
import com.respondo.testsupport.WorkerDatabase;
import com.respondo.testsupport.WorkerProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.respondo.replies.Scenario.AURORA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A worker JVM killed ({@code kill -9}) at the points where an intent used to be stranded, holding a waiting message
 * for good: the sandbox holds the answer of the call after that point (not applying it) until the worker is killed.
 * Started again on the same data, the worker must answer the message exactly once (or finish the hand-off), and no
 * intent may be left in the ledger. Each test fails before the fix: the intent held the message (or the hand-off
 * stayed with the bot) until the customer wrote again.
 */
@RepliesIntegrationTest
class StrandedIntentsIntegrationTests {

    @Autowired
    Sandbox sandbox;

    @Autowired
    Scenario scenario;

    @LocalServerPort
    int port;

    @TempDir
    Path work;

    Path data;

    @BeforeEach
    void empty() {
        scenario.reset();
        data = work.resolve("data");
    }

    @AfterEach
    void calm() {
        sandbox.faults(SandboxFaults.none());
    }

    /** initial-response started the conversation (IniciarAtendimento), then died sending its greeting. */
    @Test
    void aGreetingKilledAfterStartingTheConversationLeavesTheMessageToTheBotSteps() {
        SeededConversation fresh = scenario.newConversation(AURORA, "Oi, boa tarde!");

        killWhileHeld("EnviarMensagem", fresh);
        assertThat(stored("IniciarAtendimento", fresh)).as("the conversation was started before the kill").isNotEmpty();

        restartUntilAnswered(fresh, worker("stranded-2"));

        WorkerRuns.assertAnsweredExactlyOnce(sandbox, List.of(fresh));
        assertThat(WorkerRuns.stepStatuses(WorkerDatabase.h2File(data), fresh.mensagem())).containsEntry("initial-response", "ABANDONED");
        assertThat(WorkerRuns.ledgerStatuses(WorkerDatabase.h2File(data))).doesNotContainKey("INTENT");
    }

    /** bot-reply died sending a canned message; started again, it no longer finds one that fits and defers. */
    @Test
    void aBotReplyThatDefersOverItsOwnKilledIntentLeavesTheMessageToAiReply() {
        SeededConversation freight = scenario.botConversation(AURORA,
                "Quanto custa o frete? Qual o valor para o meu CEP?");

        killWhileHeld("EnviarMensagem", freight);

        restartUntilAnswered(freight, worker("stranded-2")
            .property("respondo.replies.canned-confidence-threshold", "1.0"));

        WorkerRuns.assertAnsweredExactlyOnce(sandbox, List.of(freight));
        assertThat(WorkerRuns.stepStatuses(WorkerDatabase.h2File(data), freight.mensagem())).containsEntry("bot-reply", "DEFERRED")
            .containsEntry("ai-reply", "SENT");
        assertThat(WorkerRuns.ledgerStatuses(WorkerDatabase.h2File(data))).doesNotContainKey("INTENT");
    }

    /** ai-reply told the customer a person would answer, then died forwarding the conversation. */
    @Test
    void aHandOffKilledAfterItsTextIsForwardedWhenTheWorkerIsBack() {
        SeededConversation human = scenario.botConversation(AURORA, "Já faz 12 dias", "quero falar com um atendente");

        killWhileHeld("EncaminharAtendimento", human);
        assertThat(stored("EnviarMensagem", human)).as("the hand-off text was posted before the kill").hasSize(1);

        try (WorkerProcess second = worker("stranded-2").start()) {
            second.awaitUp(Duration.ofSeconds(60));
            await("forwarded").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> !stored("EncaminharAtendimento", human).isEmpty());
            await("settled").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> ledgerSettled(second));
            second.stop();
        }

        assertThat(stored("EnviarMensagem", human)).hasSize(1);
        assertThat(stored("EncaminharAtendimento", human)).hasSize(1);
        assertThat(WorkerRuns.stepStatuses(WorkerDatabase.h2File(data), human.mensagem())).containsEntry("ai-reply", "SENT");
        assertThat(WorkerRuns.ledgerStatuses(WorkerDatabase.h2File(data))).doesNotContainKey("INTENT");
    }

    /**
     * Starts a worker, holds the answer of {@code operation} for the conversation (not applying it) and kills the
     * worker while it waits for that answer.
     */
    private void killWhileHeld(String operation, SeededConversation conversation) {
        sandbox.faults(SandboxFaults.none().withTimeouts(1, Duration.ofSeconds(120), false).onlyFor(operation));
        try (WorkerProcess first = worker("stranded-1").property("respondo.tempbox.read-timeout", "60s").start()) {
            first.awaitUp(Duration.ofSeconds(60));
            await(operation + " in flight").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50))
                .until(() -> sandbox.record().stream().anyMatch(call -> call.operation().equals(operation)
                        && conversation.atendimento().equals(call.atendimento())));
            first.kill();
        }
        sandbox.faults(SandboxFaults.none());
    }

    private void restartUntilAnswered(SeededConversation conversation, WorkerProcess.Builder builder) {
        try (WorkerProcess second = builder.start()) {
            second.awaitUp(Duration.ofSeconds(60));
            await("answered").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> WorkerRuns.answered(sandbox, List.of(conversation)) == 1);
            await("settled").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> ledgerSettled(second));
            second.stop();
        }
    }

    /** Whether the newest run of the worker ended: the ledger is read from its file once the worker is gone. */
    private static boolean ledgerSettled(WorkerProcess worker) {
        return !List.of("STARTING", "STARTED", "STOPPING")
            .contains(WorkerRuns.newestExecution(worker).path("status").asString());
    }

    private List<PostedCall> stored(String operation, SeededConversation conversation) {
        return sandbox.record()
            .stream()
            .filter(call -> call.operation().equals(operation) && call.stored()
                    && conversation.atendimento().equals(call.atendimento()))
            .toList();
    }

    /**
     * A worker on the test's data whose H2 file takes every commit at once (H2 writes commits up to half a second
     * later by default: a kill right after the intent's commit would lose it, and with it what these tests are about).
     */
    private WorkerProcess.Builder worker(String name) {
        return WorkerRuns.worker(name, port, sandbox, work, data)
            .property("spring.datasource.url", "jdbc:h2:file:" + data.resolve("respondo") + ";WRITE_DELAY=0");
    }
}
