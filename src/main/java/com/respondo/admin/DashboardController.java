package com.respondo.admin;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.respondo.jobs.ExecutionView;
import com.respondo.jobs.JobHistory;
import com.respondo.ledger.LedgerAction;
import com.respondo.ledger.LedgerCount;
import com.respondo.ledger.LedgerEntry;
import com.respondo.ledger.LedgerQueries;
import com.respondo.ledger.LedgerStatus;
import com.respondo.llm.LlmHourlyUsage;
import com.respondo.llm.LlmUsageRepository;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The figures behind the dashboard: answers sent per hour and kind (reply ledger), LLM calls, tokens and latency
 * per hour ({@code llm_usage}), the backlog waiting per tenant and step, the circuit breakers' states and the
 * latest errors.
 */
@RestController
@RequestMapping(path = "/admin", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Dashboard", description = "Figures for the dashboard: answers, LLM usage, breakers, errors")
class DashboardController {

    /** The kinds of answer the charts show, in order. */
    static final List<LedgerAction> ANSWER_KINDS = List.of(LedgerAction.GREETING, LedgerAction.CANNED,
            LedgerAction.REPLY, LedgerAction.HANDOFF, LedgerAction.SCHEDULE, LedgerAction.CLOSE);

    private static final int MAX_HOURS = 24 * 14;

    private final LedgerQueries ledger;

    private final LlmUsageRepository usage;

    private final JobHistory history;

    private final ObjectProvider<CircuitBreakerRegistry> breakers;

    DashboardController(LedgerQueries ledger, LlmUsageRepository usage, JobHistory history,
            ObjectProvider<CircuitBreakerRegistry> breakers) {
        this.ledger = ledger;
        this.usage = usage;
        this.history = history;
        this.breakers = breakers;
    }

    @GetMapping("/stats/answers")
    @Operation(summary = "Answers sent per hour (UTC) and kind: greeting, canned, reply, handoff, schedule, close")
    Mono<AnswersPerHour> answers(@Parameter(description = "how many hours back, 1 to 336")
            @RequestParam(defaultValue = "24") int hours,
            @Parameter(description = "one tenant id; all tenants when absent")
            @RequestParam(required = false) @Nullable String tenant) {
        Instant since = since(hours);
        return BlockingWorkRunner.call(() -> {
            Map<Instant, Map<LedgerAction, Long>> byHour = new TreeMap<>();
            for (LedgerCount count : ledger.hourlyCounts(since)) {
                if (count.status() == LedgerStatus.SENT && ANSWER_KINDS.contains(count.action())
                        && (tenant == null || tenant.equals(count.tenantId()))) {
                    byHour.computeIfAbsent(count.hour(), hour -> new EnumMap<>(LedgerAction.class))
                        .merge(count.action(), count.count(), Long::sum);
                }
            }
            List<HourOfAnswers> rows = byHour.entrySet()
                .stream()
                .map(entry -> new HourOfAnswers(entry.getKey(), entry.getValue()))
                .toList();
            return new AnswersPerHour(since, ANSWER_KINDS, rows);
        });
    }

    @GetMapping("/stats/llm")
    @Operation(summary = "LLM calls, tokens and latency per hour (UTC)")
    Mono<LlmPerHour> llm(@Parameter(description = "how many hours back, 1 to 336")
            @RequestParam(defaultValue = "24") int hours) {
        Instant since = since(hours);
        return BlockingWorkRunner.call(() -> new LlmPerHour(since, usage.hourlyTotals(since)));
    }

    @GetMapping("/breakers")
    @Operation(summary = "The circuit breakers (tempbox-<tenant>, llm) and their states")
    List<BreakerView> breakers() {
        CircuitBreakerRegistry registry = breakers.getIfAvailable();
        if (registry == null) {
            return List.of();
        }
        return registry.getAllCircuitBreakers()
            .stream()
            .sorted(Comparator.comparing(CircuitBreaker::getName))
            .map(BreakerView::of)
            .toList();
    }

    @GetMapping("/backlog")
    @Operation(summary = "What waits per tenant and step: items found and not yet done by the running executions, "
            + "intents not yet confirmed sent, answers deferred to a later run")
    @ApiResponse(responseCode = "200", description = "one row per tenant and step with anything waiting")
    Mono<List<Backlog>> backlog() {
        return BlockingWorkRunner.call(() -> Backlog.of(history.running(), ledger.waiting()));
    }

    @GetMapping("/errors")
    @Operation(summary = "The latest executions that did not complete and the latest actions whose posting failed")
    Mono<LatestErrors> errors(@Parameter(description = "how many of each, 1 to 100")
            @RequestParam(defaultValue = "10") int limit) {
        if (limit < 1 || limit > 100) {
            throw new IllegalArgumentException("limit must be between 1 and 100");
        }
        return BlockingWorkRunner.call(() -> new LatestErrors(
                history.recentUnsuccessful(limit).stream().map(FailedExecution::of).toList(),
                ledger.latest(LedgerStatus.FAILED, limit).stream().map(FailedAction::of).toList()));
    }

    private static Instant since(int hours) {
        if (hours < 1 || hours > MAX_HOURS) {
            throw new IllegalArgumentException("hours must be between 1 and " + MAX_HOURS);
        }
        return Instant.now().truncatedTo(ChronoUnit.HOURS).minus(hours - 1L, ChronoUnit.HOURS);
    }

    /**
     * Answers sent per hour.
     *
     * @param since the first hour
     * @param kinds the kinds counted, in chart order
     * @param hours the hours with answers, oldest first (hours without any are left out)
     */
    record AnswersPerHour(Instant since, List<LedgerAction> kinds, List<HourOfAnswers> hours) {
    }

    /**
     * One hour's answers by kind.
     */
    record HourOfAnswers(Instant hour, Map<LedgerAction, Long> counts) {
    }

    /**
     * LLM usage per hour.
     *
     * @param since the first hour
     * @param hours the hours with calls, oldest first
     */
    record LlmPerHour(Instant since, List<LlmHourlyUsage> hours) {
    }

    /**
     * A circuit breaker.
     *
     * @param name its name ({@code tempbox-<tenant>}, {@code llm})
     * @param state CLOSED, OPEN, HALF_OPEN, DISABLED, FORCED_OPEN, METRICS_ONLY
     * @param failureRate the failure rate in percent, or -1 while too few calls were recorded
     * @param slowCallRate the slow-call rate in percent, or -1
     * @param bufferedCalls calls in the sliding window
     * @param failedCalls failed calls in the window
     * @param notPermittedCalls calls refused while open
     */
    record BreakerView(String name, String state, float failureRate, float slowCallRate, int bufferedCalls,
            int failedCalls, long notPermittedCalls) {

        static BreakerView of(CircuitBreaker breaker) {
            CircuitBreaker.Metrics metrics = breaker.getMetrics();
            return new BreakerView(breaker.getName(), breaker.getState().name(), metrics.getFailureRate(),
                    metrics.getSlowCallRate(), metrics.getNumberOfBufferedCalls(), metrics.getNumberOfFailedCalls(),
                    metrics.getNumberOfNotPermittedCalls());
        }
    }

    /**
     * The latest errors.
     */
    record LatestErrors(List<FailedExecution> executions, List<FailedAction> actions) {
    }

    /**
     * An execution that did not complete, and why.
     */
    record FailedExecution(long id, String job, String status, List<String> tenants, @Nullable Instant endTime,
            List<ExecutionView.ErrorView> errors) {

        static FailedExecution of(ExecutionView execution) {
            return new FailedExecution(execution.id(), execution.job(), execution.status(), execution.tenants(),
                    (execution.endTime() != null) ? execution.endTime().toInstant() : null, execution.errors());
        }
    }

    /**
     * An action whose posting failed.
     */
    record FailedAction(long ledgerId, String tenant, String atendimento, String step, String action,
            @Nullable String error, int attempts, Instant at) {

        static FailedAction of(LedgerEntry entry) {
            return new FailedAction(entry.id(), entry.tenantId(), entry.atendimento(), entry.step(),
                    entry.action().name(), entry.error(), entry.attempts(), entry.updatedAt());
        }
    }
}
