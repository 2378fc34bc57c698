package com.respondo.jobs;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.dao.EmptyResultDataAccessException;

/**
 * Reads what the job repository knows about executions, as {@link ExecutionView}s.
 */
public class JobHistory {

    private final JobRepository jobRepository;

    private final JobCatalog catalog;

    JobHistory(JobRepository jobRepository, JobCatalog catalog) {
        this.jobRepository = jobRepository;
        this.catalog = catalog;
    }

    /**
     * The most recent execution of a job, if it ever ran.
     */
    public Optional<ExecutionView> lastExecution(String job) {
        JobInstance instance = jobRepository.getLastJobInstance(job);
        if (instance == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(jobRepository.getLastJobExecution(instance)).map(this::view);
    }

    /**
     * One execution of one of Respondo's jobs, by id.
     */
    public Optional<ExecutionView> execution(long id) {
        return find(id).filter(execution -> catalog.definition(execution.getJobInstance().getJobName()).isPresent())
            .map(this::view);
    }

    private Optional<JobExecution> find(long id) {
        try {
            return Optional.ofNullable(jobRepository.getJobExecution(id));
        }
        catch (EmptyResultDataAccessException ex) {
            // Spring Batch 6.0.4 throws instead of answering null for an unknown id.
            return Optional.empty();
        }
    }

    private ExecutionView view(JobExecution execution) {
        String job = execution.getJobInstance().getJobName();
        return new ExecutionView(execution.getId(), job, execution.getStatus().name(),
                execution.getExitStatus().getExitCode(), execution.getExitStatus().getExitDescription(),
                LaunchParameters.tenants(execution.getJobParameters()),
                execution.getJobParameters().getString(LaunchParameters.TRIGGER), time(execution.getStartTime()),
                time(execution.getEndTime()), steps(execution));
    }

    private static List<ExecutionView.StepView> steps(JobExecution execution) {
        List<StepExecution> all = execution.getStepExecutions()
            .stream()
            .sorted(Comparator.comparingLong(StepExecution::getId))
            .toList();
        return all.stream()
            .filter(step -> !step.getStepName().contains(":"))
            .map(manager -> step(manager, all.stream()
                .filter(worker -> worker.getStepName().startsWith(manager.getStepName() + ":"))
                .map(JobHistory::partition)
                .toList()))
            .toList();
    }

    private static ExecutionView.StepView step(StepExecution step, List<ExecutionView.PartitionView> partitions) {
        return new ExecutionView.StepView(step.getStepName(), step.getStatus().name(), step.getReadCount(),
                step.getWriteCount(), step.getSkipCount(), step.getFilterCount(), time(step.getStartTime()),
                time(step.getEndTime()), step.getExitStatus().getExitDescription(), partitions);
    }

    private static ExecutionView.PartitionView partition(StepExecution worker) {
        String name = worker.getStepName();
        String tenant = worker.getExecutionContext().getString(Partition.TENANT, name.substring(name.indexOf(':') + 1));
        return new ExecutionView.PartitionView(tenant, worker.getStatus().name(), worker.getReadCount(),
                worker.getWriteCount(), worker.getSkipCount(), worker.getFilterCount());
    }

    private static @Nullable OffsetDateTime time(@Nullable LocalDateTime time) {
        // Spring Batch stores local date-times of the JVM's zone.
        return (time != null) ? time.atZone(ZoneId.systemDefault()).toOffsetDateTime() : null;
    }
}
