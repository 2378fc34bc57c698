package com.respondo.replies.step;

import com.respondo.conversation.SpecialDates;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.respondo.conversation.BusinessHours;
import com.respondo.conversation.Channels;
import com.respondo.conversation.TenantProfile;
import com.respondo.tempbox.Tenant;
import com.respondo.tempbox.Tenants;

/**
 * The {@link TenantProfile} of every tenant, built once from its TempBox settings ({@code respondo.tempbox.tenants}:
 * name, bot attendant) and what {@code respondo.replies.tenants.<id>} adds. An impossible business hour, date or zone
 * stops start-up with a message naming the property; settings for a tenant TempBox's settings do not list are ignored
 * with a WARN naming them (a typo, or a tenant list replaced by another configuration file).
 */
public final class TenantProfiles {

    private static final Logger log = LoggerFactory.getLogger(TenantProfiles.class);

    private final Map<String, TenantProfile> byId = new LinkedHashMap<>();

    /**
     * Builds the profiles.
     *
     * @throws IllegalStateException naming the property when a business hour is not a time of day or closes before it
     *     opens, a closed or open date is not a date, or a time zone is unknown
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
        settings.businessHours().forEach((day, hours) -> week.put(day, openingHours(
                property(tenantId, "business-hours." + day.name().toLowerCase(Locale.ROOT)), hours)));
        return new BusinessHours(zone(tenantId, settings, zone), week, specialDates(tenantId, settings, week));
    }

    private static ZoneId zone(String tenantId, RepliesProperties.TenantSettings settings, ZoneId tempBoxZone) {
        String configured = settings.timeZone();
        if (configured == null || configured.isBlank()) {
            return tempBoxZone;
        }
        try {
            return ZoneId.of(configured.strip());
        }
        catch (DateTimeException ex) {
            throw new IllegalStateException(property(tenantId, "time-zone") + ": '" + configured
                    + "' is not a time zone (e.g. America/Sao_Paulo)", ex);
        }
    }

    private static SpecialDates specialDates(String tenantId, RepliesProperties.TenantSettings settings,
            Map<DayOfWeek, BusinessHours.OpeningHours> week) {
        Set<LocalDate> closed = new HashSet<>();
        List<String> closedDates = settings.closedDates();
        for (int i = 0; i < closedDates.size(); i++) {
            closed.add(date(property(tenantId, "closed-dates[" + i + "]"), closedDates.get(i)));
        }
        Map<LocalDate, BusinessHours.OpeningHours> open = new HashMap<>();
        settings.openDates().forEach((day, hours) -> {
            String property = property(tenantId, "open-dates." + day);
            LocalDate date = date(property, day);
            open.put(date, RepliesProperties.TenantSettings.USUAL.equals(hours.strip())
                    ? usualHours(property, date, week) : openingHours(property, hours));
        });
        return new SpecialDates(settings.nationalHolidays(), closed, open);
    }

    private static BusinessHours.OpeningHours usualHours(String property, LocalDate date,
            Map<DayOfWeek, BusinessHours.OpeningHours> week) {
        BusinessHours.OpeningHours hours = week.get(date.getDayOfWeek());
        if (hours == null) {
            throw new IllegalStateException(property + ": 'usual' but " + date + " is a "
                    + date.getDayOfWeek().name().toLowerCase(Locale.ROOT)
                    + ", which has no business hours; give its hours (HH:mm-HH:mm)");
        }
        return hours;
    }

    private static LocalDate date(String property, String text) {
        try {
            return LocalDate.parse(text.strip());
        }
        catch (DateTimeParseException ex) {
            throw new IllegalStateException(property + ": '" + text + "' is not a date (yyyy-MM-dd)", ex);
        }
    }

    private static String property(String tenantId, String name) {
        return "respondo.replies.tenants." + tenantId + "." + name;
    }

    private static BusinessHours.OpeningHours openingHours(String property, String hours) {
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
