package com.respondo.replies.step;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.respondo.conversation.BusinessHours;
import com.respondo.conversation.Channels;
import com.respondo.conversation.TenantProfile;
import com.respondo.tempbox.Tenant;
import com.respondo.tempbox.Tenants;

/**
 * The {@link TenantProfile} of every tenant, built once from its TempBox settings ({@code respondo.tempbox.tenants}:
 * name, bot attendant) and what {@code respondo.replies.tenants.<id>} adds. An impossible business hour stops start-up
 * with a message naming the property; settings for a tenant TempBox's settings do not list are ignored with a WARN
 * naming them (a typo, or a tenant list replaced by another configuration file).
 */
public final class TenantProfiles {

    private static final Logger log = LoggerFactory.getLogger(TenantProfiles.class);

    private final Map<String, TenantProfile> byId = new LinkedHashMap<>();

    /**
     * Builds the profiles.
     *
     * @throws IllegalStateException naming the property when a business hour is not a time of day or closes before it
     *     opens
     */
    public TenantProfiles(Tenants tenants, RepliesProperties properties, ZoneId zone) {
        for (String configured : properties.tenants().keySet()) {
            if (tenants.find(configured).isEmpty()) {
                log.warn("respondo.replies.tenants.{} ignored: no such tenant in respondo.tempbox.tenants (known: {})",
                        configured, tenants.ids());
            }
        }
        Channels channels = properties.channelsByCode();
        for (Tenant tenant : tenants.all()) {
            RepliesProperties.TenantSettings settings = properties.tenant(tenant.id());
            byId.put(tenant.id(), new TenantProfile(tenant.id(), tenant.name(), tenant.atendente(),
                    settings.companyContext(), businessHours(tenant.id(), settings, zone),
                    settings.handoffAttendants(), channels, settings.maskPiiForLlm(), settings.greetingFallback()));
        }
    }

    /**
     * The profile of a tenant.
     *
     * @throws NoSuchElementException when there is no such tenant
     */
    public TenantProfile profile(String tenantId) {
        TenantProfile profile = byId.get(tenantId);
        if (profile == null) {
            throw new NoSuchElementException("Unknown tenant '" + tenantId + "'; known tenants: " + byId.keySet());
        }
        return profile;
    }

    private static BusinessHours businessHours(String tenantId, RepliesProperties.TenantSettings settings,
            ZoneId zone) {
        Map<DayOfWeek, BusinessHours.OpeningHours> week = new EnumMap<>(DayOfWeek.class);
        settings.businessHours().forEach((day, hours) -> week.put(day, openingHours(tenantId, day, hours)));
        return new BusinessHours(zone, week);
    }

    private static BusinessHours.OpeningHours openingHours(String tenantId, DayOfWeek day, String hours) {
        String property = "respondo.replies.tenants." + tenantId + ".business-hours." + day.name().toLowerCase(Locale.ROOT);
        String[] parts = hours.split("-");
        try {
            return new BusinessHours.OpeningHours(time(parts[0]), time(parts[1]));
        }
        catch (DateTimeParseException | IllegalArgumentException | ArrayIndexOutOfBoundsException ex) {
            throw new IllegalStateException(property + ": '" + hours
                    + "' is not an opening and a later closing time of day (HH:mm-HH:mm)", ex);
        }
    }

    private static LocalTime time(String text) {
        String trimmed = text.strip();
        return LocalTime.parse(trimmed.length() == 4 ? "0" + trimmed : trimmed);
    }
}
