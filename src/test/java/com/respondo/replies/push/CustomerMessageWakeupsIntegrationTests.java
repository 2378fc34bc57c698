package com.respondo.replies.push;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import com.respondo.testsupport.WorkerJobFiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

import com.respondo.jobs.ExecutionView;
import com.respondo.jobs.JobHistory;
import com.respondo.jobs.JobScheduler;
import com.respondo.sandbox.HeldCall;
import com.respondo.sandbox.PostedCall;
import com.respondo.sandbox.Sandbox;
import com.respondo.sandbox.SandboxCompany;
import com.respondo.sandbox.SeededConversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The push of new messages against the sandbox on loopback: the whole application on its defaults (the sandbox
 * TempBox and LLM, the real replies job) with the job schedules on, but a replies job whose scheduled runs never
 * come (a fixed delay of an hour, an hour after start-up), so that only a wake can answer; a 1 s debounce.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = { "respondo.admin.password=push-admin-password", "respondo.sandbox.seed=false",
            "respondo.sandbox.generator.enabled=false", "respondo.jobs.scheduler-enabled=true",
            "respondo.jobs.initial-delay=1h", "respondo.replies.debounce=1s",
            "respondo.replies.push.reconnect-min=200ms", "respondo.replies.push.reconnect-max=400ms" })
@ExtendWith(OutputCaptureExtension.class)
class CustomerMessageWakeupsIntegrationTests {

    private static final String AURORA = "loja-aurora";

    private static Path jobFiles;

    @Autowired
    Sandbox sandbox;

    @Autowired
    JobHistory history;

    @Autowired
    JobScheduler scheduler;

    @DynamicPropertySource
    static void jobs(DynamicPropertyRegistry registry) {
        try {
            jobFiles = WorkerJobFiles.write(Files.createTempDirectory("push-jobs"), "1h", true);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        registry.add("respondo.jobs.dir", jobFiles::toString);
    }

    @AfterAll
    static void deleteJobFiles() throws IOException {
        FileSystemUtils.deleteRecursively(jobFiles);
    }

    @BeforeEach
    void streamsOpen() {
        sandbox.reset(false);
        await("a stream per tenant").atMost(Duration.ofSeconds(30))
            .until(() -> sandbox.openStreams() >= sandbox.companies().size());
    }

    @Test
    void aCustomerMessageWakesTheRepliesJobForItsTenantWithoutWaitingForTheSchedule() {
        SandboxCompany aurora = sandbox.company(AURORA);
        Instant before = Instant.now();

        SeededConversation conversation = sandbox.openConversation(aurora.empresa(), "Ana", 1, Duration.ZERO, "Olá");

        await("the answer").atMost(Duration.ofSeconds(30))
            .until(() -> answers(conversation).size() == 1);
        assertThat(scheduler.nextRun("replies")).hasValueSatisfying(next -> assertThat(next)
            .isAfter(Instant.now().plus(Duration.ofMinutes(30))));
        List<ExecutionView> runs = runsSince(before);
        assertThat(runs).isNotEmpty().allSatisfy(run -> {
            assertThat(run.trigger()).isEqualTo("wake");
            assertThat(run.tenants()).containsExactly(AURORA);
        });
    }

    @Test
    void wakesThatComeWhileARunRunsAreServedAfterItNeverAlongsideIt() {
        SandboxCompany aurora = sandbox.company(AURORA);
        Instant before = Instant.now();
        HeldCall held = sandbox.holdNext("EnviarMensagem");
        SeededConversation first = sandbox.openConversation(aurora.empresa(), "Carla", 1, Duration.ZERO, "Olá");
        await("a woken run sending").atMost(Duration.ofSeconds(30)).until(held::arrived);

        List<SeededConversation> later = IntStream.range(0, 3)
            .mapToObj(i -> sandbox.openConversation(aurora.empresa(), "Cliente " + i, 1, Duration.ZERO, "Oi"))
            .toList();
        Instant laterDue = later.get(later.size() - 1).cadastro().plus(Duration.ofMillis(1_000 + 750));
        await("the later messages due while the first run still sends").atMost(Duration.ofSeconds(10))
            .until(() -> Instant.now().isAfter(laterDue));
        held.release();

        await("every answer").atMost(Duration.ofSeconds(60))
            .until(() -> answers(first).size() == 1 && later.stream().allMatch(c -> answers(c).size() == 1));
        await("the runs ended").atMost(Duration.ofSeconds(30))
            .until(() -> runsSince(before).stream().allMatch(run -> run.endTime() != null));
        List<ExecutionView> runs = runsSince(before).stream()
            .sorted(Comparator.comparing(ExecutionView::startTime))
            .toList();
        assertThat(runs).hasSizeGreaterThanOrEqualTo(2).allSatisfy(run -> assertThat(run.trigger()).isEqualTo("wake"));
        for (int i = 1; i < runs.size(); i++) {
            assertThat(runs.get(i).startTime()).as("run %d starts after run %d ended", runs.get(i).id(),
                    runs.get(i - 1).id()).isAfterOrEqualTo(runs.get(i - 1).endTime());
        }
    }

    @Test
    void aLostStreamIsWarnedOnceAndReconnectsWithBackoffThenWakesAgain(CapturedOutput output) {
        SandboxCompany aurora = sandbox.company(AURORA);
        long connectionsBefore = sandbox.calls("ObterNovasMensagensChatSiteSse");

        sandbox.refuseStreams(true);

        await("reconnection attempts").atMost(Duration.ofSeconds(30))
            .until(() -> sandbox.calls("ObterNovasMensagensChatSiteSse") >= connectionsBefore + 3L * 2);
        assertThat(occurrences(output.getOut(), "Stream of new messages for tenant " + AURORA + " lost"))
            .isEqualTo(1);
        assertThat(output.getOut()).contains("WARN").contains("the schedule of job replies answers alone");

        sandbox.refuseStreams(false);

        await("the streams back").atMost(Duration.ofSeconds(30))
            .until(() -> sandbox.openStreams() >= sandbox.companies().size()
                    && output.getOut().contains("Stream of new messages for tenant " + AURORA + " reconnected"));
        SeededConversation conversation = sandbox.openConversation(aurora.empresa(), "Bruna", 1, Duration.ZERO,
                "Oi, boa tarde");
        await("the answer").atMost(Duration.ofSeconds(30))
            .until(() -> answers(conversation).size() == 1);
        assertThat(occurrences(output.getOut(), "Stream of new messages for tenant " + AURORA + " lost"))
            .isEqualTo(1);
    }

    private List<PostedCall> answers(SeededConversation conversation) {
        return sandbox.record()
            .stream()
            .filter(call -> call.operation().equals("EnviarMensagem") && call.stored()
                    && conversation.mensagem().equals(call.inReplyTo()))
            .toList();
    }

    private List<ExecutionView> runsSince(Instant since) {
        return history.executions("replies", 0, 50)
            .executions()
            .stream()
            .filter(run -> run.startTime() != null
                    && !run.startTime().toInstant().isBefore(since))
            .toList();
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
