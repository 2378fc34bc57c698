package com.respondo.admin;

import java.util.List;

import com.respondo.knowledge.KnowledgeSuggestions;
import com.respondo.knowledge.Suggestion;
import com.respondo.knowledge.SuggestionStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Suggested knowledge: the draft FAQ entries drawn from handed-off conversations that a person answered and closed,
 * and approving (a Markdown file in the tenant's knowledge folder) or rejecting them. Reading the table and writing
 * files block: every call runs off the event loop.
 */
@RestController
@RequestMapping(path = "/admin/knowledge/suggestions", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Knowledge", description = "The tenants' documents as indexed for the answers (respondo.knowledge.dir)")
class KnowledgeSuggestionsController {

    /** An admin's edit of a suggestion before approving it; a field left out keeps the draft's text. */
    record SuggestionEdit(@Nullable String question, @Nullable String answer) {
    }

    private final KnowledgeSuggestions suggestions;

    KnowledgeSuggestionsController(KnowledgeSuggestions suggestions) {
        this.suggestions = suggestions;
    }

    @GetMapping
    @Operation(summary = "Draft FAQ entries from conversations Respondo handed off and a person answered and closed",
            description = "Newest first; the customer's question and the person's answer with PII masked.")
    Mono<List<Suggestion>> suggestions(
            @Parameter(description = "only this tenant's") @RequestParam(required = false) @Nullable String tenant,
            @Parameter(description = "only in this status") @RequestParam(required = false)
            @Nullable SuggestionStatus status) {
        return BlockingWorkRunner.call(() -> suggestions.list(tenant, status));
    }

    @PostMapping(path = "/{id}/approve", consumes = { MediaType.APPLICATION_JSON_VALUE, MediaType.ALL_VALUE })
    @Operation(summary = "Approve a pending suggestion: written as a Markdown file into the tenant's knowledge folder",
            description = "Writes <respondo.knowledge.dir>/<tenant>/sugestoes/<slug>.md (never over an existing "
                    + "file) and indexes the tenant's folder again. An optional JSON body edits the question and the "
                    + "answer first. 404 for an unknown id; 409 when it is decided already or there is no knowledge "
                    + "folder.")
    @ApiResponse(responseCode = "200", description = "the approved suggestion")
    @ApiResponse(responseCode = "404", description = "no such suggestion")
    @ApiResponse(responseCode = "409", description = "decided already, or no knowledge folder")
    Mono<Suggestion> approve(@PathVariable long id, @RequestBody(required = false) @Nullable SuggestionEdit edit) {
        return BlockingWorkRunner.call(() -> suggestions.approve(id, edit == null ? null : edit.question(),
                edit == null ? null : edit.answer()));
    }

    @PostMapping("/{id}/reject")
    @Operation(summary = "Reject a pending suggestion: it is discarded",
            description = "404 for an unknown id; 409 when it is decided already.")
    @ApiResponse(responseCode = "200", description = "the rejected suggestion")
    @ApiResponse(responseCode = "404", description = "no such suggestion")
    @ApiResponse(responseCode = "409", description = "decided already")
    Mono<Suggestion> reject(@PathVariable long id) {
        return BlockingWorkRunner.call(() -> suggestions.reject(id));
    }
}
