package com.respondo.admin;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import com.respondo.jobs.ExecutionPage;
import com.respondo.jobs.ExecutionView;
import com.respondo.jobs.JobCatalog;
import com.respondo.jobs.JobDefinition;
import com.respondo.jobs.JobHistory;
import com.respondo.jobs.JobLaunches;
import com.respondo.jobs.JobScheduler;
import com.respondo.jobs.Launch;
import com.respondo.jobs.StepDefinition;
import com.respondo.ledger.LedgerQueries;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.UnsupportedMediaTypeStatusException;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * The jobs: what they are, their schedule switch, launching them now and their history. The job repository and
 * the launch lock are blocking JDBC: every call runs off the event loop.
 */
@RestController
@RequestMapping(path = "/admin/jobs", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Jobs", description = "Respondo's jobs (jobs/*.yml): list, launch, pause, history")
class JobsController {

    private final JobCatalog catalog;

    private final JobLaunches launches;

    private final JobHistory history;

    private final JobScheduler scheduler;

    private final LedgerQueries ledger;

    JobsController(JobCatalog catalog, JobLaunches launches, JobHistory history, JobScheduler scheduler,
            LedgerQueries ledger) {
        this.catalog = catalog;
        this.launches = launches;
        this.history = history;
        this.scheduler = scheduler;
        this.ledger = ledger;
    }

    @GetMapping
    @Operation(summary = "Every job with its schedule, whether it is enabled, its next run and its last execution")
    Mono<List<JobSummary>> jobs() {
        return BlockingWorkRunner.call(() -> catalog.definitions().stream().map(this::summary).toList());
    }

    @PostMapping("/{name}/executions")
    @Operation(summary = "Launch a job now (202 with the execution; 409 while it runs for one of the tenants)",
            description = "A dry run decides but posts nothing: no TempBox change, no reply-ledger entry. The "
                    + "parameters go in the query string; a request with a body (a form, JSON) is refused with 415, "
                    + "so that a dry run asked for in a body never starts a live run.")
    @ApiResponse(responseCode = "202", description = "launched: the execution")
    @ApiResponse(responseCode = "400", description = "a tenant the job does not serve")
    @ApiResponse(responseCode = "404", description = "no such job")
    @ApiResponse(responseCode = "409", description = "the job runs already for one of the tenants")
    @ApiResponse(responseCode = "415", description = "the request has a body")
    @ApiResponse(responseCode = "503", description = "Respondo is shutting down")
    Mono<ResponseEntity<Launch>> launch(@PathVariable String name,
            @Parameter(description = "one tenant id; all the job's tenants when absent")
            @RequestParam(required = false) @Nullable String tenant,
            @Parameter(description = "decide without posting anything")
            @RequestParam(defaultValue = "false") boolean dryRun, ServerHttpRequest request) {
        refuseBody(request);
        return BlockingWorkRunner.call(() -> launches.launch(name, tenant, dryRun))
            .map(launch -> ResponseEntity.accepted()
                .location(URI.create("/admin/executions/" + launch.executionId()))
                .body(launch));
    }

    /**
     * Refuses a launch that carries a body: WebFlux binds {@code @RequestParam} from the query string only, so the
     * {@code dryRun=true} of a form body used to be ignored and the job ran live, on every tenant. A Content-Type
     * without a body is harmless and allowed.
     */
    private static void refuseBody(ServerHttpRequest request) {
        HttpHeaders headers = request.getHeaders();
        if (headers.getContentLength() > 0 || headers.containsHeader(HttpHeaders.TRANSFER_ENCODING)) {
            throw new UnsupportedMediaTypeStatusException(
                    "A launch takes its parameters (tenant, dryRun) in the query string, not in a body");
        }
    }

    @GetMapping("/{name}/executions")
    @Operation(summary = "A job's executions, newest first, a page at a time")
    @ApiResponse(responseCode = "200", description = "the page")
    @ApiResponse(responseCode = "404", description = "no such job")
    Mono<ExecutionPage> executions(@PathVariable String name,
            @Parameter(description = "page number, from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "executions per page, 1 to 100") @RequestParam(defaultValue = "20") int size) {
        return BlockingWorkRunner.call(() -> history.executions(name, page, size));
    }

    @PutMapping(path = "/{name}/enabled", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Pause (false) or resume (true) a job's schedule while Respondo runs",
            description = "On-demand launches work either way. The switch is stored in the database: every "
                    + "instance sharing it follows it, and it outlasts restarts (a job never switched follows its "
                    + "job file's 'enabled').")
    @ApiResponse(responseCode = "200", description = "the job with its switch")
    @ApiResponse(responseCode = "404", description = "no such job")
    Mono<JobSummary> enable(@PathVariable String name, @RequestBody @Valid Switch body) {
        return BlockingWorkRunner.call(() -> {
            scheduler.setEnabled(name, body.enabled());
            // setEnabled refused an unknown job already.
            return summary(catalog.definition(name).orElseThrow());
        });
    }

    private JobSummary summary(JobDefinition job) {
        Duration fixedDelay = job.schedule().fixedDelay();
        return new JobSummary(job.name(), job.description(),
                new ScheduleView(job.schedule().cron(), (fixedDelay != null) ? fixedDelay.toString() : null),
                scheduler.isEnabled(job.name()), job.tenants(), job.steps().stream().map(StepSummary::of).toList(),
                job.chunkSize(), job.concurrency(), scheduler.nextRun(job.name()).orElse(null),
                history.lastExecution(job.name()).map(this::lastExecution).orElse(null));
    }

    private LastExecution lastExecution(ExecutionView execution) {
        return new LastExecution(execution.id(), execution.status(), execution.running(), execution.tenants(),
                execution.trigger(), execution.dryRun(), execution.startTime(), execution.endTime(),
                execution.progress(), StepCounts.of(execution, ledger.countsByStep(execution.id())),
                execution.errors().size());
    }

    /**
     * The body of {@code PUT /admin/jobs/{name}/enabled}.
     *
     * @param enabled whether the schedule is active
     */
    record Switch(@NotNull Boolean enabled) {
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
     * The most recent execution of a job, with what each step did.
     */
    record LastExecution(long id, String status, boolean running, List<String> tenants, @Nullable String trigger,
            boolean dryRun, @Nullable OffsetDateTime startTime, @Nullable OffsetDateTime endTime,
            ExecutionView.Progress progress, List<StepCounts> steps, int errors) {
    }
}
