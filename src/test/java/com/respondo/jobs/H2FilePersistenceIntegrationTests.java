package com.respondo.jobs;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

import com.respondo.RespondoApplication;
import com.respondo.ledger.Claim;
import com.respondo.ledger.LedgerAction;
import com.respondo.ledger.LedgerEntry;
import com.respondo.ledger.LedgerQueries;
import com.respondo.ledger.LedgerStatus;
import com.respondo.ledger.NewAction;
import com.respondo.ledger.ReplyLedger;
import com.respondo.testsupport.Executions;
import com.respondo.testsupport.FakeJobsConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The default H2 file database (the main configuration's URL under {@code respondo.data-dir}): what Respondo recorded
 * survives a restart, and executions a dead process left running are marked FAILED at start-up.
 */
class H2FilePersistenceIntegrationTests {

    private static final NewAction REPLY = NewAction.of("loja-aurora", "atendimento-1", "mensagem-1", "ai-reply",
            LedgerAction.REPLY).withText("Olá!");

    @TempDir
    Path dataDir;

    @Test
    void jobHistoryAndTheLedgerSurviveARestartAndLeftoverExecutionsBecomeRestartable() {
        long completed;
        long leftRunning;
        try (ConfigurableApplicationContext first = start()) {
            completed = Executions.ended(first.getBean(JobHistory.class),
                    first.getBean(JobLaunches.class).launch("data-collection", null).executionId()).id();
            ReplyLedger ledger = first.getBean(ReplyLedger.class);
            ledger.markSent(ledger.claim(REPLY).entry());
            leftRunning = runningExecution(first.getBean(JobRepository.class));
        }

        try (ConfigurableApplicationContext second = start()) {
            JobHistory history = second.getBean(JobHistory.class);
            ReplyLedger ledger = second.getBean(ReplyLedger.class);
            LedgerQueries ledgerQueries = second.getBean(LedgerQueries.class);

            assertThat(dataDir.resolve("respondo.mv.db")).exists();
            assertThat(history.execution(completed)).map(ExecutionView::status).contains("COMPLETED");
            ExecutionView recovered = history.execution(leftRunning).orElseThrow();
            assertThat(recovered.status()).isEqualTo("FAILED");
            assertThat(recovered.exitDescription()).contains("left running by a process that ended");
            assertThat(ledgerQueries.findByConversation("atendimento-1")).extracting(LedgerEntry::status, LedgerEntry::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LedgerStatus.SENT, "Olá!"));
            assertThat(ledger.claim(REPLY).outcome()).isEqualTo(Claim.Outcome.ALREADY_DONE);
            assertThat(Executions.ended(history, second.getBean(JobLaunches.class).launch("data-collection", null)
                .executionId()).status()).isEqualTo("COMPLETED");
        }
    }

    private ConfigurableApplicationContext start() {
        // Only the main application.yml: its H2 file URL, not the tests' in-memory one.
        return new SpringApplicationBuilder(RespondoApplication.class, FakeJobsConfiguration.class)
            .web(WebApplicationType.NONE)
            .run("--spring.config.location=classpath:/application.yml", "--respondo.data-dir=" + dataDir,
                    "--respondo.jobs.scheduler-enabled=false", "--respondo.admin.password=test-admin-password");
    }

    /**
     * An execution as a process killed mid-run leaves it: STARTED, its step STARTED.
     */
    private static long runningExecution(JobRepository jobRepository) {
        JobParameters parameters = LaunchParameters.of(List.of("loja-aurora"), "schedule");
        JobExecution execution = jobRepository.createJobExecution(
                jobRepository.createJobInstance("replies", parameters), parameters, new ExecutionContext());
        execution.setStatus(BatchStatus.STARTED);
        execution.setStartTime(LocalDateTime.now());
        jobRepository.update(execution);
        var step = jobRepository.createStepExecution("initial-response", execution);
        step.setStatus(BatchStatus.STARTED);
        step.setStartTime(LocalDateTime.now());
        jobRepository.update(step);
        return execution.getId();
    }
}
