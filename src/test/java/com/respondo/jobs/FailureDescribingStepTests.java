package com.respondo.jobs;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.support.ResourcelessJobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import static org.assertj.core.api.Assertions.assertThat;

class FailureDescribingStepTests {

    private final ResourcelessJobRepository jobRepository = new ResourcelessJobRepository();

    private final List<String> events = new ArrayList<>();

    @Test
    void replacesAFailedStepsExitDescriptionByTheJobsSentenceAndSavesIt() throws Exception {
        StepExecution execution = stepExecution();
        Step failing = step(BatchStatus.FAILED, new IllegalStateException("TempBox said no"));

        new FailureDescribingStep(failing, jobRepository,
                failures -> Optional.of("worker failed: " + failures.get(0).getMessage())).execute(execution);

        assertThat(execution.getExitStatus().getExitCode()).isEqualTo(ExitStatus.FAILED.getExitCode());
        assertThat(execution.getExitStatus().getExitDescription()).isEqualTo("worker failed: TempBox said no");
        assertThat(jobRepository.getStepExecution(execution.getId()).getExitStatus().getExitDescription())
            .isEqualTo("worker failed: TempBox said no");
    }

    @Test
    void keepsSpringBatchsDescriptionWhenTheJobHasNoSentence() throws Exception {
        StepExecution execution = stepExecution();
        Step failing = step(BatchStatus.FAILED, new IllegalStateException("a stack trace"));

        new FailureDescribingStep(failing, jobRepository, failures -> Optional.empty()).execute(execution);

        assertThat(execution.getExitStatus().getExitDescription()).isEqualTo("the step's own description");
    }

    @Test
    void leavesACompletedStepAlone() throws Exception {
        StepExecution execution = stepExecution();

        new FailureDescribingStep(step(BatchStatus.COMPLETED, null), jobRepository,
                failures -> Optional.of("never asked")).execute(execution);

        assertThat(execution.getExitStatus().getExitDescription()).isEqualTo("the step's own description");
    }

    @Test
    void settlesTheRunBeforeDescribingTheFailureTheSettlementFound() throws Exception {
        StepExecution execution = stepExecution();

        new FailureDescribingStep(step(BatchStatus.COMPLETED, null), jobRepository, settled -> {
            events.add("settled");
            settled.addFailureException(new IllegalStateException("an outage"));
            settled.setStatus(BatchStatus.FAILED);
        }, failures -> {
            events.add("described");
            return Optional.of("outage: " + failures.get(0).getMessage());
        }).execute(execution);

        assertThat(events).containsExactly("ran", "settled", "described");
        assertThat(execution.getExitStatus().getExitDescription()).isEqualTo("outage: an outage");
    }

    @Test
    void isTheStepItWrapsByName() {
        Step wrapped = step(BatchStatus.COMPLETED, null);

        Step described = new FailureDescribingStep(wrapped, jobRepository, failures -> Optional.empty());

        assertThat(described.getName()).isEqualTo("worker");
        assertThat(described.getStartLimit()).isEqualTo(wrapped.getStartLimit());
        assertThat(described.isAllowStartIfComplete()).isEqualTo(wrapped.isAllowStartIfComplete());
    }

    private StepExecution stepExecution() {
        JobInstance instance = jobRepository.createJobInstance("job", new JobParameters());
        JobExecution jobExecution = jobRepository.createJobExecution(instance, new JobParameters(),
                new ExecutionContext());
        return jobRepository.createStepExecution("worker", jobExecution);
    }

    private Step step(BatchStatus status, Throwable failure) {
        return new Step() {

            @Override
            public String getName() {
                return "worker";
            }

            @Override
            public void execute(StepExecution stepExecution) {
                events.add("ran");
                stepExecution.setStatus(status);
                stepExecution.setExitStatus(new ExitStatus(status == BatchStatus.FAILED ? "FAILED" : "COMPLETED",
                        "the step's own description"));
                if (failure != null) {
                    stepExecution.addFailureException(failure);
                }
            }
        };
    }
}
