package com.respondo.admin;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import com.respondo.tempbox.Tenants;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The customer data Respondo collected, as JSON or, with {@code Accept: text/csv}, as CSV; both streamed from the
 * store a page at a time (each page read off the event loop), so a large export never sits in memory.
 */
@RestController
@RequestMapping("/admin/collected-data")
@Tag(name = "Collected data", description = "Customer data extracted from conversations")
class CollectedDataController {

    static final MediaType TEXT_CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private static final Duration DEFAULT_PERIOD = Duration.ofDays(1);

    static final int PAGE_SIZE = 500;

    private final ObjectProvider<CollectedDataQuery> query;

    private final Tenants tenants;

    CollectedDataController(ObjectProvider<CollectedDataQuery> query, Tenants tenants) {
        this.query = query;
        this.tenants = tenants;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Collected customer data since a moment (JSON array; CSV with Accept: text/csv)")
    Flux<CollectedDataRow> json(
            @Parameter(description = "one tenant id; all tenants when absent")
            @RequestParam(required = false) @Nullable String tenant,
            @Parameter(description = "ISO-8601 date-time with offset; 24 hours ago when absent")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
            @Nullable OffsetDateTime since) {
        return rows(tenant, since);
    }

    @GetMapping(produces = "text/csv")
    @Operation(summary = "Collected customer data since a moment, as CSV (one header line, then one line per row)",
            description = "Every field is quoted; no cell starts a spreadsheet formula (an apostrophe goes before "
                    + "it). With separator=; the file is separated by semicolons and starts with a UTF-8 byte order "
                    + "mark, as Excel in Portuguese opens it.")
    Flux<String> csv(@RequestParam(required = false) @Nullable String tenant,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
            @Nullable OffsetDateTime since,
            @Parameter(description = "',' (RFC 4180, the default) or ';' (Excel pt-BR, with a UTF-8 BOM)")
            @RequestParam(defaultValue = ",") String separator) {
        CollectedDataCsv.Separator chosen = CollectedDataCsv.Separator.of(separator);
        return Flux.concat(Flux.just(CollectedDataCsv.header(chosen)),
                rows(tenant, since).map(row -> CollectedDataCsv.line(chosen, row)));
    }

    private Flux<CollectedDataRow> rows(@Nullable String tenant, @Nullable OffsetDateTime since) {
        CollectedDataQuery store = query.getIfAvailable();
        if (store == null) {
            throw new FeatureUnavailableException("No store of collected data in this application");
        }
        if (tenant != null && tenants.find(tenant).isEmpty()) {
            throw new IllegalArgumentException("Unknown tenant '" + tenant + "'");
        }
        Instant from = (since != null) ? since.toInstant() : Instant.now().minus(DEFAULT_PERIOD);
        return page(store, tenant, from, 0)
            .expand(page -> (page.size() < PAGE_SIZE) ? Mono.empty()
                    : page(store, tenant, from, page.get(page.size() - 1).id()))
            .concatMapIterable(page -> page);
    }

    private static Mono<List<CollectedDataRow>> page(CollectedDataQuery store, @Nullable String tenant, Instant since,
            long afterId) {
        return Mono.fromCallable(() -> store.page(tenant, since, afterId, PAGE_SIZE))
            .subscribeOn(Schedulers.boundedElastic());
    }
}
