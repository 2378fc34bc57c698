package com.respondo.admin;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import com.respondo.replay.ReplayReports;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import reactor.core.publisher.Mono;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The replay reports {@code --replay} wrote under the data directory: the newest listed, each one's HTML page (our
 * own rendering, every customer text escaped, served with a policy that runs no script) and its JSON. A report is
 * addressed by its name only; any other name is 404.
 */
@RestController
@RequestMapping("/admin/replays")
@Tag(name = "Replays", description = "The replay reports: Respondo's decisions on past conversations beside what happened")
class ReplaysController {

    /** The page is static: no script, no request elsewhere; its style is inline. */
    static final String PAGE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'";

    private static final int MAX_LIMIT = 200;

    private final ReplayReports reports;

    ReplaysController(ReplayReports reports) {
        this.reports = reports;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The newest replay reports, newest first")
    @ApiResponse(responseCode = "200", description = "the reports (none before the first --replay)")
    @ApiResponse(responseCode = "400", description = "a limit outside 1 to 200")
    Mono<List<ReplayReports.Listed>> list(
            @Parameter(description = "how many, 1 to 200") @RequestParam(defaultValue = "20") int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
        return BlockingWorkRunner.call(() -> reports.newest(limit));
    }

    @GetMapping(path = "/{name}.html", produces = MediaType.TEXT_HTML_VALUE)
    @Operation(summary = "A replay report's page")
    @ApiResponse(responseCode = "200", description = "the page")
    @ApiResponse(responseCode = "404", description = "no report of that name")
    Mono<ResponseEntity<Resource>> html(@Parameter(description = "the report's name, e.g. loja-aurora-20261207T130000")
            @PathVariable String name) {
        return BlockingWorkRunner.call(() -> reports.html(name)
            .map(file -> ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .header("Content-Security-Policy", PAGE_POLICY)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(resource(file)))
            .orElseGet(() -> ResponseEntity.notFound().build()));
    }

    @GetMapping(path = "/{name}.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "A replay report's JSON")
    @ApiResponse(responseCode = "200", description = "the report")
    @ApiResponse(responseCode = "404", description = "no report of that name")
    Mono<ResponseEntity<Resource>> json(@Parameter(description = "the report's name") @PathVariable String name) {
        return BlockingWorkRunner.call(() -> reports.json(name)
            .map(file -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(resource(file)))
            .orElseGet(() -> ResponseEntity.notFound().build()));
    }

    private static Resource resource(Path file) {
        return new FileSystemResource(file);
    }
}
