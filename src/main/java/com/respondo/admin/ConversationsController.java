package com.respondo.admin;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.respondo.ledger.LedgerAction;
import com.respondo.ledger.LedgerEntry;
import com.respondo.ledger.LedgerQueries;
import com.respondo.llm.LlmUsage;
import com.respondo.llm.LlmUsageRepository;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What Respondo did in one conversation: each action from the reply ledger (text, decision, status, timestamps)
 * with the LLM calls that led to it, the token totals, the customer data collected from it, and the note the newest
 * hand-off left for the person taking over.
 * <p>
 * An LLM call is attributed to the first action of the same step recorded at or after it (steps ask the model,
 * then record what they decided); calls followed by no action of their step (a dry run, an answer that could not
 * be used) are listed only in the conversation's totals.
 */
@RestController
@RequestMapping(path = "/admin/conversations", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Conversations", description = "What Respondo did in a conversation")
class ConversationsController {

    private final LedgerQueries ledger;

    private final LlmUsageRepository usage;

    private final ObjectProvider<CollectedDataQuery> collected;

    ConversationsController(LedgerQueries ledger, LlmUsageRepository usage,
            ObjectProvider<CollectedDataQuery> collected) {
        this.ledger = ledger;
        this.usage = usage;
        this.collected = collected;
    }

    @GetMapping("/{atendimento}")
    @Operation(summary = "Each action in the conversation (text, decision, status, times, tokens) and the data collected")
    @ApiResponse(responseCode = "200", description = "the conversation")
    @ApiResponse(responseCode = "404", description = "no action, LLM call or collected data for it")
    Mono<ConversationView> conversation(@PathVariable String atendimento) {
        return BlockingWorkRunner.call(() -> view(atendimento));
    }

    private ConversationView view(String atendimento) {
        List<LedgerEntry> entries = ledger.findByConversation(atendimento);
        List<LlmUsage> calls = usage.findByConversation(atendimento);
        CollectedDataQuery store = collected.getIfAvailable();
        List<CollectedDataRow> data = (store != null) ? store.byConversation(atendimento) : null;
        if (entries.isEmpty() && calls.isEmpty() && (data == null || data.isEmpty())) {
            throw new UnknownConversationException(atendimento);
        }
        Map<Long, List<LlmCall>> callsByEntry = attribute(entries, calls);
        List<ActionView> actions = entries.stream()
            .map(entry -> ActionView.of(entry, callsByEntry.getOrDefault(entry.id(), List.of())))
            .toList();
        String tenant = !entries.isEmpty() ? entries.get(0).tenantId()
                : !calls.isEmpty() ? calls.get(0).tenantId() : data.get(0).tenantId();
        Tokens tokens = new Tokens(calls.size(), calls.stream().mapToLong(LlmUsage::promptTokens).sum(),
                calls.stream().mapToLong(LlmUsage::completionTokens).sum());
        return new ConversationView(atendimento, tenant, dossier(entries), actions, tokens,
                calls.stream().map(LlmCall::of).toList(), data);
    }

    /** The note the newest hand-off left for the person taking over, as written in the conversation's observations. */
    private static @Nullable String dossier(List<LedgerEntry> entries) {
        return entries.stream()
            .filter(entry -> entry.action() == LedgerAction.HANDOFF && entry.detail().get("dossier") != null)
            .max(Comparator.comparing(LedgerEntry::createdAt))
            .map(entry -> entry.detail().get("dossier").toString())
            .orElse(null);
    }

    private static Map<Long, List<LlmCall>> attribute(List<LedgerEntry> entries, List<LlmUsage> calls) {
        Map<Long, List<LlmCall>> byEntry = new HashMap<>();
        Map<String, List<LedgerEntry>> entriesByStep = new LinkedHashMap<>();
        entries.stream()
            .sorted(Comparator.comparing(LedgerEntry::createdAt))
            .forEach(entry -> entriesByStep.computeIfAbsent(entry.step(), step -> new ArrayList<>()).add(entry));
        for (LlmUsage call : calls) {
            entriesByStep.getOrDefault(call.step(), List.of())
                .stream()
                .filter(entry -> !entry.createdAt().isBefore(call.createdAt()))
                .findFirst()
                .ifPresent(entry -> byEntry.computeIfAbsent(entry.id(), id -> new ArrayList<>()).add(LlmCall.of(call)));
        }
        return byEntry;
    }

    /**
     * One conversation as Respondo knows it.
     *
     * @param atendimento the TempBox conversation id
     * @param tenant the tenant it belongs to
     * @param dossier the note the newest hand-off left in the conversation's observations for the person taking
     *     over (reason, summary, what the customer waits for, data given, previous conversations); null when none
     * @param actions what Respondo did, oldest first
     * @param tokens the LLM calls about it, added up
     * @param llmCalls every LLM call about it, oldest first
     * @param collectedData the customer data collected from it; {@code null} when this application has no store
     *     of collected data
     */
    record ConversationView(String atendimento, String tenant, @Nullable String dossier, List<ActionView> actions, Tokens tokens,
            List<LlmCall> llmCalls, @Nullable List<CollectedDataRow> collectedData) {
    }

    /**
     * One action of the reply ledger.
     *
     * @param id the ledger entry's id
     * @param mensagem the customer message it answers
     * @param step the step that acted
     * @param action what was done (GREETING, CANNED, REPLY, HANDOFF, SCHEDULE, CLOSE, DEFER, SKIP, REMOTE)
     * @param status where it stands (INTENT, SENT, FAILED, ABANDONED, DEFERRED, SKIPPED)
     * @param text the text sent, or about to be
     * @param decision the decision's details (reason, confidence, target attendant, slot...)
     * @param reason why it was abandoned, deferred or skipped
     * @param error the last posting error
     * @param attempts how many times it was tried
     * @param jobExecutionId the execution that last acted on it
     * @param createdAt when it was first recorded
     * @param updatedAt when it last changed
     * @param sentAt when it was sent
     * @param tokens the tokens of the LLM calls that led to it
     * @param llmCalls those calls
     */
    record ActionView(long id, String mensagem, String step, String action, String status, @Nullable String text,
            Map<String, Object> decision, @Nullable String reason, @Nullable String error, int attempts,
            @Nullable Long jobExecutionId, Instant createdAt, Instant updatedAt, @Nullable Instant sentAt,
            Tokens tokens, List<LlmCall> llmCalls) {

        static ActionView of(LedgerEntry entry, List<LlmCall> calls) {
            return new ActionView(entry.id(), entry.mensagem(), entry.step(), entry.action().name(),
                    entry.status().name(), entry.text(), entry.detail(), entry.reason(), entry.error(),
                    entry.attempts(), entry.jobExecutionId(), entry.createdAt(), entry.updatedAt(), entry.sentAt(),
                    new Tokens(calls.size(), calls.stream().mapToLong(LlmCall::promptTokens).sum(),
                            calls.stream().mapToLong(LlmCall::completionTokens).sum()),
                    calls);
        }
    }

    /**
     * LLM calls added up.
     */
    record Tokens(long calls, long promptTokens, long completionTokens) {
    }

    /**
     * One LLM call.
     */
    record LlmCall(String step, String prompt, String model, int promptTokens, int completionTokens,
            long latencyMs, Instant at) {

        static LlmCall of(LlmUsage usage) {
            return new LlmCall(usage.step(), usage.prompt(), usage.model(), usage.promptTokens(),
                    usage.completionTokens(), usage.latency().toMillis(), usage.createdAt());
        }
    }
}
