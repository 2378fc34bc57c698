package com.respondo.outcomes.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import com.respondo.conversation.Conversation;
import com.respondo.conversation.ConversationLoader;
import com.respondo.conversation.UnusableItemException;
import com.respondo.ledger.LedgerEntry;
import com.respondo.ledger.LedgerQueries;
import com.respondo.llm.LlmUsageRepository;
import com.respondo.outcomes.OutcomeReport;
import com.respondo.outcomes.Outcomes;
import com.respondo.outcomes.SatisfactionSurvey;
import com.respondo.outcomes.definitions.ConversationHistory;
import com.respondo.outcomes.definitions.LlmCosts;
import com.respondo.outcomes.definitions.LlmPrice;
import com.respondo.outcomes.definitions.OutcomeCalculator;
import com.respondo.tempbox.ListarRecentesRequest;
import com.respondo.tempbox.RecentConversation;
import com.respondo.tempbox.TempBoxClient;
import com.respondo.tempbox.TempBoxConversationNotFoundException;
import com.respondo.tempbox.Tenant;
import com.respondo.tempbox.Tenants;

/**
 * The outcomes read from the ledger (the conversations touched and everything recorded about them), the LLM usage
 * (tokens per model) and TempBox: one {@code ListarRecentes} for the closing times, then for each conversation its
 * messages ({@code ListarMensagensAtendimento}) and state ({@code Consultar}), unless the {@link ConversationReadCache}
 * still holds them. Read-only: never a changing call. The verdicts are judged at the application's clock; the last 24
 * hours are those of the ledger's clock (the wall clock), which dates the conversations touched: in the sandbox,
 * moving the sandbox clock three days on shows the same actions with their 72-hour windows over.
 */
final class TempBoxOutcomes implements Outcomes {

    private static final Duration LAST_DAY = Duration.ofHours(24);

    private final LedgerQueries ledger;
    private final LlmUsageRepository usage;
    private final TempBoxClient client;
    private final Tenants tenants;
    private final SatisfactionSurvey survey;
    private final OutcomesProperties properties;
    private final OutcomeGauges gauges;
    private final ConversationReadCache cache;
    private final Clock clock;
    private final Clock ledgerClock;

    TempBoxOutcomes(LedgerQueries ledger, LlmUsageRepository usage, TempBoxClient client, Tenants tenants,
            SatisfactionSurvey survey, OutcomesProperties properties, OutcomeGauges gauges,
            ConversationReadCache cache, Clock clock, Clock ledgerClock) {
        this.ledgerClock = ledgerClock;
        this.cache = cache;
        this.gauges = gauges;
        this.ledger = ledger;
        this.usage = usage;
        this.client = client;
        this.tenants = tenants;
        this.survey = survey;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public OutcomeReport report(String tenantId, Instant from, Instant to) {
        Tenant tenant = tenants.find(tenantId)
            .orElseThrow(() -> new IllegalArgumentException("Unknown tenant '" + tenantId + "'"));
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("The period is empty: from " + from + " is not before to " + to);
        }
        if (Duration.between(from, to).compareTo(properties.maxPeriod()) > 0) {
            throw new IllegalArgumentException("The period is longer than respondo.outcomes.max-period ("
                    + properties.maxPeriod().toDays() + " days)");
        }
        Instant now = clock.instant();
        Map<String, List<LedgerEntry>> touched = ledger.touchedConversations(tenantId, from, to);
        List<ConversationHistory> histories = new ArrayList<>();
        long unreadable = 0;
        if (!touched.isEmpty()) {
            Reads reads = new Reads(tenant);
            for (Map.Entry<String, List<LedgerEntry>> conversation : touched.entrySet()) {
                if (histories.size() + unreadable >= properties.maxConversations()) {
                    break;
                }
                ConversationHistory history = history(reads, tenant, conversation.getKey(), conversation.getValue());
                if (history == null) {
                    unreadable++;
                }
                else {
                    histories.add(history);
                }
            }
        }
        OutcomesProperties.TenantSettings settings = properties.tenant(tenantId);
        String currency = settings.currency() != null ? settings.currency() : properties.priceCurrency();
        BigDecimal rate = settings.exchangeRate() != null ? settings.exchangeRate() : BigDecimal.ONE;
        List<LlmPrice.ModelUsage> models = usage.totalsByModel(tenantId, from, to)
            .stream()
            .map(totals -> new LlmPrice.ModelUsage(totals.model(), totals.calls(), totals.promptTokens(),
                    totals.completionTokens(), totals.cachedTokens()))
            .toList();
        return OutcomeCalculator.report(tenantId, from, to, now, touched, histories, unreadable,
                LlmCosts.of(models, properties.llmPrices(), currency, rate), survey.asks(tenantId));
    }

    @Override
    public OutcomeReport lastDay(String tenantId) {
        Instant now = ledgerClock.instant();
        OutcomeReport report = report(tenantId, now.minus(LAST_DAY), now);
        gauges.publish(report);
        return report;
    }

    private @Nullable ConversationHistory history(Reads reads, Tenant tenant, String atendimento,
            List<LedgerEntry> entries) {
        ConversationReadCache.Facts facts = cache.get(tenant.id(), atendimento, entries);
        if (facts == null) {
            try {
                Conversation conversation = reads.loader().load(atendimento);
                RecentConversation recent = reads.recent().get(key(atendimento));
                facts = cache.put(tenant.id(), atendimento, conversation.messages(), conversation.closed(),
                        recent != null ? recent.terminoAtendimento() : null);
            }
            catch (UnusableItemException | TempBoxConversationNotFoundException gone) {
                return null;
            }
        }
        return new ConversationHistory(atendimento, tenant.atendente(), facts.messages(), facts.closed(),
                facts.terminoAtendimento(), entries);
    }

    /** One report's TempBox reads: {@code ListarRecentes} once, and only when a conversation is not cached. */
    private final class Reads {

        private final Tenant tenant;

        private final ConversationLoader loader;

        private @Nullable Map<String, RecentConversation> recent;

        Reads(Tenant tenant) {
            this.tenant = tenant;
            this.loader = new ConversationLoader(client, tenant);
        }

        ConversationLoader loader() {
            return loader;
        }

        Map<String, RecentConversation> recent() {
            if (recent == null) {
                recent = new HashMap<>();
                for (RecentConversation row : client.listarRecentes(tenant,
                        new ListarRecentesRequest(properties.recentConversations()))) {
                    if (row.atendimento() != null) {
                        recent.put(key(row.atendimento()), row);
                    }
                }
            }
            return recent;
        }
    }

    private static String key(String atendimento) {
        return atendimento.strip().toLowerCase(Locale.ROOT);
    }
}
