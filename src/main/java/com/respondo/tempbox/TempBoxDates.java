package com.respondo.tempbox;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
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
 * {@code /Date(ms)/}; a date without offset is in the configured zone.
 */
final class TempBoxDates {

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
    static @Nullable Instant parse(String text, ZoneId zone) {
        String value = text.strip();
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
}
