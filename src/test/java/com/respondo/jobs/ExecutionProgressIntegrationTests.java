package com.respondo.jobs;

import java.time.LocalDateTime;
import java.util.List;

import com.respondo.testsupport.RespondoIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How far a running execution got, as the job repository records it: items done of found per partition (found as
 * the reader reported it), and a percentage over the job's steps.
 */
@RespondoIntegrationTest
class ExecutionProgressIntegrationTests {

    @Autowired
    JobRepository jobRepository;

    @Autowired
    JobHistory history;

    @Test
    void aRunningStepCountsItsItemsDoneOfFoundAndTheJobItsShareOfTheSteps() {
        JobParameters parameters = LaunchParameters.of(List.of("loja-aurora", "padaria-sol"), "admin");
        JobExecution execution = jobRepository.createJobExecution(
                jobRepository.createJobInstance("replies", parameters), parameters, new ExecutionContext());
        try {
            execution.setStatus(BatchStatus.STARTED);
            execution.setStartTime(LocalDateTime.now());
            jobRepository.update(execution);
            step(execution, "initial-response", BatchStatus.COMPLETED, 3, -1);
            step(execution, "initial-response:loja-aurora", BatchStatus.COMPLETED, 3, -1);
            step(execution, "bot-reply", BatchStatus.STARTED, 0, -1);
            step(execution, "bot-reply:loja-aurora", BatchStatus.STARTED, 4, 10);
            step(execution, "bot-reply:padaria-sol", BatchStatus.COMPLETED, 2, 5);

            ExecutionView view = history.execution(execution.getId()).orElseThrow();

            assertThat(view.running()).isTrue();
            assertThat(view.steps()).extracting(ExecutionView.StepView::name, ExecutionView.StepView::done,
                    ExecutionView.StepView::found)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("initial-response", 3L, 3L),
                        org.assertj.core.groups.Tuple.tuple("bot-reply", 6L, 12L));
            assertThat(view.steps().get(1).partitions()).extracting(ExecutionView.PartitionView::tenant,
                    ExecutionView.PartitionView::done, ExecutionView.PartitionView::found)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("loja-aurora", 4L, 10L),
                        org.assertj.core.groups.Tuple.tuple("padaria-sol", 2L, 2L));
            assertThat(view.progress()).isEqualTo(new ExecutionView.Progress(9, 15, 1, 3, 50));
        }
        finally {
            execution.setStatus(BatchStatus.FAILED);
            execution.setExitStatus(ExitStatus.FAILED);
            execution.setEndTime(LocalDateTime.now());
            jobRepository.update(execution);
        }
    }

    private void step(JobExecution execution, String name, BatchStatus status, long read, long reportedFound) {
        StepExecution step = jobRepository.createStepExecution(name, execution);
        step.setStatus(status);
        step.setStartTime(LocalDateTime.now());
        step.setReadCount(read);
        if (name.contains(":")) {
            step.getExecutionContext().putString(Partition.TENANT, name.substring(name.indexOf(':') + 1));
        }
        if (reportedFound >= 0) {
            StepProgress.reportFound(step, reportedFound);
        }
        jobRepository.update(step);
        jobRepository.updateExecutionContext(step);
    }
}
