package com.respondo.conversation;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * When a tenant attends customers, per weekday in its time zone; the prompts show it in pt-BR and the greeting says
 * whether it is open now. An empty week means "not informed": nothing is claimed and the tenant counts as open.
 * Holidays and the tenant's special dates change the hours of their day only when the week is informed.
 *
 * @param zone the tenant's time zone (America/Sao_Paulo for TempBox)
 * @param week the opening hours of the days it opens; a missing day is closed
 * @param dates the dates the week does not decide: national holidays, the tenant's closed and open dates
 */
public record BusinessHours(ZoneId zone, Map<DayOfWeek, OpeningHours> week, SpecialDates dates) {

    /** How many days ahead {@link #nextOpening(Instant)} looks before it gives up. */
    private static final int LOOKAHEAD_DAYS = 400;

    public BusinessHours {
        Objects.requireNonNull(zone, "zone");
        week = week.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(week));
        Objects.requireNonNull(dates, "dates");
    }

    /** The week's hours, closed on national holidays. */
    public BusinessHours(ZoneId zone, Map<DayOfWeek, OpeningHours> week) {
        this(zone, week, SpecialDates.NATIONAL_HOLIDAYS);
    }

    /** Hours nobody configured: described as "não informado", never reported closed. */
    public static BusinessHours notInformed(ZoneId zone) {
        return new BusinessHours(zone, Map.of());
    }

    /** The same hours Monday to Friday, closed at the weekend. */
    public static BusinessHours weekdays(ZoneId zone, LocalTime open, LocalTime close) {
        Map<DayOfWeek, OpeningHours> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            week.put(day, new OpeningHours(open, close));
        }
        return new BusinessHours(zone, week);
    }

    /** A copy with the given day's hours set. */
    public BusinessHours with(DayOfWeek day, OpeningHours hours) {
        Map<DayOfWeek, OpeningHours> copy = new EnumMap<>(DayOfWeek.class);
        copy.putAll(week);
        copy.put(day, hours);
        return new BusinessHours(zone, copy, dates);
    }

    /** A copy with the given special dates. */
    public BusinessHours with(SpecialDates specialDates) {
        return new BusinessHours(zone, week, specialDates);
    }

    /** Whether hours were configured at all. */
    public boolean informed() {
        return !week.isEmpty();
    }

    /** Whether the tenant is open at the given instant (always true when the hours are not informed). */
    public boolean isOpenAt(Instant instant) {
        if (!informed()) {
            return true;
        }
        ZonedDateTime local = instant.atZone(zone);
        return hoursOn(local.toLocalDate()).filter(hours -> hours.contains(local.toLocalTime())).isPresent();
    }

    /** The hours of a date in the tenant's zone, after holidays and special dates; empty when closed all day. */
    public Optional<OpeningHours> hoursOn(LocalDate date) {
        return dates.hoursOn(date, hoursOf(date.getDayOfWeek()));
    }

    /**
     * The first instant from the given one at which the tenant is open: the instant itself when open then (always
     * when the hours are not informed), else the next opening in its zone; empty when it opens on no day of the next
     * {@value #LOOKAHEAD_DAYS}.
     */
    public Optional<Instant> nextOpening(Instant instant) {
        if (isOpenAt(instant)) {
            return Optional.of(instant);
        }
        ZonedDateTime local = instant.atZone(zone);
        for (int ahead = 0; ahead <= LOOKAHEAD_DAYS; ahead++) {
            LocalDate date = local.toLocalDate().plusDays(ahead);
            Optional<OpeningHours> hours = hoursOn(date);
            if (hours.isPresent() && (ahead > 0 || local.toLocalTime().isBefore(hours.get().open()))) {
                return Optional.of(date.atTime(hours.get().open()).atZone(zone).toInstant());
            }
        }
        return Optional.empty();
    }

    /**
     * The hours in pt-BR, Monday first, consecutive days with the same hours grouped, e.g.
     * "segunda a sexta, das 08:00 às 18:00; sábado, das 09:00 às 13:00; domingo, fechado".
     */
    public String describe() {
        if (!informed()) {
            return "não informado";
        }
        List<String> parts = new ArrayList<>();
        DayOfWeek[] days = DayOfWeek.values();
        int start = 0;
        for (int i = 1; i <= days.length; i++) {
            if (i == days.length || !sameHours(days[start], days[i])) {
                parts.add(PtBr.dayRange(days[start], days[i - 1]) + ", " + describe(hoursOf(days[start])));
                start = i;
            }
        }
        return String.join("; ", parts);
    }

    private boolean sameHours(DayOfWeek a, DayOfWeek b) {
        return hoursOf(a).equals(hoursOf(b));
    }

    private Optional<OpeningHours> hoursOf(DayOfWeek day) {
        return Optional.ofNullable(week.get(day));
    }

    private static String describe(Optional<OpeningHours> hours) {
        return hours.map(h -> "das " + PtBr.time(h.open()) + " às " + PtBr.time(h.close())).orElse("fechado");
    }

    /**
     * The hours of one day, open inclusive and close exclusive, within the same day.
     *
     * @param open when it opens
     * @param close when it closes, after {@code open}
     */
    public record OpeningHours(LocalTime open, LocalTime close) {

        public OpeningHours {
            Objects.requireNonNull(open, "open");
            Objects.requireNonNull(close, "close");
            if (!close.isAfter(open)) {
                throw new IllegalArgumentException("close (" + close + ") must be after open (" + open + ")");
            }
        }

        boolean contains(LocalTime time) {
            return !time.isBefore(open) && time.isBefore(close);
        }
    }
}
