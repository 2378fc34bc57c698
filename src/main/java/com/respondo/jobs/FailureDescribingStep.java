package com.respondo.jobs;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobInterruptedException;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;

/**
 * A worker step whose failure reads as one sentence: once the step has run (and settled what its run left, which may
 * fail it), a failed execution's exit description, Spring Batch's stack trace of a wrapped exception, is replaced by
 * the job's own {@link Description} of the failures (the stack trace stays in the log). The step is otherwise the
 * one it wraps.
 */
public final class FailureDescribingStep implements Step {

    private final Step step;

    private final JobRepository jobRepository;

    private final Consumer<StepExecution> settlement;

    private final Description description;

    /**
     * @param step the worker step
     * @param jobRepository where the new exit description is saved
     * @param settlement what is done once the step has run and before its failure is described (it may fail it)
     * @param description the sentence for a failed execution's failures, empty to keep Spring Batch's
     */
    public FailureDescribingStep(Step step, JobRepository jobRepository, Consumer<StepExecution> settlement,
            Description description) {
        this.step = step;
        this.jobRepository = jobRepository;
        this.settlement = settlement;
        this.description = description;
    }

    /** A step with nothing to settle once it has run. */
    public FailureDescribingStep(Step step, JobRepository jobRepository, Description description) {
        this(step, jobRepository, stepExecution -> {
        }, description);
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
        settlement.accept(stepExecution);
        if (stepExecution.getStatus() != BatchStatus.FAILED) {
            return;
        }
        description.of(stepExecution.getFailureExceptions()).ifPresent(sentence -> {
            stepExecution.setExitStatus(new ExitStatus(ExitStatus.FAILED.getExitCode(), sentence));
            jobRepository.update(stepExecution);
        });
    }

    /** How a job says why one of its steps failed. */
    @FunctionalInterface
    public interface Description {

        /**
         * The sentence for a failed execution, from its failure exceptions (possibly none); empty to keep Spring
         * Batch's exit description.
         */
        Optional<String> of(List<Throwable> failures);
    }
}
