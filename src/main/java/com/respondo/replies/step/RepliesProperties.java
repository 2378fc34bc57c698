package com.respondo.replies.step;

import com.respondo.replies.policy.ReplyLanguage;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import com.respondo.conversation.Channel;
import com.respondo.conversation.Channels;
import com.respondo.conversation.ReplySettings;

/**
 * How the reply steps decide and work ({@code respondo.replies}): the numbers of {@link ReplySettings}, how
 * {@code ListarMensagensEmAberto} is paged, the channels by {@code Plataforma} code, and what each tenant adds to
 * its TempBox settings (company context, business hours, hand-off attendants, PII masking, fixed greeting, what the
 * output guard allows).
 *
 * @param debounce how old the newest customer message must be before it is answered, so a burst gets one answer
 * @param cannedConfidenceThreshold the least confidence of the LLM's canned choice that bot-reply sends
 * @param aiConfidenceThreshold the least confidence of the AI decision that ai-reply acts on; below it, hand off
 * @param llmUnavailableHandoffAfter how long a customer may wait on an unavailable LLM before ai-reply hands off
 * @param historyTokenBudget the estimated tokens of conversation text a prompt may carry (newest kept)
 * @param charsPerToken the characters per token of that estimate
 * @param maxAgendaSlots how many free agenda slots ai-reply offers the LLM
 * @param pageSize the rows asked of {@code ListarMensagensEmAberto} per call
 * @param firstRow the number of its first row ({@code Inicio}; 1 when rows are 1-based, as the sandbox reads them)
 * @param resendAttempts how many times a send whose outcome was ambiguous (timeout, 5xx) and that the conversation
 *     still does not show after {@code unknown-send-settle} is sent again before the action is marked failed
 * @param unconfirmedAfter how old an intent's heartbeat (database time) must be before another run takes it for
 *     abandoned (a crash) and reconciles it; younger ones belong to a run still at work, whose delivery refreshes the
 *     heartbeat every quarter of it however long TempBox takes
 * @param unknownSendSettle how long after a send that ended without TempBox's answer (timeout, 5xx) and whose text
 *     the conversation did not show yet its intent keeps holding the message's answer: TempBox may store a send
 *     seconds after its client gave up, so the conversation is read again only then (text found: sent; otherwise it
 *     may be sent again), and no step answers the message meanwhile
 * @param humanPresencePause how long after a human attendant's message (newer than the bot's last) the bot does not
 *     post in that conversation, even when the human did not take it
 * @param maxConversationAttempts how many runs in a row a step tries a conversation that TempBox cannot read for it
 *     (an unreadable answer, "Atendimento não encontrado", a 500 about that conversation alone) before it gives up:
 *     the ledger then shows the message FAILED and later runs pass over it
 * @param sourcesTokenBudget the estimated tokens of knowledge passages an ai-reply prompt may carry as sources (the
 *     best passages that fit; 0 gives none)
 * @param turnReuseMaxAge how long what an earlier step of a run learned about a customer turn stays good for the
 *     later steps: the conversation as read before deciding (a later step does not read it again; the delivery reads
 *     it again before posting) and the one decision bot-reply asked when it sent no canned message (ai-reply follows
 *     it without asking the LLM again); older, the later step reads or asks again
 * @param listCacheTtl how long a tenant's canned messages ({@code ListarMensagensPadrao}) and the bot's human team
 *     mates ({@code ListarHashesOutrosHumanosEquipesAtendente}) are kept across runs before they are read again (0:
 *     read once per run); a run keeps what it read itself until it ends
 * @param agendaCacheTtl the same for the agenda's free slots ({@code ListarDiasHorariosAtendentesAgendaDisponivel}),
 *     kept short because a slot offered or booked must still be free; a slot Respondo books drops it at once
 * @param channels the channels by Plataforma code (name shown to the LLM, longest text); merged over the defaults
 *     1 WhatsApp (4,096), 2 chat do site (2,000), 3 e-mail (20,000)
 * @param tenants per tenant id (as in {@code respondo.tempbox.tenants}), what the replies know about the company
 */
