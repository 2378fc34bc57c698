package com.respondo.admin;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.Callable;

import com.respondo.jobs.ExecutionView;
import com.respondo.jobs.JobCatalog;
import com.respondo.jobs.JobDefinition;
import com.respondo.jobs.JobHistory;
import com.respondo.jobs.JobLaunches;
import com.respondo.jobs.JobScheduler;
import com.respondo.jobs.Launch;
import com.respondo.jobs.StepDefinition;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Launches jobs on demand and tells what the jobs are and what their executions did. The job repository and the
 * launch lock are blocking JDBC: every call runs on Reactor's bounded elastic scheduler, off the event loop.
 */
@RestController
@RequestMapping(path = "/admin", produces = MediaType.APPLICATION_JSON_VALUE)
class JobsController {

    private final JobCatalog catalog;

    private final JobLaunches launches;

    private final JobHistory history;

    private final JobScheduler scheduler;

    JobsController(JobCatalog catalog, JobLaunches launches, JobHistory history, JobScheduler scheduler) {
        this.catalog = catalog;
        this.launches = launches;
        this.history = history;
        this.scheduler = scheduler;
    }

    @GetMapping("/jobs")
    Mono<List<JobSummary>> jobs() {
        return blocking(() -> catalog.definitions().stream().map(this::summary).toList());
    }

    @PostMapping("/jobs/{name}/executions")
    Mono<ResponseEntity<Launch>> launch(@PathVariable String name,
            @RequestParam(required = false) @Nullable String tenant) {
        return blocking(() -> launches.launch(name, tenant)).map(launch -> ResponseEntity.accepted()
            .location(URI.create("/admin/executions/" + launch.executionId()))
            .body(launch));
    }

    @GetMapping("/executions/{id}")
    Mono<ExecutionView> execution(@PathVariable long id) {
        return blocking(() -> history.execution(id).orElseThrow(() -> new ExecutionNotFoundException(id)));
    }

    private JobSummary summary(JobDefinition job) {
        Duration fixedDelay = job.schedule().fixedDelay();
        return new JobSummary(job.name(), job.description(),
                new ScheduleView(job.schedule().cron(), (fixedDelay != null) ? fixedDelay.toString() : null),
                job.enabled(), job.tenants(), job.steps().stream().map(StepSummary::of).toList(), job.chunkSize(),
                job.concurrency(), scheduler.nextRun(job.name()).orElse(null),
                history.lastExecution(job.name()).map(LastExecution::of).orElse(null));
    }

    private static <T> Mono<T> blocking(Callable<T> work) {
        return Mono.fromCallable(work).subscribeOn(Schedulers.boundedElastic());
    }

    /**
     * One job, as {@code GET /admin/jobs} lists it.
     */
    record JobSummary(String name, String description, ScheduleView schedule, boolean enabled, List<String> tenants,
            List<StepSummary> steps, int chunkSize, int concurrency, @Nullable Instant nextRun,
            @Nullable LastExecution lastExecution) {
    }

    /**
     * A job's schedule: a cron expression or an ISO-8601 fixed delay (e.g. {@code PT15S}).
     */
    record ScheduleView(@Nullable String cron, @Nullable String fixedDelay) {
    }

    /**
     * One step of a job and its mode ({@code local} or {@code remote}).
     */
    record StepSummary(String name, String mode) {

        static StepSummary of(StepDefinition step) {
            return new StepSummary(step.name(), step.mode().yamlName());
        }
    }

    /**
     * The most recent execution of a job.
     */
    record LastExecution(long id, String status, List<String> tenants, @Nullable String trigger,
            @Nullable OffsetDateTime startTime, @Nullable OffsetDateTime endTime) {

        static LastExecution of(ExecutionView execution) {
            return new LastExecution(execution.id(), execution.status(), execution.tenants(), execution.trigger(),
                    execution.startTime(), execution.endTime());
        }
    }
}
