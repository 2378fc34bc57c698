package com.respondo.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;

import javax.sql.DataSource;

import com.respondo.testsupport.Executions;
import com.respondo.testsupport.FakeJobsConfiguration;
import com.respondo.testsupport.FakeSteps;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The scheduler on a directory of its own: {@code ticker} every 300 ms after each run ends, {@code every-second} on
 * a cron, the jar's jobs disabled.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@Import(FakeJobsConfiguration.class)
@ExtendWith(OutputCaptureExtension.class)
class JobSchedulerIntegrationTests {

    private static final Duration TICKER_DELAY = Duration.ofMillis(300);

    @Autowired
    JobScheduler scheduler;

    @Autowired
    JobRepository jobRepository;

    @Autowired
    JobHistory history;

    @Autowired
    FakeSteps steps;

    @Autowired
    DataSource dataSource;

    private static Path jobFiles;

    @DynamicPropertySource
    static void jobs(DynamicPropertyRegistry registry) {
        Path dir = jobFiles();
        jobFiles = dir;
        registry.add("respondo.jobs.dir", dir::toString);
        registry.add("respondo.jobs.scheduler-enabled", () -> "true");
        registry.add("respondo.jobs.initial-delay", () -> "100ms");
    }

    @AfterEach
    void reset() {
        steps.reset();
    }

    @AfterAll
    static void deleteJobFiles() throws IOException {
        FileSystemUtils.deleteRecursively(jobFiles);
    }

    @Test
    void aFixedDelayJobRunsAgainTheDelayAfterEachRunEnded() {
        List<JobExecution> runs = await().atMost(Duration.ofSeconds(30))
            .until(() -> endedExecutions("ticker"), executions -> executions.size() >= 3);

        for (int i = 1; i < runs.size(); i++) {
            LocalDateTime previousEnd = runs.get(i - 1).getEndTime();
            LocalDateTime start = runs.get(i).getStartTime();
            assertThat(Duration.between(previousEnd, start)).isGreaterThanOrEqualTo(TICKER_DELAY.minusMillis(10));
        }
        assertThat(runs).allSatisfy(run -> assertThat(run.getStatus().name()).isEqualTo("COMPLETED"));
    }

    @Test
    void aCronJobRunsAtItsTimesAndATickThatWouldOverlapIsSkipped(CapturedOutput output) {
        steps.close("ai-reply");
        long held = await().atMost(Duration.ofSeconds(30))
            .until(() -> runningExecution("every-second"), id -> id != 0);

        await().atMost(Duration.ofSeconds(30))
            .until(() -> output.getOut()
                .contains("Scheduled run of job every-second skipped: still running for every tenant"));
        steps.open("ai-reply");

        assertThat(Executions.ended(history, held).status()).isEqualTo("COMPLETED");
        await().atMost(Duration.ofSeconds(30))
            .until(() -> endedExecutions("every-second").stream().anyMatch(run -> run.getId() > held));
    }

    @Test
    void aPausedScheduleLaunchesNothingUntilItIsResumed() {
        scheduler.setEnabled("ticker", false);
        try {
            Executions.noneRunning(jobRepository, "ticker");
            int before = endedExecutions("ticker").size();

            await().during(Duration.ofMillis(1200))
                .atMost(Duration.ofSeconds(5))
                .until(() -> endedExecutions("ticker").size() == before
                        && jobRepository.findRunningJobExecutions("ticker").isEmpty());
            assertThat(scheduler.isEnabled("ticker")).isFalse();
            assertThat(scheduler.nextRun("ticker")).isEmpty();

            scheduler.setEnabled("ticker", true);
            await().atMost(Duration.ofSeconds(30)).until(() -> endedExecutions("ticker").size() > before);
        }
        finally {
            scheduler.setEnabled("ticker", true);
        }
    }

    @Test
    void aPauseIsStoredInTheDatabaseWhereEveryInstanceSharingItReadsIt() {
        JobSwitches anotherInstance = new JobSwitches(JdbcClient.create(dataSource));
        try {
            scheduler.setEnabled("every-second", false);

            assertThat(anotherInstance.stored("every-second")).contains(false);
            assertThat(JdbcClient.create(dataSource)
                .sql("SELECT enabled FROM job_switch WHERE job_name = 'every-second'")
                .query(Boolean.class)
                .single()).isFalse();

            anotherInstance.store("every-second", true);
            assertThat(scheduler.isEnabled("every-second")).isTrue();
        }
        finally {
            scheduler.setEnabled("every-second", true);
        }
    }

    @Test
    void aJobDisabledInItsFileStartsPausedAndUnknownJobsAreRefused() {
        assertThat(scheduler.isEnabled("replies")).isFalse();
        assertThat(scheduler.isEnabled("every-second")).isTrue();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> scheduler.setEnabled("nightly", true))
            .isInstanceOf(UnknownJobException.class);
    }

    @Test
    void knowsTheNextRunOfTheJobsItSchedules() {
        Instant next = scheduler.nextRun("every-second").orElseThrow();

        assertThat(next).isBetween(Instant.now().minusSeconds(1), Instant.now().plusSeconds(1));
        assertThat(scheduler.nextRun("replies")).isEmpty();
        assertThat(scheduler.nextRun("nightly")).isEmpty();
    }

    private List<JobExecution> endedExecutions(String job) {
        return jobRepository.findJobInstances(job)
            .stream()
            .flatMap(instance -> jobRepository.getJobExecutions(instance).stream())
            .filter(execution -> execution.getEndTime() != null)
            .sorted(Comparator.comparing(JobExecution::getStartTime))
            .toList();
    }

    private long runningExecution(String job) {
        return jobRepository.findRunningJobExecutions(job)
            .stream()
            .filter(execution -> execution.getStatus().name().equals("STARTED"))
            .mapToLong(JobExecution::getId)
            .findFirst()
            .orElse(0);
    }

    private static Path jobFiles() {
        try {
            Path dir = Files.createTempDirectory("respondo-scheduled-jobs");
            String disabled = """
                    schedule: {fixed-delay: 15s}
                    enabled: false
                    steps: [{name: initial-response}]
                    """;
            Files.writeString(dir.resolve("replies.yml"), disabled);
            Files.writeString(dir.resolve("data-collection.yml"), disabled);
            Files.writeString(dir.resolve("follow-ups.yml"), disabled);
            Files.writeString(dir.resolve("ticker.yml"), """
                    description: Runs 300 ms after each run ended
                    schedule: {fixed-delay: 300ms}
                    steps: [{name: bot-reply}]
                    """);
            Files.writeString(dir.resolve("every-second.yml"), """
                    description: Runs every second
                    schedule: {cron: "* * * * * *"}
                    steps: [{name: ai-reply}]
                    tenants: [loja-aurora]
                    """);
            return dir;
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
