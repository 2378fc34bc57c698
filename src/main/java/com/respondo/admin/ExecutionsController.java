package com.respondo.admin;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.respondo.jobs.ExecutionView;
import com.respondo.jobs.JobHistory;
import com.respondo.jobs.JobLaunches;
import com.respondo.jobs.Launch;
import com.respondo.jobs.UnknownExecutionException;
import com.respondo.ledger.ConversationFilter;
import com.respondo.ledger.LedgerEntry;
import com.respondo.ledger.LedgerQueries;
import com.respondo.ledger.LedgerStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The executions: the latest of them, and one execution's status, steps, progress and errors (with the actions whose
 * posting failed, from the reply ledger), the conversations it acted on, and stopping or restarting it.
 */
@RestController
@RequestMapping(path = "/admin/executions", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Executions", description = "Job executions: status, progress, errors, stop and restart")
class ExecutionsController {

    private static final int MAX_FAILED_ACTIONS = 50;

    private final JobHistory history;

    private final JobLaunches launches;

    private final LedgerQueries ledger;

    ExecutionsController(JobHistory history, JobLaunches launches, LedgerQueries ledger) {
        this.history = history;
        this.launches = launches;
        this.ledger = ledger;
    }

    @GetMapping
    @Operation(summary = "The latest executions of Respondo's jobs, newest first, optionally of one job and status")
    @ApiResponse(responseCode = "200", description = "the executions")
    @ApiResponse(responseCode = "400", description = "an unknown status, or a limit outside 1 to 100")
    @ApiResponse(responseCode = "404", description = "no such job")
    Mono<List<ExecutionView>> executions(@Parameter(description = "one job; all jobs when absent")
            @RequestParam(required = false) @Nullable String job,
            @Parameter(description = "one status (STARTED, COMPLETED, FAILED, STOPPED...); all when absent")
            @RequestParam(required = false) @Nullable String status,
            @Parameter(description = "how many, 1 to 100") @RequestParam(defaultValue = "30") int limit) {
        return BlockingWorkRunner.call(() -> history.recent(job, status, limit));
    }

    @GetMapping("/{id}/conversations")
    @Operation(summary = "The conversations an execution acted on, each with its newest entry: the outcome")
    @ApiResponse(responseCode = "200", description = "the conversations, most recently changed first")
    @ApiResponse(responseCode = "400", description = "a limit outside 1 to 500")
    @ApiResponse(responseCode = "404", description = "no execution of Respondo's jobs has that id")
    Mono<List<ConversationOutcome>> conversations(@PathVariable long id,
            @Parameter(description = "how many, 1 to 500") @RequestParam(defaultValue = "200") int limit) {
        return BlockingWorkRunner.call(() -> {
            history.execution(id).orElseThrow(() -> notFound(id));
            return ledger.latestPerConversation(ConversationFilter.ofExecution(id, limit))
                .stream()
                .map(ConversationOutcome::of)
                .toList();
        });
    }

    @GetMapping("/{id}")
    @Operation(summary = "An execution: status, steps (per tenant), progress (items done of found), errors")
    @ApiResponse(responseCode = "200", description = "the execution")
    @ApiResponse(responseCode = "404", description = "no execution of Respondo's jobs has that id")
    Mono<ExecutionDetails> execution(@PathVariable long id) {
        return BlockingWorkRunner.call(() -> details(history.execution(id).orElseThrow(() -> notFound(id))));
    }

    @PostMapping("/{id}/stop")
    @Operation(summary = "Ask a running execution to stop after its current chunk (202; 409 when it is not running)")
    @ApiResponse(responseCode = "202", description = "stop requested: the status now")
    @ApiResponse(responseCode = "404", description = "no execution of Respondo's jobs has that id")
    @ApiResponse(responseCode = "409", description = "the execution is not running")
    Mono<ResponseEntity<StopRequested>> stop(@PathVariable long id) {
        return BlockingWorkRunner.call(() -> ResponseEntity.accepted()
            .location(URI.create("/admin/executions/" + id))
            .body(new StopRequested(id, launches.stop(id))));
    }

    @PostMapping("/{id}/restart")
    @Operation(summary = "Restart a FAILED or STOPPED execution (202 with the new execution; 409 otherwise)")
    @ApiResponse(responseCode = "202", description = "restarted: the new execution")
    @ApiResponse(responseCode = "404", description = "no execution of Respondo's jobs has that id")
    @ApiResponse(responseCode = "409", description = "neither FAILED nor STOPPED, or restarted already")
    Mono<ResponseEntity<Launch>> restart(@PathVariable long id) {
        return BlockingWorkRunner.call(() -> launches.restart(id))
            .map(launch -> ResponseEntity.accepted()
                .location(URI.create("/admin/executions/" + launch.executionId()))
                .body(launch));
    }

    private ExecutionDetails details(ExecutionView execution) {
        Map<String, Map<LedgerStatus, Long>> counts = ledger.countsByStep(execution.id());
        List<DashboardController.FailedAction> failed = ledger.findByJobExecution(execution.id(), LedgerStatus.FAILED, MAX_FAILED_ACTIONS)
            .stream()
            .map(DashboardController.FailedAction::of)
            .toList();
        List<SkippedAction> skipped = ledger.findByJobExecution(execution.id(), LedgerStatus.SKIPPED,
                MAX_FAILED_ACTIONS)
            .stream()
            .map(SkippedAction::of)
            .toList();
        return new ExecutionDetails(execution, StepCounts.of(execution, counts), counts, failed, skipped);
    }

    private static UnknownExecutionException notFound(long id) {
        return new UnknownExecutionException(id);
    }

    /**
     * An execution with what the reply ledger says about it.
     *
     * @param execution the execution (its fields appear at the top level)
     * @param counts each step's read / written / filtered / skipped / failed counts
     * @param actions the reply-ledger entries this execution last acted on, per step and status
     * @param failedActions the actions whose posting failed, with the error (at most 50, latest first)
     * @param skippedActions the customer messages a step skipped as unusable, with the reason (at most 50, latest
     *     first)
     */
    record ExecutionDetails(@JsonUnwrapped ExecutionView execution, List<StepCounts> counts,
            Map<String, Map<LedgerStatus, Long>> actions, List<DashboardController.FailedAction> failedActions,
            List<SkippedAction> skippedActions) {
    }

    /**
     * A customer message a step skipped (a row or conversation it could not use), with the reason.
     */
    record SkippedAction(long ledgerId, String tenant, String atendimento, String mensagem, String step,
            @Nullable String reason, Instant at) {

        static SkippedAction of(LedgerEntry entry) {
            return new SkippedAction(entry.id(), entry.tenantId(), entry.atendimento(), entry.mensagem(),
                    entry.step(), entry.reason(), entry.updatedAt());
        }
    }

    /**
     * The answer to a stop request.
     *
     * @param executionId the execution
     * @param status its status now: STOPPING, or FAILED when no live process ran it any more
     */
    record StopRequested(long executionId, String status) {
    }
}
