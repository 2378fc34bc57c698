package com.respondo.datacollection.step;

import java.util.Optional;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobInterruptedException;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;

import com.respondo.tempbox.TempBoxException;

/**
 * Runs a worker step and, when TempBox made it fail, replaces Spring Batch's exit description (a stack trace of a
 * wrapped exception) by one sentence naming the operation, the tenant and whether a later run can succeed.
 */
final class ExplainedFailures implements Step {

    private final Step step;

    private final JobRepository jobRepository;

    ExplainedFailures(Step step, JobRepository jobRepository) {
        this.step = step;
        this.jobRepository = jobRepository;
    }

    @Override
    public String getName() {
        return step.getName();
    }

    @Override
    public boolean isAllowStartIfComplete() {
        return step.isAllowStartIfComplete();
    }

    @Override
    public int getStartLimit() {
        return step.getStartLimit();
    }

    @Override
    public void execute(StepExecution stepExecution) throws JobInterruptedException {
        step.execute(stepExecution);
        if (stepExecution.getStatus() != BatchStatus.FAILED) {
            return;
        }
        tempBoxFailure(stepExecution).ifPresent(failure -> {
            stepExecution.setExitStatus(new ExitStatus(ExitStatus.FAILED.getExitCode(), describe(failure)));
            jobRepository.update(stepExecution);
        });
    }

    static String describe(TempBoxException failure) {
        String outlook = failure.retryable() ? "TempBox is unavailable; the next run tries again"
                : "retrying will not help until the cause is fixed";
        return "TempBox " + failure.operation() + " failed for tenant '" + failure.tenantId() + "': "
                + failure.summary() + " (" + outlook + ")";
    }

    private static Optional<TempBoxException> tempBoxFailure(StepExecution stepExecution) {
        for (Throwable failure : stepExecution.getFailureExceptions()) {
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                if (cause instanceof TempBoxException tempBox) {
                    return Optional.of(tempBox);
                }
            }
        }
        return Optional.empty();
    }
}
