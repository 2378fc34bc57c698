package com.respondo.jobs;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads what the job repository knows about executions, as {@link ExecutionView}s with their progress and errors.
 */
public class JobHistory {

    private static final int MAX_REASON = 300;

    private static final int MAX_DESCRIPTION = 500;

    private static final String CAUSED_BY = "Caused by:";

    /** A line of a stack trace that names code, not a cause: {@code at ...}, {@code ... 12 more}. */
    private static final Pattern FRAME = Pattern.compile("(?:at |\\.\\.\\. \\d+ (?:more|common frames omitted)).*");

    private final JobRepository jobRepository;

    private final JobCatalog catalog;

    private final JdbcClient jdbc;

    JobHistory(JobRepository jobRepository, JobCatalog catalog, JdbcClient jdbc) {
        this.jobRepository = jobRepository;
        this.catalog = catalog;
        this.jdbc = jdbc;
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

    /**
     * A page of a job's executions, newest first (restarts included, each its own execution).
     *
     * @param job the job
     * @param page the page, from 0
     * @param size executions per page, 1 to 100
     * @throws UnknownJobException when no such job is declared
     */
    public ExecutionPage executions(String job, int page, int size) {
        if (catalog.definition(job).isEmpty()) {
            throw new UnknownJobException(job, catalog.definitions().stream().map(JobDefinition::name).toList());
        }
        if (page < 0 || size < 1 || size > 100) {
            throw new IllegalArgumentException("page must be 0 or more and size between 1 and 100");
        }
        long total = jdbc.sql("""
                SELECT COUNT(*) FROM BATCH_JOB_EXECUTION E
                JOIN BATCH_JOB_INSTANCE I ON I.JOB_INSTANCE_ID = E.JOB_INSTANCE_ID WHERE I.JOB_NAME = :job""")
            .param("job", job)
            .query(Long.class)
            .single();
        List<Long> ids = jdbc.sql("""
                SELECT E.JOB_EXECUTION_ID FROM BATCH_JOB_EXECUTION E
                JOIN BATCH_JOB_INSTANCE I ON I.JOB_INSTANCE_ID = E.JOB_INSTANCE_ID WHERE I.JOB_NAME = :job
                ORDER BY E.JOB_EXECUTION_ID DESC OFFSET :offset ROWS FETCH NEXT :size ROWS ONLY""")
            .param("job", job)
            .param("offset", (long) page * size)
            .param("size", size)
            .query(Long.class)
            .list();
        List<ExecutionView> views = ids.stream().map(this::find).flatMap(Optional::stream).map(this::view).toList();
        return new ExecutionPage(job, page, size, total, views);
    }

    /**
     * The latest executions of Respondo's jobs, newest first, optionally of one job and in one status (STARTED,
     * COMPLETED, FAILED...).
     *
     * @throws UnknownJobException when a job is given that is not declared
     */
    public List<ExecutionView> recent(@Nullable String job, @Nullable String status, int limit) {
        if (limit < 1 || limit > 100) {
            throw new IllegalArgumentException("limit must be between 1 and 100");
        }
        List<String> jobs = catalog.definitions().stream().map(JobDefinition::name).toList();
        if (job != null && !jobs.contains(job)) {
            throw new UnknownJobException(job, jobs);
        }
        if (status != null) {
            BatchStatus.valueOf(status);
        }
        if (jobs.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT E.JOB_EXECUTION_ID FROM BATCH_JOB_EXECUTION E
                JOIN BATCH_JOB_INSTANCE I ON I.JOB_INSTANCE_ID = E.JOB_INSTANCE_ID
                WHERE I.JOB_NAME IN (:jobs) AND (:status = '' OR E.STATUS = :status)
                ORDER BY E.JOB_EXECUTION_ID DESC FETCH FIRST :limit ROWS ONLY""")
            .param("jobs", (job != null) ? List.of(job) : jobs)
            .param("status", (status != null) ? status : "")
            .param("limit", limit)
            .query(Long.class)
            .list()
            .stream()
            .map(this::find)
            .flatMap(Optional::stream)
            .map(this::view)
            .toList();
    }

    /**
     * The executions of Respondo's jobs running now (on any instance sharing the job repository).
     */
    public List<ExecutionView> running() {
        return catalog.definitions()
            .stream()
            .flatMap(definition -> jobRepository.findRunningJobExecutions(definition.name()).stream())
            .sorted(Comparator.comparingLong(JobExecution::getId))
            .map(execution -> find(execution.getId()))
            .flatMap(Optional::stream)
            .map(this::view)
            .toList();
    }

    /**
     * The latest executions of Respondo's jobs that ended FAILED, STOPPED or UNKNOWN, newest first.
     */
    public List<ExecutionView> recentUnsuccessful(int limit) {
        List<String> jobs = catalog.definitions().stream().map(JobDefinition::name).toList();
        if (jobs.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT E.JOB_EXECUTION_ID FROM BATCH_JOB_EXECUTION E
                JOIN BATCH_JOB_INSTANCE I ON I.JOB_INSTANCE_ID = E.JOB_INSTANCE_ID
                WHERE I.JOB_NAME IN (:jobs) AND E.STATUS IN ('FAILED', 'STOPPED', 'UNKNOWN')
                ORDER BY E.JOB_EXECUTION_ID DESC FETCH FIRST :limit ROWS ONLY""")
            .param("jobs", jobs)
            .param("limit", limit)
            .query(Long.class)
            .list()
            .stream()
            .map(this::find)
            .flatMap(Optional::stream)
            .map(this::view)
            .toList();
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
        List<StepExecution> all = execution.getStepExecutions()
            .stream()
            .sorted(Comparator.comparingLong(StepExecution::getId))
            .toList();
        List<StepExecution> managers = all.stream().filter(step -> !isPartition(step)).toList();
        List<ExecutionView.StepView> steps = managers.stream().map(manager -> step(manager, partitions(all, manager))).toList();
        return new ExecutionView(execution.getId(), job, execution.getStatus().name(),
                execution.getExitStatus().getExitCode(), oneLine(execution.getExitStatus().getExitDescription()),
                LaunchParameters.tenants(execution.getJobParameters()),
                execution.getJobParameters().getString(LaunchParameters.TRIGGER),
                LaunchParameters.dryRun(execution.getJobParameters()), time(execution.getStartTime()),
                time(execution.getEndTime()), progress(execution, steps), steps, errors(all));
    }

    private ExecutionView.Progress progress(JobExecution execution, List<ExecutionView.StepView> steps) {
        int total = catalog.definition(execution.getJobInstance().getJobName())
            .map(definition -> definition.steps().size())
            .orElse(steps.size());
        long done = steps.stream().mapToLong(ExecutionView.StepView::done).sum();
        long found = steps.stream().mapToLong(ExecutionView.StepView::found).sum();
        int completed = (int) steps.stream().filter(step -> step.status().equals("COMPLETED")).count();
        double share = steps.stream()
            .filter(step -> !step.status().equals("COMPLETED") && BatchStatus.valueOf(step.status()).isRunning())
            .mapToDouble(step -> (step.found() > 0) ? (double) step.done() / step.found() : 0)
            .sum();
        int percent = (execution.getStatus() == BatchStatus.COMPLETED) ? 100
                : (int) Math.min(99, Math.floor(100 * (completed + share) / Math.max(1, total)));
        return new ExecutionView.Progress(done, found, completed, total, percent);
    }

    private static List<StepExecution> partitions(List<StepExecution> all, StepExecution manager) {
        return all.stream().filter(worker -> worker.getStepName().startsWith(manager.getStepName() + ":")).toList();
    }

    private static ExecutionView.StepView step(StepExecution step, List<StepExecution> workers) {
        List<ExecutionView.PartitionView> partitions = workers.stream().map(JobHistory::partition).toList();
        long done = workers.isEmpty() ? done(step) : partitions.stream().mapToLong(ExecutionView.PartitionView::done).sum();
        long found = workers.isEmpty() ? found(step)
                : partitions.stream().mapToLong(ExecutionView.PartitionView::found).sum();
        long inFlight = workers.isEmpty() ? StepProgress.inFlight(step)
                : partitions.stream().mapToLong(ExecutionView.PartitionView::inFlight).sum();
        return new ExecutionView.StepView(step.getStepName(), step.getStatus().name(), step.getReadCount(),
                step.getWriteCount(), step.getSkipCount(), step.getFilterCount(), done, found, inFlight,
                time(step.getStartTime()), time(step.getEndTime()), oneLine(step.getExitStatus().getExitDescription()),
                partitions);
    }

    private static ExecutionView.PartitionView partition(StepExecution worker) {
        return new ExecutionView.PartitionView(tenant(worker), worker.getStatus().name(), worker.getReadCount(),
                worker.getWriteCount(), worker.getSkipCount(), worker.getFilterCount(), done(worker),
                found(worker), StepProgress.inFlight(worker));
    }

    private static long done(StepExecution step) {
        return step.getReadCount() + step.getReadSkipCount();
    }

    private static long found(StepExecution step) {
        long done = done(step);
        return (step.getStatus() == BatchStatus.COMPLETED) ? done : Math.max(done, StepProgress.found(step));
    }

    private static List<ExecutionView.ErrorView> errors(List<StepExecution> all) {
        List<ExecutionView.ErrorView> partitionErrors = all.stream()
            .filter(JobHistory::isPartition)
            .flatMap(worker -> error(worker, tenant(worker)))
            .toList();
        if (!partitionErrors.isEmpty()) {
            return partitionErrors;
        }
        return all.stream().flatMap(step -> error(step, null)).toList();
    }

    private static Stream<ExecutionView.ErrorView> error(StepExecution step, @Nullable String tenant) {
        BatchStatus status = step.getStatus();
        String description = step.getExitStatus().getExitDescription();
        if ((status != BatchStatus.FAILED && status != BatchStatus.STOPPED && status != BatchStatus.UNKNOWN)
                || description.isBlank()) {
            return Stream.empty();
        }
        String name = step.getStepName();
        String stepName = isPartition(step) ? name.substring(0, name.indexOf(':')) : name;
        return Stream.of(new ExecutionView.ErrorView(stepName, tenant, status.name(), reason(description)));
    }

    /**
     * An exit description on one line, at most {@value #MAX_DESCRIPTION} characters: Spring Batch stores the whole
     * stack trace of a failure there, and operators (and the admin API's answers) need its causes, not the trace
     * (which also names Respondo's classes and may carry what an upstream service echoed). Keeps every line that is
     * not a stack frame (the exception and message, each "Caused by:", the failed partitions' descriptions a
     * manager step adds), joined by " | ".
     */
    private static String oneLine(@Nullable String description) {
        if (description == null) {
            return "";
        }
        String line = description.lines()
            .map(String::strip)
            .filter(candidate -> !candidate.isEmpty() && !FRAME.matcher(candidate).matches())
            .collect(Collectors.joining(" | "));
        return (line.length() <= MAX_DESCRIPTION) ? line : line.substring(0, MAX_DESCRIPTION - 1) + "…";
    }

    /**
     * The root cause's line of a stack trace (its last "Caused by:"), else the description's first line.
     */
    private static String reason(String description) {
        List<String> lines = description.strip().lines().map(String::strip).toList();
        String line = lines.stream()
            .filter(candidate -> candidate.startsWith(CAUSED_BY))
            .reduce((first, second) -> second)
            .map(cause -> cause.substring(CAUSED_BY.length()).strip())
            .orElse(lines.isEmpty() ? "" : lines.get(0));
        return (line.length() <= MAX_REASON) ? line : line.substring(0, MAX_REASON - 1) + "…";
    }

    private static boolean isPartition(StepExecution step) {
        return step.getStepName().contains(":");
    }

    private static String tenant(StepExecution worker) {
        String name = worker.getStepName();
        return worker.getExecutionContext().getString(Partition.TENANT, name.substring(name.indexOf(':') + 1));
    }

    private static @Nullable OffsetDateTime time(@Nullable LocalDateTime time) {
        // Spring Batch stores local date-times of the JVM's zone.
        return (time != null) ? time.atZone(ZoneId.systemDefault()).toOffsetDateTime() : null;
    }
}
