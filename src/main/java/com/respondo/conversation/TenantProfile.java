package com.respondo.conversation;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * What the decisions know of a tenant (one TempBox company): how it presents itself, its bot attendant, its hours,
 * whom to hand conversations to and its channels.
 *
 * @param tenantId the tenant's slug (e.g. "loja-aurora")
 * @param companyName the company's display name, shown to the customer
 * @param botAttendantId the attendant the worker acts as
 * @param companyContext free text about the company for the AI (products, policies), possibly empty
 * @param businessHours when it attends, in its time zone
 * @param handoffAttendantIds the attendants to hand conversations to, in order of preference; may be empty
 * @param channels the channels by Plataforma code
 * @param maskPiiForLlm whether customer PII (CPF, CNPJ, cards, e-mail, phone) is masked before text goes to the LLM
 * @param greetingFallback the greeting sent when the LLM's cannot be, or null for the built-in pt-BR one
 */
public record TenantProfile(String tenantId, String companyName, String botAttendantId, String companyContext,
        BusinessHours businessHours, List<String> handoffAttendantIds, Channels channels, boolean maskPiiForLlm,
        @Nullable String greetingFallback) {

    public TenantProfile {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(companyName, "companyName");
        Objects.requireNonNull(botAttendantId, "botAttendantId");
        companyContext = companyContext == null ? "" : companyContext;
        Objects.requireNonNull(businessHours, "businessHours");
        handoffAttendantIds = List.copyOf(handoffAttendantIds);
        Objects.requireNonNull(channels, "channels");
    }

    /** A tenant with the built-in fixed greeting. */
    public TenantProfile(String tenantId, String companyName, String botAttendantId, String companyContext,
            BusinessHours businessHours, List<String> handoffAttendantIds, Channels channels, boolean maskPiiForLlm) {
        this(tenantId, companyName, botAttendantId, companyContext, businessHours, handoffAttendantIds, channels,
                maskPiiForLlm, null);
    }

    /** A tenant whose customer text reaches the LLM unmasked. */
    public TenantProfile(String tenantId, String companyName, String botAttendantId, String companyContext,
            BusinessHours businessHours, List<String> handoffAttendantIds, Channels channels) {
        this(tenantId, companyName, botAttendantId, companyContext, businessHours, handoffAttendantIds, channels,
                false);
    }

    /** The tenant's time zone. */
    public ZoneId zone() {
        return businessHours.zone();
    }

    /** The channel of a Plataforma code. */
    public Channel channel(@Nullable Integer plataforma) {
        return channels.of(plataforma);
    }

    /** The company's display name as every prompt (reply or data collection) shows it. */
    public String companyForPrompts() {
        return UntrustedText.oneLine(companyName);
    }
}
