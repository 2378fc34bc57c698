package com.respondo.jobs;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import com.respondo.testsupport.ConcurrentLaunches;
import com.respondo.testsupport.FakeSteps;
import com.respondo.testsupport.RespondoIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.respondo.testsupport.Executions.ended;
import static com.respondo.testsupport.Executions.noneRunning;
import static com.respondo.testsupport.Executions.started;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@RespondoIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class JobLaunchesIntegrationTests {

    @Autowired
    JobLaunches launches;

    @Autowired
    JobHistory history;

    @Autowired
    FakeSteps steps;

    @Autowired
    JobRepository jobRepository;

    @Autowired
    LocalExecutions local;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void reset() {
        steps.reset();
        noneRunning(jobRepository, "replies", "data-collection");
    }

    @Test
    void refusesALaunchWhileAnExecutionRunsForTheSameTenant() {
        steps.close("initial-response");
        Launch running = launches.launch("replies", null);
        started(history, running.executionId());

        assertThatExceptionOfType(JobAlreadyRunningException.class).isThrownBy(() -> launches.launch("replies", null))
            .withMessage("Job 'replies' is already running for tenant(s) loja-aurora, padaria-sol (execution(s) ["
                    + running.executionId() + "])")
            .satisfies(ex -> assertThat(ex.runningExecutionIds()).containsExactly(running.executionId()));
        assertThatExceptionOfType(JobAlreadyRunningException.class)
            .isThrownBy(() -> launches.launch("replies", "padaria-sol"));

        steps.open("initial-response");
        assertThat(ended(history, running.executionId()).status()).isEqualTo("COMPLETED");
        assertThat(ended(history, launches.launch("replies", null).executionId()).status()).isEqualTo("COMPLETED");
    }

    @Test
    void launchesForATenantWhileAnotherTenantsExecutionRuns() {
        steps.close("data-collection");
        Launch aurora = launches.launch("data-collection", "loja-aurora");

        Launch sol = launches.launch("data-collection", "padaria-sol");
        Launch otherJob = launches.launch("replies", "loja-aurora");

        assertThat(sol.tenants()).containsExactly("padaria-sol");
        assertThat(ended(history, otherJob.executionId()).status()).isEqualTo("COMPLETED");
        steps.open("data-collection");
        assertThat(ended(history, aurora.executionId()).status()).isEqualTo("COMPLETED");
        assertThat(ended(history, sol.executionId()).status()).isEqualTo("COMPLETED");
    }

    @Test
    void refusesAnUnknownJobOrTenant() {
        assertThatExceptionOfType(UnknownJobException.class).isThrownBy(() -> launches.launch("nightly", null))
            .withMessage("No job named 'nightly' (jobs: data-collection, follow-ups, replies)");
        assertThatExceptionOfType(UnknownTenantException.class)
            .isThrownBy(() -> launches.launch("replies", "loja-lua"))
            .withMessage("Job 'replies' does not serve tenant 'loja-lua' (its tenants: loja-aurora, padaria-sol)");
    }

    @Test
    void concurrentLaunchAttemptsStartExactlyOneExecution() throws Exception {
        steps.close("initial-response");

        List<Launch> launched = ConcurrentLaunches.attempt("replies", 8, launches);

        assertThat(launched).hasSize(1);
        assertThat(jobRepository.findRunningJobExecutions("replies")).extracting(JobExecution::getId)
            .containsExactly(launched.get(0).executionId());
        steps.open("initial-response");
    }

    @Test
    void aScheduledRunCoversTheTenantsThatAreFreeAndIsSkippedWhenNoneIs(CapturedOutput output) {
        steps.close("initial-response");
        Launch aurora = launches.launch("replies", "loja-aurora");

        Optional<Launch> scheduled = launches.launchScheduled("replies");
        Optional<Launch> skipped = launches.launchScheduled("replies");

        assertThat(scheduled).map(Launch::tenants).contains(List.of("padaria-sol"));
        assertThat(skipped).isEmpty();
        assertThat(output).contains("Scheduled run of job replies skips tenant(s) [loja-aurora]: still running")
            .contains("Scheduled run of job replies skipped: still running for every tenant");
        assertThat(history.execution(scheduled.orElseThrow().executionId())).map(ExecutionView::trigger)
            .contains("schedule");
        steps.open("initial-response");
        ended(history, aurora.executionId());
    }

    @Test
    void anExecutionNoInstanceRenewsIsMarkedFailedAndNoLongerBlocks() {
        JobExecution crashed = runningExecutionOfAnotherInstance("loja-aurora");
        JobExecution alive = runningExecutionOfAnotherInstance("padaria-sol");
        setLastUpdated(crashed, LocalDateTime.now().minusMinutes(10));

        Launch launch = launches.launch("replies", "loja-aurora");

        assertThatExceptionOfType(JobAlreadyRunningException.class)
            .isThrownBy(() -> launches.launch("replies", "padaria-sol"));
        assertThat(ended(history, launch.executionId()).status()).isEqualTo("COMPLETED");
        ExecutionView recovered = history.execution(crashed.getId()).orElseThrow();
        assertThat(recovered.status()).isEqualTo("FAILED");
        assertThat(recovered.exitDescription()).contains("Marked FAILED by Respondo: no heartbeat for more than PT2M");
        setLastUpdated(alive, LocalDateTime.now().minusMinutes(10));
        assertThat(ended(history, launches.launch("replies", "padaria-sol").executionId()).status())
            .isEqualTo("COMPLETED");
    }

    @Test
    void completionIsSignalledOnceTheFinalStatusIsStored() throws Exception {
        Launch launch = launches.launch("data-collection", null);

        launches.completion(launch.executionId()).get(30, TimeUnit.SECONDS);

        assertThat(history.execution(launch.executionId())).map(ExecutionView::status).contains("COMPLETED");
        assertThat(launches.completion(launch.executionId())).isDone();
    }

    @Test
    void theHeartbeatRenewsTheLeaseOfExecutionsRunningHere() {
        steps.close("initial-response");
        Launch launch = launches.launch("replies", "loja-aurora");
        JobExecution running = jobRepository.getJobExecution(launch.executionId());
        setLastUpdated(running, LocalDateTime.now().minusMinutes(10));

        local.heartbeat();

        assertThat(jobRepository.getJobExecution(launch.executionId()).getLastUpdated())
            .isAfter(LocalDateTime.now().minusMinutes(1));
        steps.open("initial-response");
        ended(history, launch.executionId());
    }

    private JobExecution runningExecutionOfAnotherInstance(String tenant) {
        JobParameters parameters = LaunchParameters.of(List.of(tenant), "admin");
        JobInstance instance = jobRepository.createJobInstance("replies", parameters);
        JobExecution execution = jobRepository.createJobExecution(instance, parameters, new ExecutionContext());
        execution.setStatus(BatchStatus.STARTED);
        execution.setStartTime(LocalDateTime.now().minusMinutes(10));
        jobRepository.update(execution);
        return execution;
    }

    private void setLastUpdated(JobExecution execution, LocalDateTime time) {
        jdbc.sql("UPDATE BATCH_JOB_EXECUTION SET LAST_UPDATED = :time, CREATE_TIME = :time WHERE JOB_EXECUTION_ID = :id")
            .param("time", time)
            .param("id", execution.getId())
            .update();
    }
}
