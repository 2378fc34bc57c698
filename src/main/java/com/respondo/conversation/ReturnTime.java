package com.respondo.conversation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * When a person will be back, said to a customer who writes outside business hours, in pt-BR relative to now and in
 * the tenant's zone: "hoje, a partir das 14h", "amanhã, quinta-feira, a partir das 9h", "na segunda-feira, 9 de
 * março, a partir das 8h30". Nothing is said inside business hours, nor when the hours are not informed.
 */
public final class ReturnTime {

    private ReturnTime() {
    }

    /** The return, when the tenant is closed at {@code now} and opens again within the look-ahead. */
    public static Optional<String> describe(BusinessHours hours, Instant now) {
        if (hours.isOpenAt(now)) {
            return Optional.empty();
        }
        return hours.nextOpening(now).map(opening -> describe(now.atZone(hours.zone()),
                opening.atZone(hours.zone())));
    }

    private static String describe(ZonedDateTime now, ZonedDateTime opening) {
        LocalDate today = now.toLocalDate();
        LocalDate day = opening.toLocalDate();
        String from = PtBr.fromHour(opening.toLocalTime());
        if (day.equals(today)) {
            return "hoje, " + from;
        }
        if (day.equals(today.plusDays(1))) {
            return "amanhã, " + PtBr.weekday(day.getDayOfWeek()) + ", " + from;
        }
        return PtBr.onWeekday(day.getDayOfWeek()) + ", " + PtBr.dayOfMonth(day) + ", " + from;
    }
}
