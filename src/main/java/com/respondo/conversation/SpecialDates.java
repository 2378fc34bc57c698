package com.respondo.conversation;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The dates on which a tenant's weekly hours do not hold: Brazil's national holidays ({@link BrazilianHolidays}) unless
 * the tenant turns them off, its own closed dates (state or city holidays, a stocktaking day) and the dates it opens
 * all the same, with the day's own hours (a Carnaval Monday, a Sunday before Christmas). An open date wins over a
 * holiday and a closed date.
 *
 * @param nationalHolidays whether Brazil's national holidays close the tenant
 * @param closed the tenant's own closed dates
 * @param open the dates it opens whatever the week or the holidays say, with that day's hours
 */
public record SpecialDates(boolean nationalHolidays, Set<LocalDate> closed,
        Map<LocalDate, BusinessHours.OpeningHours> open) {

    /** Closed on national holidays, nothing else. */
    public static final SpecialDates NATIONAL_HOLIDAYS = new SpecialDates(true, Set.of(), Map.of());

    public SpecialDates {
        closed = Set.copyOf(closed);
        open = Map.copyOf(open);
    }

    /** The hours of a date whose weekday has the given weekly hours: its own, none when closed, else the weekly. */
    Optional<BusinessHours.OpeningHours> hoursOn(LocalDate date, Optional<BusinessHours.OpeningHours> weekly) {
        BusinessHours.OpeningHours special = open.get(date);
        if (special != null) {
            return Optional.of(special);
        }
        if (closed.contains(date) || (nationalHolidays && BrazilianHolidays.on(date).isPresent())) {
            return Optional.empty();
        }
        return weekly;
    }
}
