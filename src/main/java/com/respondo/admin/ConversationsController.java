package com.respondo.admin;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.respondo.ledger.ConversationFilter;
import com.respondo.ledger.DecisionTrace;
import com.respondo.ledger.LedgerAction;
import com.respondo.ledger.LedgerEntry;
import com.respondo.ledger.LedgerQueries;
import com.respondo.llm.LlmUsage;
import com.respondo.llm.LlmUsageRepository;
import com.respondo.outcomes.LlmCallCosts;
import com.respondo.outcomes.OutcomeReport;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Finding conversations (by id, protocol, customer, outcome, reason), and what Respondo did in one conversation: each
 * action from the reply ledger (text, decision, status, timestamps) with the LLM calls that led to it, the decision
 * trace (the customer's messages, the prompt's version, the raw answer, tokens and cost of each decision), the token
 * totals, the customer data collected from it, and the note the newest hand-off left for the person taking over.
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

    private final ObjectProvider<LlmCallCosts> costs;

    ConversationsController(LedgerQueries ledger, LlmUsageRepository usage,
            ObjectProvider<CollectedDataQuery> collected, ObjectProvider<LlmCallCosts> costs) {
        this.ledger = ledger;
        this.usage = usage;
        this.collected = collected;
        this.costs = costs;
    }

    @GetMapping
    @Operation(summary = "Find conversations: by conversation id, protocol, customer name or phone; by outcome and reason",
            description = "Each conversation comes with its newest reply-ledger entry, its outcome so far. The "
                    + "text q matches the start of the conversation id, its protocol number (TempBox's "
                    + "AutonumeracaoEmpresa, as the decision trace recorded it), or the customer name or phone "
                    + "collected from it (when this application collects data).")
    @ApiResponse(responseCode = "200", description = "the conversations, most recently changed first")
    @ApiResponse(responseCode = "400", description = "an unknown outcome, or a limit outside 1 to 500")
    Mono<List<ConversationOutcome>> search(
            @Parameter(description = "the start of a conversation id, a protocol number, a customer name or phone")
            @RequestParam(required = false) @Nullable String q,
            @Parameter(description = "the newest action: REPLY, HANDOFF, CANNED, GREETING, SCHEDULE, CLOSE, DEFER...")
            @RequestParam(required = false) @Nullable LedgerAction outcome,
            @Parameter(description = "text the decision's reason contains (e.g. a hand-off reason)")
            @RequestParam(required = false) @Nullable String reason,
            @Parameter(description = "one tenant id") @RequestParam(required = false) @Nullable String tenant,
            @Parameter(description = "how many, 1 to 500") @RequestParam(defaultValue = "50") int limit) {
        if (limit < 1 || limit > ConversationFilter.MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + ConversationFilter.MAX_LIMIT);
        }
        return BlockingWorkRunner.call(() -> {
            String text = (q != null && !q.isBlank()) ? q.strip() : null;
            CollectedDataQuery store = collected.getIfAvailable();
            List<String> customers = new ArrayList<>();
            if (text != null) {
                customers.addAll(ledger.conversationsWithProtocol(text, ConversationFilter.MAX_LIMIT));
            }
            if (text != null && store != null) {
                customers.addAll(store.conversationsMatching(text, ConversationFilter.MAX_LIMIT));
            }
            boolean byReason = reason != null && !reason.isBlank();
            ConversationFilter filter = new ConversationFilter(null, tenant, text, customers, outcome,
                    byReason ? ConversationFilter.MAX_LIMIT : limit);
            return ledger.latestPerConversation(filter)
                .stream()
                .map(ConversationOutcome::of)
                .filter(conversation -> !byReason || conversation.hasReason(reason))
                .limit(limit)
                .toList();
        });
    }

    @GetMapping("/{atendimento}")
    @Operation(summary = "Each action in the conversation (text, decision, status, times, tokens), each decision's "
            + "trace (customer text, prompt and version, raw LLM answer, tokens, cost) and the data collected")
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
        List<DecisionTrace> traces = ledger.traces(atendimento);
        if (entries.isEmpty() && calls.isEmpty() && traces.isEmpty() && (data == null || data.isEmpty())) {
            throw new UnknownConversationException(atendimento);
        }
        Map<Long, List<LlmCall>> callsByEntry = attribute(entries, calls);
        List<ActionView> actions = entries.stream()
            .map(entry -> ActionView.of(entry, callsByEntry.getOrDefault(entry.id(), List.of())))
            .toList();
        String tenant = !entries.isEmpty() ? entries.get(0).tenantId()
                : !calls.isEmpty() ? calls.get(0).tenantId()
                : !traces.isEmpty() ? traces.get(0).tenantId() : data.get(0).tenantId();
        Tokens tokens = new Tokens(calls.size(), calls.stream().mapToLong(LlmUsage::promptTokens).sum(),
                calls.stream().mapToLong(LlmUsage::completionTokens).sum());
        LlmCallCosts prices = costs.getIfAvailable();
        List<DecisionView> decisions = traces.stream().map(trace -> DecisionView.of(trace, prices)).toList();
        String protocol = traces.stream()
            .map(DecisionTrace::protocol)
            .filter(number -> number != null)
            .reduce((first, last) -> last)
            .orElse(null);
        return new ConversationView(atendimento, tenant, protocol, dossier(entries), actions, decisions, tokens,
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
     * @param protocol its protocol number as TempBox numbers it ({@code AutonumeracaoEmpresa}), when recorded
     * @param dossier the note the newest hand-off left in the conversation's observations for the person taking
     *     over (reason, summary, what the customer waits for, data given, previous conversations); null when none
     * @param actions what Respondo did, oldest first
     * @param decisions each decision acted on, oldest first, with the customer's messages it answered, the text
     *     sent, the prompt and its version, the model's raw answer, its tokens and cost (the decision trace)
     * @param tokens the LLM calls about it, added up
     * @param llmCalls every LLM call about it, oldest first
     * @param collectedData the customer data collected from it; {@code null} when this application has no store
     *     of collected data
     */
    record ConversationView(String atendimento, String tenant, @Nullable String protocol, @Nullable String dossier,
            List<ActionView> actions, List<DecisionView> decisions, Tokens tokens, List<LlmCall> llmCalls,
            @Nullable List<CollectedDataRow> collectedData) {
    }

    /**
     * One decision as the trace recorded it.
     *
     * @param mensagem the customer message it answered
     * @param step the step that decided
     * @param action what it decided
     * @param outcome how acting on it ended
     * @param customerText the customer's messages it answered, one a line
     * @param botText the text sent (or about to be)
     * @param basis RULE, LLM or FALLBACK
     * @param confidence the LLM's confidence
     * @param reason why
     * @param sources the knowledge passages the text cites
     * @param prompt the prompt's name; null when no LLM call led to it
     * @param promptVersion the prompt file and a short hash of its text
     * @param model the model that answered
     * @param rawAnswer the model's raw answer (secrets masked, bounded)
     * @param llmReused whether the call was another step's (its tokens and cost counted there)
     * @param tokens the call's tokens
     * @param cost what the call cost at the configured prices; null when no call or no pricing
     * @param at when it was first recorded
     */
    record DecisionView(String mensagem, String step, String action, String outcome, @Nullable String customerText,
            @Nullable String botText, String basis, @Nullable Double confidence, @Nullable String reason,
            List<String> sources, @Nullable String prompt, @Nullable String promptVersion, @Nullable String model,
            @Nullable String rawAnswer, boolean llmReused, Tokens tokens, @Nullable Cost cost, @Nullable Instant at) {

        static DecisionView of(DecisionTrace trace, @Nullable LlmCallCosts prices) {
            DecisionTrace.Call call = trace.llm();
            Tokens tokens = (call == null) ? new Tokens(0, 0, 0)
                    : new Tokens(1, call.promptTokens(), call.completionTokens());
            Cost cost = (call == null || prices == null) ? null : Cost.of(prices.of(trace.tenantId(), call.model(),
                    1, call.promptTokens(), call.completionTokens(), call.cachedTokens()));
            return new DecisionView(trace.mensagem(), trace.step(), trace.action(), trace.outcome(),
                    trace.customerText(), trace.botText(), trace.basis(), trace.confidence(), trace.reason(),
                    trace.sources(), call == null ? null : call.prompt(), call == null ? null : call.promptVersion(),
                    call == null ? null : call.model(), call == null ? null : call.rawAnswer(),
                    call != null && call.reused(), tokens, cost, trace.createdAt());
        }
    }

    /**
     * What an LLM call cost at the configured per-model prices ({@code respondo.outcomes.prices}).
     *
     * @param currency the tenant's currency
     * @param amount the cost, 4 decimals
     * @param priced false when the model has no configured price (the amount is then 0)
     */
    record Cost(String currency, BigDecimal amount, boolean priced) {

        static Cost of(OutcomeReport.LlmCost cost) {
            return new Cost(cost.currency(), cost.amount(), cost.unpricedModels().isEmpty());
        }
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
