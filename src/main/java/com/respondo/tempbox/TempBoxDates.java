package com.respondo.tempbox;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Reads the date formats TempBox is known to send (its reference does not say which): ISO-8601 with or without
 * offset and fraction ({@code T} or a space between date and time), {@code dd/MM/yyyy HH:mm[:ss]}, and .NET's
 * {@code /Date(ms)/}; a date without offset is in the configured zone. The usual forms ({@code yyyy-MM-ddTHH:mm:ss},
 * with a space, a fraction, {@code Z} or {@code ±HH:MM}) are read by hand first: every answer carries several dates,
 * and the formatters cost more CPU than the rest of a row. Anything else, or a field out of range, goes to the
 * formatters, which decide as before.
 */
public final class TempBoxDates {

    private static final Pattern DOTNET = Pattern.compile("/?Date\\((-?\\d+)([+-]\\d{4})?\\)/?");

    private static final DateTimeFormatter ISO = new DateTimeFormatterBuilder().parseCaseInsensitive()
        .append(DateTimeFormatter.ISO_LOCAL_DATE)
        .optionalStart().appendLiteral('T').optionalEnd()
        .optionalStart().appendLiteral(' ').optionalEnd()
        .append(DateTimeFormatter.ISO_LOCAL_TIME)
        .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
        .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
        .optionalStart().appendOffset("+HH", "Z").optionalEnd()
        .toFormatter();

    private static final DateTimeFormatter BRAZILIAN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm[:ss]");

    private static final DateTimeFormatter BRAZILIAN_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private TempBoxDates() {
    }

    /** The instant the text stands for, or null when it is in none of the known formats. */
    public static @Nullable Instant parse(String text, ZoneId zone) {
        String value = text.strip();
        Instant usual = usualIso(value, zone);
        if (usual != null) {
            return usual;
        }
        Matcher dotnet = DOTNET.matcher(value);
        if (dotnet.matches()) {
            return Instant.ofEpochMilli(Long.parseLong(dotnet.group(1)));
        }
        try {
            if (value.indexOf('/') > 0) {
                return (value.length() <= 10) ? LocalDate.parse(value, BRAZILIAN_DATE).atStartOfDay(zone).toInstant()
                        : LocalDateTime.parse(value, BRAZILIAN).atZone(zone).toInstant();
            }
            if (value.length() == 10) {
                return LocalDate.parse(value).atStartOfDay(zone).toInstant();
            }
            TemporalAccessor parsed = ISO.parseBest(value, OffsetDateTime::from, LocalDateTime::from);
            return (parsed instanceof OffsetDateTime offset) ? offset.toInstant()
                    : ((LocalDateTime) parsed).atZone(zone).toInstant();
        }
        catch (DateTimeParseException | NumberFormatException ex) {
            return null;
        }
    }

    /**
     * {@code yyyy-MM-dd(T| )HH:mm:ss[.f{1,9}][Z|±HH:MM]} with every field in range, or null (the formatters then
     * decide: other shapes, the lenient resolution of out-of-range values, errors).
     */
    private static @Nullable Instant usualIso(String value, ZoneId zone) {
        int length = value.length();
        if (length < 19 || value.charAt(4) != '-' || value.charAt(7) != '-' || value.charAt(13) != ':'
                || value.charAt(16) != ':' || (value.charAt(10) != 'T' && value.charAt(10) != ' ')) {
            return null;
        }
        int year = digits(value, 0, 4);
        int month = digits(value, 5, 2);
        int day = digits(value, 8, 2);
        int hour = digits(value, 11, 2);
        int minute = digits(value, 14, 2);
        int second = digits(value, 17, 2);
        if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0) {
            return null;
        }
        int index = 19;
        int nano = 0;
        if (index < length && value.charAt(index) == '.') {
            int start = ++index;
            while (index < length && index - start < 9 && isDigit(value.charAt(index))) {
                nano = nano * 10 + (value.charAt(index++) - '0');
            }
            if (index == start) {
                return null;
            }
            for (int place = index - start; place < 9; place++) {
                nano *= 10;
            }
        }
        try {
            LocalDateTime local = LocalDateTime.of(year, month, day, hour, minute, second, nano);
            if (index == length) {
                return local.atZone(zone).toInstant();
            }
            if (index == length - 1 && value.charAt(index) == 'Z') {
                return local.toInstant(ZoneOffset.UTC);
            }
            char sign = value.charAt(index);
            if (index == length - 6 && (sign == '+' || sign == '-') && value.charAt(index + 3) == ':') {
                int hours = digits(value, index + 1, 2);
                int minutes = digits(value, index + 4, 2);
                if (hours >= 0 && minutes >= 0) {
                    return local.toInstant((sign == '+') ? ZoneOffset.ofHoursMinutes(hours, minutes)
                            : ZoneOffset.ofHoursMinutes(-hours, -minutes));
                }
            }
            return null;
        }
        catch (DateTimeException outOfRange) {
            return null;
        }
    }

    /** The number written by {@code count} ASCII digits from {@code from}, or -1. */
    private static int digits(String value, int from, int count) {
        int number = 0;
        for (int i = from; i < from + count; i++) {
            char c = value.charAt(i);
            if (!isDigit(c)) {
                return -1;
            }
            number = number * 10 + (c - '0');
        }
        return number;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
