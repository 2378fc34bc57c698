package com.respondo.replies.policy;

import java.time.Clock;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import com.respondo.conversation.Conversation;
import com.respondo.conversation.HistoryWindow;
import com.respondo.conversation.PtBr;
import com.respondo.conversation.ReplySettings;
import com.respondo.conversation.TenantProfile;
import com.respondo.conversation.UntrustedText;
import com.respondo.privacy.PiiMasker;

/**
 * The variables of the reply prompts ({@code prompts/initial-response.st}, {@code bot-choice.st},
 * {@code ai-reply.st}, {@code follow-up-nudge.st}), named as the prompt files name them. The system-part variables ({@code company},
 * {@code companyContext}, {@code businessHours}, {@code cannedMessages}) depend only on the tenant and its canned
 * list, so the system prompt is byte-identical from call to call and the provider's prompt cache works; everything
 * the customer wrote enters only as the user-part variables, cleaned, within the token budget, and with its PII
 * masked when the tenant asks for it ({@link TenantProfile#maskPiiForLlm()}).
 */
public final class ReplyPrompts {

    public static final String COMPANY = "company";
    public static final String COMPANY_CONTEXT = "companyContext";
    public static final String BUSINESS_HOURS = "businessHours";
    public static final String CANNED_MESSAGES = "cannedMessages";
    public static final String OPEN_NOW = "openNow";
    public static final String CUSTOMER_NAME = "customerName";
    public static final String CHANNEL = "channel";
    public static final String GREETING_PERIOD = "greetingPeriod";
    public static final String CUSTOMER_MESSAGES = "customerMessages";
    public static final String HISTORY = "history";
    public static final String NEWEST_MESSAGES = "newestMessages";
    public static final String NOW = "now";
    public static final String AGENDA_SLOTS = "agendaSlots";
    public static final String SOURCES = "sources";

    static final String NO_MESSAGES = "(nenhuma mensagem)";
    private static final int MAX_NAME = 80;

    private final HistoryWindow plain;
    private final HistoryWindow masking;
    private final Clock clock;

    /** Prompts whose conversation text fits the settings' token budget, dated by the clock. */
    public ReplyPrompts(ReplySettings settings, Clock clock) {
        this.plain = new HistoryWindow(settings.historyCharBudget(), false);
        this.masking = new HistoryWindow(settings.historyCharBudget(), true);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * initial-response: company, businessHours, openNow ("sim"/"não"), customerName (or "cliente"), channel,
     * greetingPeriod ("bom dia"/"boa tarde"/"boa noite" in the tenant's zone), customerMessages.
     */
    public Map<String, Object> initialResponse(TenantProfile tenant, Conversation conversation) {
        Instant now = clock.instant();
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(COMPANY, tenant.companyForPrompts());
        variables.put(BUSINESS_HOURS, tenant.businessHours().describe());
        variables.put(OPEN_NOW, tenant.businessHours().isOpenAt(now) ? "sim" : "não");
        variables.put(CUSTOMER_NAME, customerName(tenant, conversation));
        variables.put(CHANNEL, tenant.channel(conversation.plataforma()).name());
        variables.put(GREETING_PERIOD, PtBr.greetingPeriod(now, tenant.zone()));
        variables.put(CUSTOMER_MESSAGES, orNone(window(tenant).burst(conversation)));
        return Collections.unmodifiableMap(variables);
    }

    /** bot-choice: company, cannedMessages (numbered), history, newestMessages (the customer's burst). */
    public Map<String, Object> botChoice(TenantProfile tenant, CannedMenu canned, Conversation conversation) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(COMPANY, tenant.companyForPrompts());
        variables.put(CANNED_MESSAGES, canned.numbered());
        variables.put(HISTORY, orNone(window(tenant).history(conversation, tenant.botAttendantId(), tenant.zone())));
        variables.put(NEWEST_MESSAGES, orNone(window(tenant).burst(conversation)));
        return Collections.unmodifiableMap(variables);
    }

    /**
     * ai-reply: company, companyContext, businessHours, cannedMessages, customerName, channel, now (e.g.
     * "sexta-feira, 29/11/2024 às 14:05"), agendaSlots (numbered, e.g. "1. sex 29/11 às 10:00"), sources (one
     * {@code [id] title} block per knowledge passage, in the user part: they change with each question), history.
     */
    public Map<String, Object> aiReply(TenantProfile tenant, CannedMenu canned, AgendaOptions agenda,
            Conversation conversation) {
        return aiReply(tenant, canned, agenda, KnowledgeSources.none(), conversation);
    }

    /** {@link #aiReply(TenantProfile, CannedMenu, AgendaOptions, Conversation)} giving these knowledge sources. */
    public Map<String, Object> aiReply(TenantProfile tenant, CannedMenu canned, AgendaOptions agenda,
            KnowledgeSources sources, Conversation conversation) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(COMPANY, tenant.companyForPrompts());
        variables.put(COMPANY_CONTEXT, companyContext(tenant));
        variables.put(BUSINESS_HOURS, tenant.businessHours().describe());
        variables.put(CANNED_MESSAGES, canned.numbered());
        variables.put(CUSTOMER_NAME, customerName(tenant, conversation));
        variables.put(CHANNEL, tenant.channel(conversation.plataforma()).name());
        variables.put(NOW, PtBr.dateTime(clock.instant(), tenant.zone()));
        variables.put(AGENDA_SLOTS, agenda.numbered(tenant.zone()));
        variables.put(SOURCES, sources.numbered());
        variables.put(HISTORY, orNone(window(tenant).history(conversation, tenant.botAttendantId(), tenant.zone())));
        return Collections.unmodifiableMap(variables);
    }

    /**
     * follow-up-nudge: company, customerName, channel, now, history (the bot's unanswered message last).
     */
    public Map<String, Object> followUpNudge(TenantProfile tenant, Conversation conversation) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(COMPANY, tenant.companyForPrompts());
        variables.put(CUSTOMER_NAME, customerName(tenant, conversation));
        variables.put(CHANNEL, tenant.channel(conversation.plataforma()).name());
        variables.put(NOW, PtBr.dateTime(clock.instant(), tenant.zone()));
        variables.put(HISTORY, orNone(window(tenant).history(conversation, tenant.botAttendantId(), tenant.zone())));
        return Collections.unmodifiableMap(variables);
    }

    /** The company context as the ai-reply prompt shows it, or a fixed sentence when there is none. */
    static String companyContext(TenantProfile tenant) {
        String context = UntrustedText.clean(tenant.companyContext()).strip();
        return context.isEmpty() ? "(sem informações adicionais)" : context;
    }

    /**
     * The customer's display name, often a phone number on WhatsApp: defused like the messages (the customer chooses
     * it), masked too when the tenant asks.
     */
    static String customerName(TenantProfile tenant, Conversation conversation) {
        String name = conversation.customerName() == null ? ""
                : UntrustedText.defuse(UntrustedText.oneLine(conversation.customerName()));
        if (name.isEmpty()) {
            return "cliente";
        }
        String bounded = UntrustedText.truncate(name, MAX_NAME, "…");
        return tenant.maskPiiForLlm() ? Objects.requireNonNull(PiiMasker.mask(bounded)) : bounded;
    }

    private HistoryWindow window(TenantProfile tenant) {
        return tenant.maskPiiForLlm() ? masking : plain;
    }

    private static String orNone(String text) {
        return text.isEmpty() ? NO_MESSAGES : text;
    }
}
