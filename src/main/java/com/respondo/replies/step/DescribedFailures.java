package com.respondo.replies.step;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobInterruptedException;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;

import com.respondo.replies.policy.TenantListCache;
import com.respondo.tempbox.TempBoxException;

/**
 * A reply step whose failure reads as one clear sentence: its exit description names the step, the tenant and the
 * cause (the TempBox operation and what went wrong, without a body or a token) instead of Spring Batch's stack trace,
 * which stays in the log. The next run starts afresh; the ledger remembers what was done.
 */
final class DescribedFailures implements Step {

    private final Step step;

    private final JobRepository jobRepository;

    private final String tenantId;

    DescribedFailures(Step step, JobRepository jobRepository, String tenantId) {
        this.step = step;
        this.jobRepository = jobRepository;
        this.tenantId = tenantId;
    }

    @Override
    public String getName() {
        return step.getName();
    }

    @Override
    public void execute(StepExecution stepExecution) throws JobInterruptedException {
        step.execute(stepExecution);
        if (stepExecution.getStatus() == BatchStatus.FAILED && !stepExecution.getFailureExceptions().isEmpty()) {
            stepExecution.setExitStatus(new ExitStatus(ExitStatus.FAILED.getExitCode(),
                    "Step " + step.getName() + " for tenant '" + tenantId + "' failed: "
                            + cause(stepExecution.getFailureExceptions().get(0))));
            jobRepository.update(stepExecution);
        }
    }

    /** The most telling cause: a TempBox failure, else the innermost exception with a message. */
    static String cause(Throwable failure) {
        Throwable telling = null;
        for (Throwable current = failure; current != null; current = current.getCause()) {
            if (current instanceof TempBoxException tempBox) {
                return "TempBox " + tempBox.operation() + ": " + tempBox.summary();
            }
            if (current instanceof OpenConversationReader.PageReadException
                    || current instanceof TenantListCache.TenantListException) {
                return current.getMessage();
            }
            if (current.getMessage() != null) {
                telling = current;
            }
            if (current.getCause() == current) {
                break;
            }
        }
        Throwable chosen = (telling != null) ? telling : failure;
        return chosen.getClass().getSimpleName() + ": " + chosen.getMessage();
    }
}