@Validated
@ConfigurationProperties("respondo.replies")
public record RepliesProperties(
        @DefaultValue("8s") @NotNull Duration debounce,
        @DefaultValue("0.75") @DecimalMin("0.0") @DecimalMax("1.0") double cannedConfidenceThreshold,
        @DefaultValue("0.6") @DecimalMin("0.0") @DecimalMax("1.0") double aiConfidenceThreshold,
        @DefaultValue("5m") @NotNull Duration llmUnavailableHandoffAfter,
        @DefaultValue("3000") @Min(100) int historyTokenBudget,
        @DefaultValue("4") @Min(1) @Max(16) int charsPerToken,
        @DefaultValue("10") @Min(1) @Max(50) int maxAgendaSlots,
        @DefaultValue("100") @Min(1) @Max(1000) int pageSize,
        @DefaultValue("1") @Min(0) int firstRow,
        @DefaultValue("1") @Min(0) @Max(3) int resendAttempts,
        @DefaultValue("2m") @NotNull Duration unconfirmedAfter,
        @DefaultValue("60s") @NotNull Duration unknownSendSettle,
        @DefaultValue("30m") @NotNull Duration humanPresencePause,
        @DefaultValue("3") @Min(1) int maxConversationAttempts,
        @DefaultValue("1500") @Min(0) int sourcesTokenBudget,
        @DefaultValue("5m") @NotNull Duration turnReuseMaxAge,
        @DefaultValue("5m") @NotNull Duration listCacheTtl,
        @DefaultValue("30s") @NotNull Duration agendaCacheTtl,
        @Nullable Map<Integer, @Valid ChannelSettings> channels,
        @Nullable Map<String, @Valid TenantSettings> tenants) {

    public RepliesProperties {
        channels = withDefaultChannels(channels);
        tenants = (tenants != null) ? Map.copyOf(tenants) : Map.of();
        if (debounce.isNegative() || llmUnavailableHandoffAfter.isNegative() || unconfirmedAfter.isNegative()
                || unknownSendSettle.isNegative() || humanPresencePause.isNegative() || turnReuseMaxAge.isNegative()
                || listCacheTtl.isNegative() || agendaCacheTtl.isNegative()) {
            throw new IllegalArgumentException("respondo.replies: debounce, llm-unavailable-handoff-after, "
                    + "unconfirmed-after, unknown-send-settle, human-presence-pause, turn-reuse-max-age, "
                    + "list-cache-ttl and agenda-cache-ttl must not be negative");
        }
    }

    /** The characters of knowledge passages an ai-reply prompt may carry. */
    public int sourcesCharBudget() {
        return sourcesTokenBudget * charsPerToken;
    }

    /** The decision numbers, for the domain. */
    public ReplySettings replySettings() {
        return new ReplySettings(debounce, cannedConfidenceThreshold, aiConfidenceThreshold,
                llmUnavailableHandoffAfter, historyTokenBudget, charsPerToken, maxAgendaSlots, humanPresencePause);
    }

    /** The channels by Plataforma code, unknown codes falling back to {@link Channels#UNKNOWN}. */
    public Channels channelsByCode() {
        Map<Integer, Channel> byCode = new LinkedHashMap<>();
        channels().forEach((code, channel) -> byCode.put(code, new Channel(channel.name(), channel.maxLength())));
        return new Channels(byCode, Channels.UNKNOWN);
    }

    /** What the configuration says about one tenant; nothing configured is an empty {@link TenantSettings}. */
    public TenantSettings tenant(String tenantId) {
        TenantSettings settings = tenants().get(tenantId);
        return (settings != null) ? settings : TenantSettings.NONE;
    }

    private static Map<Integer, ChannelSettings> withDefaultChannels(@Nullable Map<Integer, ChannelSettings> configured) {
        Map<Integer, ChannelSettings> merged = new TreeMap<>();
        Channels.defaults().byCode().forEach((code, channel) -> merged.put(code,
                new ChannelSettings(channel.name(), channel.maxLength())));
        if (configured != null) {
            merged.putAll(configured);
        }
        return Map.copyOf(merged);
    }

    /**
     * A channel: the name the prompts use and the longest text it accepts.
     *
     * @param name the channel's name in pt-BR (e.g. {@code WhatsApp})
     * @param maxLength the longest text, in Unicode code points
     */
    public record ChannelSettings(@NotBlank String name, @Min(1) int maxLength) {
    }

    /**
     * What the replies know about one company beyond its TempBox settings.
     *
     * @param companyContext free text about the company for the AI (products, policies, delivery, payment), pt-BR
     * @param businessHours the hours of each day it attends humans, as {@code HH:mm-HH:mm}
     *     ({@code monday: 08:00-18:00}); a day left out is closed; none at all means "not informed"
     * @param handoffAttendants the attendants (GUIDs) to hand conversations to, in order of preference; when empty,
     *     TempBox's list of the bot's human team mates is used
     * @param maskPiiForLlm whether CPF, CNPJ, card numbers, e-mails and phones are masked before text goes to the LLM
     * @param greetingFallback the greeting sent when the LLM's cannot be (unavailable, invalid, failed check); the
     *     built-in pt-BR one when not given
     * @param allowedLinkHosts the hosts (and their subdomains) an answer may link to; when not given, the hosts the
     *     company context and the canned messages link to; an empty list allows no link
     * @param language the language answers must be in ({@code pt-BR}, {@code en} or {@code es}; {@code pt-BR} when
     *     not given): an answer clearly in another is handed off
     * @param answerInCustomerLanguage whether an answer may also be in the language the customer writes in
     * @param nationalHolidays whether Brazil's national holidays (Carnaval and Corpus Christi included) close the
     *     tenant; true when not given
     * @param closedDates the tenant's own closed dates ({@code yyyy-MM-dd}), e.g. its city's holidays
     * @param openDates the dates ({@code yyyy-MM-dd}) it opens whatever the week or the holidays say, each with its
     *     hours ({@code HH:mm-HH:mm}) or {@code usual} for its weekday's
     * @param timeZone the tenant's time zone (e.g. {@code America/Manaus}) for its hours, dates and texts; TempBox's
     *     ({@code respondo.tempbox.zone}) when not given
     */
    public record TenantSettings(@Nullable String companyContext,
            @Nullable Map<DayOfWeek, @Pattern(regexp = HOURS, message = "must be HH:mm-HH:mm") String> businessHours,
            @Nullable List<@Pattern(regexp = GUID, message = "must be a GUID") String> handoffAttendants,
            boolean maskPiiForLlm, @Nullable String greetingFallback,
            @Nullable List<@Pattern(regexp = HOST, message = "must be a host name such as loja.com.br") String>
                allowedLinkHosts,
            @Nullable ReplyLanguage language, boolean answerInCustomerLanguage,
            @DefaultValue("true") boolean nationalHolidays,
            @Nullable List<@Pattern(regexp = DATE, message = "must be yyyy-MM-dd") String> closedDates,
            @Nullable Map<@Pattern(regexp = DATE, message = "must be yyyy-MM-dd") String,
                    @Pattern(regexp = USUAL + "|" + HOURS, message = "must be HH:mm-HH:mm or usual") String> openDates,
            @Nullable String timeZone) {

        static final String HOURS = "\\s*\\d{1,2}:\\d{2}\\s*-\\s*\\d{1,2}:\\d{2}\\s*";

        static final String DATE = "\\d{4}-\\d{2}-\\d{2}";

        static final String USUAL = "usual";

        static final String GUID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

        static final String HOST = "(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}";

        static final TenantSettings NONE = new TenantSettings(null, null, null, false, null, null, null, false, true, null,
                null, null);

        public TenantSettings {
            businessHours = (businessHours != null) ? Map.copyOf(businessHours) : Map.of();
            handoffAttendants = (handoffAttendants != null) ? List.copyOf(handoffAttendants) : List.of();
            allowedLinkHosts = (allowedLinkHosts != null) ? List.copyOf(allowedLinkHosts) : null;
            language = (language != null) ? language : ReplyLanguage.PT_BR;
            closedDates = (closedDates != null) ? List.copyOf(closedDates) : List.of();
            openDates = (openDates != null) ? Map.copyOf(openDates) : Map.of();
        }

        /** The languages answers may be in: the tenant's, and the customer's when the tenant allows it. */
        public Set<ReplyLanguage> answerLanguages(@Nullable ReplyLanguage customers) {
            Set<ReplyLanguage> languages = EnumSet.of(Objects.requireNonNull(language));
            if (answerInCustomerLanguage && customers != null) {
                languages.add(customers);
            }
            return Set.copyOf(languages);
        }
    }
}
