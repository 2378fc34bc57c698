package com.respondo.jobs;

import java.time.LocalDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobInterruptedException;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;

/**
 * The worker of a partitioned step: asks the step's factory for a fresh step for each partition execution and runs
 * it, so partitions running at once share no reader or writer; the factory learns from the settings whether the
 * launch is a dry run. It runs on whichever instance took the partition's request (see {@link PartitionClaims}).
 */
final class PartitionWorkerStep implements Step {

    private static final Logger log = LoggerFactory.getLogger(PartitionWorkerStep.class);

    private final StepFactory factory;

    private final StepSettings settings;

    private final JobRepository jobRepository;

    private final PartitionWorkers workers;

    PartitionWorkerStep(StepFactory factory, StepSettings settings, JobRepository jobRepository,
            PartitionWorkers workers) {
        this.factory = factory;
        this.settings = settings;
        this.jobRepository = jobRepository;
        this.workers = workers;
    }

    @Override
    public String getName() {
        return settings.stepName();
    }

    @Override
    public void execute(StepExecution stepExecution) throws JobInterruptedException {
        Step step;
        try {
            StepSettings launchSettings = settings
                .withDryRun(LaunchParameters.dryRun(stepExecution.getJobParameters()));
            step = factory.workerStep(launchSettings, Partition.of(stepExecution));
        }
        catch (RuntimeException ex) {
            fail(stepExecution, ex);
            return;
        }
        workers.started(stepExecution);
        try {
            step.execute(stepExecution);
        }
        finally {
            workers.ended(stepExecution);
        }
    }

    private void fail(StepExecution stepExecution, RuntimeException ex) {
        log.error("Step {} could not be built for partition {}", settings.stepName(), stepExecution.getStepName(),
                ex);
        LocalDateTime now = LocalDateTime.now();
        if (stepExecution.getStartTime() == null) {
            stepExecution.setStartTime(now);
        }
        stepExecution.setStatus(BatchStatus.FAILED);
        stepExecution.setExitStatus(ExitStatus.FAILED.addExitDescription(ex));
        stepExecution.addFailureException(ex);
        stepExecution.setEndTime(now);
        jobRepository.update(stepExecution);
    }
}
