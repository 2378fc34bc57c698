package com.respondo.admin;

import com.respondo.knowledge.IndexingReport;
import com.respondo.knowledge.KnowledgeBase;
import com.respondo.knowledge.TenantKnowledge;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import reactor.core.publisher.Mono;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The tenants' knowledge: what is indexed from their folders, and indexing a folder again now. Reading files and
 * writing the index block: every call runs off the event loop.
 */
@RestController
@RequestMapping(path = "/admin/knowledge", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Knowledge", description = "The tenants' documents as indexed for the answers (respondo.knowledge.dir)")
class KnowledgeController {

    private final KnowledgeBase knowledge;

    KnowledgeController(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    @GetMapping
    @Operation(summary = "A tenant's indexed documents, their passages and the last indexing")
    @ApiResponse(responseCode = "200", description = "the tenant's knowledge")
    @ApiResponse(responseCode = "400", description = "an unknown tenant")
    Mono<TenantKnowledge> knowledge(@Parameter(description = "the tenant id") @RequestParam String tenant) {
        return BlockingWorkRunner.call(() -> knowledge.describe(tenant));
    }

    @PostMapping("/{tenant}/reindex")
    @Operation(summary = "Read every file of the tenant's folder again and rebuild its index now",
            description = "Files also are checked by content hash every respondo.knowledge.check-interval; this "
                    + "reads them all at once, changed or not.")
    @ApiResponse(responseCode = "200", description = "what was added, changed, removed or could not be read")
    @ApiResponse(responseCode = "400", description = "an unknown tenant")
    Mono<IndexingReport> reindex(@PathVariable String tenant) {
        return BlockingWorkRunner.call(() -> knowledge.reindex(tenant));
    }
}
