package com.respondo.sandbox;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * How the sandbox writes and reads dates on the wire, in the company's local time (America/Sao_Paulo).
 * <p>
 * Most dates are {@code yyyy-MM-ddTHH:mm:ss}; a few fields use the other forms domain.md lists, as TempBox does,
 * so that clients stay tolerant: {@code dd/MM/yyyy HH:mm:ss}, {@code yyyy-MM-dd HH:mm:ss}, {@code /Date(ms)/} and
 * ISO-8601 with offset and fraction. Reading accepts all of them.
 */
final class WireFormat {

    private static final DateTimeFormatter ISO_LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
    private static final DateTimeFormatter SPACED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter BRAZILIAN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");
    private static final DateTimeFormatter BRAZILIAN_SHORT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final DateTimeFormatter DAY_MONTH_TIME = DateTimeFormatter.ofPattern("dd/MM HH:mm");
    private static final DateTimeFormatter HOUR_MINUTE = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter HOUR_MINUTE_SECOND = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final Pattern DOT_NET = Pattern.compile("/Date\\((-?\\d+)([+-]\\d{4})?\\)/");
    private static final List<DateTimeFormatter> LOCAL_FORMATS = List.of(DateTimeFormatter.ISO_LOCAL_DATE_TIME,
            SPACED, BRAZILIAN, BRAZILIAN_SHORT);

    private final ZoneId zone;

    WireFormat(ZoneId zone) {
        this.zone = zone;
    }

    ZoneId zone() {
        return zone;
    }

    /** The main form: {@code yyyy-MM-ddTHH:mm:ss}, local time. */
    @Nullable String dateTime(@Nullable Instant instant) {
        return instant == null ? null : ISO_LOCAL.format(local(instant));
    }

    /**
     * ISO-8601 with offset and milliseconds as {@code DateTimeFormatter.ISO_OFFSET_DATE_TIME} writes them: trailing
     * zeros of the fraction left out ({@code 2026-03-10T12:00:00.77-03:00}, {@code 2026-03-10T12:00:00-03:00}).
     */
    @Nullable String offsetDateTime(@Nullable Instant instant) {
        return instant == null ? null
                : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone).toOffsetDateTime()
                    .withNano((instant.getNano() / 1_000_000) * 1_000_000));
    }

    /** {@code yyyy-MM-dd HH:mm:ss}. */
    @Nullable String spaced(@Nullable Instant instant) {
        return instant == null ? null : SPACED.format(local(instant));
    }

    /** {@code dd/MM/yyyy HH:mm:ss}. */
    @Nullable String brazilian(@Nullable Instant instant) {
        return instant == null ? null : BRAZILIAN.format(local(instant));
    }

    /** {@code dd/MM/yyyy HH:mm}. */
    @Nullable String brazilianShort(@Nullable Instant instant) {
        return instant == null ? null : BRAZILIAN_SHORT.format(local(instant));
    }

    /** .NET's {@code /Date(ms)/}. */
    @Nullable String dotNet(@Nullable Instant instant) {
        return instant == null ? null : "/Date(" + instant.toEpochMilli() + ")/";
    }

    String dayMonthTime(Instant instant) {
        return DAY_MONTH_TIME.format(local(instant));
    }

    String hourMinute(Instant instant) {
        return HOUR_MINUTE.format(local(instant));
    }

    String hourMinuteSecond(Instant instant) {
        return HOUR_MINUTE_SECOND.format(local(instant));
    }

    /** The relative time TempBox shows next to a message ("há 5 minutos"). */
    String momento(Instant instant, Instant now) {
        Duration age = Duration.between(instant, now);
        if (age.toMinutes() < 1) {
            return "agora";
        }
        if (age.toHours() < 1) {
            return age.toMinutes() == 1 ? "há 1 minuto" : "há " + age.toMinutes() + " minutos";
        }
        if (age.toDays() < 1) {
            return age.toHours() == 1 ? "há 1 hora" : "há " + age.toHours() + " horas";
        }
        LocalDate day = local(instant).toLocalDate();
        return day.equals(local(now).toLocalDate().minusDays(1)) ? "ontem" : day.format(DateTimeFormatter.ofPattern("dd/MM"));
    }

    LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, zone);
    }

    Instant instant(LocalDateTime local) {
        return local.atZone(zone).toInstant();
    }

    /** Reads any of the accepted forms; local times are in the sandbox's zone. */
    Instant parse(String text) {
        String value = text.trim();
        Matcher dotNet = DOT_NET.matcher(value);
        if (dotNet.matches()) {
            return Instant.ofEpochMilli(Long.parseLong(dotNet.group(1)));
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        }
        catch (DateTimeParseException notOffset) {
            for (DateTimeFormatter format : LOCAL_FORMATS) {
                try {
                    return instant(LocalDateTime.parse(value, format));
                }
                catch (DateTimeParseException notThisOne) {
                    // try the next form
                }
            }
        }
        throw new OperationException("Data inválida: " + abbreviate(value));
    }

    static String abbreviate(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
