package com.respondo.replies.push;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import com.respondo.testsupport.WorkerJobFiles;
import org.junit.jupiter.api.AfterAll;
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
import com.respondo.sandbox.Sandbox;
import com.respondo.sandbox.SeededConversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A lost stream leaves the schedule to answer: the whole application on its defaults with the job schedules on and
 * a replies job every 2 s, the streams dropped and refused; the customer is still answered, by a scheduled run.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = { "respondo.admin.password=fallback-admin-password", "respondo.sandbox.seed=false",
            "respondo.sandbox.generator.enabled=false", "respondo.jobs.scheduler-enabled=true",
            "respondo.jobs.initial-delay=1s", "respondo.replies.debounce=1s",
            "respondo.replies.push.reconnect-min=200ms", "respondo.replies.push.reconnect-max=1s" })
@ExtendWith(OutputCaptureExtension.class)
class LostStreamFallbackIntegrationTests {

    private static Path jobFiles;

    @Autowired
    Sandbox sandbox;

    @Autowired
    JobHistory history;

    @DynamicPropertySource
    static void jobs(DynamicPropertyRegistry registry) {
        try {
            jobFiles = WorkerJobFiles.write(Files.createTempDirectory("fallback-jobs"), "2s", true);
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

    @Test
    void whileTheStreamIsLostTheScheduleAnswers(CapturedOutput output) {
        await("a stream per tenant").atMost(Duration.ofSeconds(30))
            .until(() -> sandbox.openStreams() >= sandbox.companies().size());
        sandbox.refuseStreams(true);
        await("the loss warned").atMost(Duration.ofSeconds(30))
            .until(() -> output.getOut().contains("Stream of new messages for tenant loja-aurora lost"));
        Instant before = Instant.now();

        SeededConversation conversation = sandbox.openConversation(sandbox.company("loja-aurora").empresa(), "Ana",
                1, Duration.ZERO, "Olá");

        await("the answer").atMost(Duration.ofSeconds(60))
            .until(() -> sandbox.record()
                .stream()
                .anyMatch(call -> call.operation().equals("EnviarMensagem") && call.stored()
                        && conversation.mensagem().equals(call.inReplyTo())));
        assertThat(history.executions("replies", 0, 100).executions())
            .filteredOn(run -> run.startTime() != null && !run.startTime().toInstant().isBefore(before))
            .extracting(ExecutionView::trigger)
            .isNotEmpty()
            .containsOnly("schedule");
        assertThat(sandbox.openStreams()).isZero();
        sandbox.refuseStreams(false);
        await("the streams back").atMost(Duration.ofSeconds(30))
            .until(() -> sandbox.openStreams() >= sandbox.companies().size());
    }
}
