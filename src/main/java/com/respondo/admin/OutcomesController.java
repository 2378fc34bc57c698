package com.respondo.admin;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

import com.respondo.outcomes.OutcomeReport;
import com.respondo.outcomes.Outcomes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * How well Respondo serves a tenant over a period: conversations touched, automated resolution, hand-offs by reason,
 * containment, time to first answer, LLM cost and CSAT ({@code src/site/markdown/outcomes.md} defines each). Computed
 * on each request from the ledger, the LLM usage and TempBox's reads; the last 24 hours (no {@code from} nor
 * {@code to}) also refresh the {@code respondo.outcomes.*} gauges.
 */
@RestController
@RequestMapping(path = "/admin/outcomes", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Outcomes", description = "Resolution, containment, hand-offs, first answer, LLM cost and CSAT")
class OutcomesController {

    private static final Duration DEFAULT_PERIOD = Duration.ofHours(24);

    private final Outcomes outcomes;

    OutcomesController(Outcomes outcomes) {
        this.outcomes = outcomes;
    }

    @GetMapping
    @Operation(summary = "The outcomes of one tenant over a period (the last 24 hours by default)",
            description = "Reads the ledger, the LLM usage and, for each conversation touched in the period, its "
                    + "messages and state from TempBox (read-only operations).")
    @ApiResponse(responseCode = "200", description = "the outcomes")
    @ApiResponse(responseCode = "400", description = "unknown tenant, or a period that is empty or too long")
    @ApiResponse(responseCode = "502", description = "TempBox could not be read")
    Mono<OutcomeReport> outcomes(@Parameter(description = "the tenant id") @RequestParam String tenant,
            @Parameter(description = "ISO-8601 date-time with offset, inclusive; 24 hours before to when absent")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
            @Nullable OffsetDateTime from,
            @Parameter(description = "ISO-8601 date-time with offset, exclusive; now when absent")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
            @Nullable OffsetDateTime to) {
        return BlockingWorkRunner.call(() -> {
            if (from == null && to == null) {
                return outcomes.lastDay(tenant);
            }
            Instant end = to != null ? to.toInstant() : Instant.now();
            Instant start = from != null ? from.toInstant() : end.minus(DEFAULT_PERIOD);
            return outcomes.report(tenant, start, end);
        });
    }
}
