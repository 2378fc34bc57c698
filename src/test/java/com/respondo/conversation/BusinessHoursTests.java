package com.respondo.conversation;

import static com.respondo.testsupport.TestZones.SAO_PAULO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.respondo.replies.Fixtures;

class BusinessHoursTests {

    @Test
    void describesTheWeekInPortugueseGroupingConsecutiveDays() {
        assertThat(Fixtures.hours().describe()).isEqualTo(
                "segunda a sexta, das 08:00 às 18:00; sábado, das 09:00 às 13:00; domingo, fechado");
    }

    @Test
    void describesTwoConsecutiveDaysWithE() {
        BusinessHours hours = BusinessHours.weekdays(SAO_PAULO, LocalTime.of(8, 0), LocalTime.of(18, 0));

        assertThat(hours.describe()).isEqualTo("segunda a sexta, das 08:00 às 18:00; sábado e domingo, fechado");
    }

    @Test
    void isOpenFromOpeningInclusiveToClosingExclusiveInTheTenantZone() {
        BusinessHours hours = Fixtures.hours();

        assertThat(hours.isOpenAt(at(2024, 11, 29, 7, 59))).isFalse();
        assertThat(hours.isOpenAt(at(2024, 11, 29, 8, 0))).isTrue();
        assertThat(hours.isOpenAt(at(2024, 11, 29, 17, 59))).isTrue();
        assertThat(hours.isOpenAt(at(2024, 11, 29, 18, 0))).isFalse();
        assertThat(hours.isOpenAt(at(2024, 11, 30, 12, 0))).isTrue();
        assertThat(hours.isOpenAt(at(2024, 12, 1, 12, 0))).isFalse();
    }

    @Test
    void hoursNotInformedClaimNothing() {
        BusinessHours hours = BusinessHours.notInformed(SAO_PAULO);

        assertThat(hours.describe()).isEqualTo("não informado");
        assertThat(hours.isOpenAt(at(2024, 12, 1, 3, 0))).isTrue();
    }

    @Test
    void refusesAClosingTimeNotAfterTheOpeningTime() {
        assertThatThrownBy(() -> new BusinessHours.OpeningHours(LocalTime.of(18, 0), LocalTime.of(8, 0)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sameDaysGiveTheSameDescriptionWhateverTheMapOrder() {
        BusinessHours a = BusinessHours.notInformed(SAO_PAULO)
                .with(DayOfWeek.SUNDAY, new BusinessHours.OpeningHours(LocalTime.of(10, 0), LocalTime.of(14, 0)))
                .with(DayOfWeek.MONDAY, new BusinessHours.OpeningHours(LocalTime.of(8, 0), LocalTime.of(12, 0)));
        BusinessHours b = BusinessHours.notInformed(SAO_PAULO)
                .with(DayOfWeek.MONDAY, new BusinessHours.OpeningHours(LocalTime.of(8, 0), LocalTime.of(12, 0)))
                .with(DayOfWeek.SUNDAY, new BusinessHours.OpeningHours(LocalTime.of(10, 0), LocalTime.of(14, 0)));

        assertThat(a.describe()).isEqualTo(b.describe()).isEqualTo(
                "segunda, das 08:00 às 12:00; terça a sábado, fechado; domingo, das 10:00 às 14:00");
    }

    @Test
    void nationalHolidaysCloseTheDayUnlessTurnedOff() {
        BusinessHours hours = BusinessHours.weekdays(SAO_PAULO, LocalTime.of(8, 0), LocalTime.of(18, 0));

        assertThat(hours.isOpenAt(at(2026, 2, 17, 10, 0))).as("Carnaval Tuesday").isFalse();
        assertThat(hours.isOpenAt(at(2026, 6, 4, 10, 0))).as("Corpus Christi").isFalse();
        assertThat(hours.isOpenAt(at(2026, 6, 5, 10, 0))).isTrue();
        assertThat(hours.with(new SpecialDates(false, Set.of(), Map.of())).isOpenAt(at(2026, 2, 17, 10, 0))).isTrue();
    }

    @Test
    void closedDatesCloseAndOpenDatesOpenWithTheirOwnHoursEvenOnAHoliday() {
        BusinessHours hours = BusinessHours.weekdays(SAO_PAULO, LocalTime.of(8, 0), LocalTime.of(18, 0))
                .with(new SpecialDates(true, Set.of(LocalDate.of(2026, 1, 20)), Map.of(
                        LocalDate.of(2026, 2, 16), new BusinessHours.OpeningHours(LocalTime.of(9, 0),
                                LocalTime.of(12, 0)))));

        assertThat(hours.isOpenAt(at(2026, 1, 20, 10, 0))).as("the tenant's closed date").isFalse();
        assertThat(hours.isOpenAt(at(2026, 2, 16, 9, 0))).as("open on Carnaval Monday").isTrue();
        assertThat(hours.isOpenAt(at(2026, 2, 16, 12, 0))).as("until its own closing").isFalse();
        assertThat(hours.isOpenAt(at(2026, 2, 17, 10, 0))).as("Carnaval Tuesday still closed").isFalse();
    }

    @Test
    void nextOpeningIsNowWhenOpenAndOtherwiseTheNextOpeningInTheTenantZone() {
        BusinessHours hours = Fixtures.hours();

        assertThat(hours.nextOpening(at(2024, 11, 29, 10, 0))).contains(at(2024, 11, 29, 10, 0));
        assertThat(hours.nextOpening(at(2024, 11, 29, 6, 30))).contains(at(2024, 11, 29, 8, 0));
        assertThat(hours.nextOpening(at(2024, 11, 29, 18, 0))).contains(at(2024, 11, 30, 9, 0));
        assertThat(hours.nextOpening(at(2024, 11, 30, 13, 0))).contains(at(2024, 12, 2, 8, 0));
        assertThat(BusinessHours.notInformed(SAO_PAULO).nextOpening(at(2024, 12, 1, 3, 0)))
                .contains(at(2024, 12, 1, 3, 0));
    }

    @Test
    void nextOpeningSkipsAWeekendFollowedByCarnaval() {
        BusinessHours hours = BusinessHours.weekdays(SAO_PAULO, LocalTime.of(8, 0), LocalTime.of(18, 0));

        assertThat(hours.nextOpening(at(2026, 2, 13, 19, 0))).contains(at(2026, 2, 18, 8, 0));
        assertThat(hours.nextOpening(at(2026, 6, 3, 18, 30))).contains(at(2026, 6, 5, 8, 0));
    }

    private static java.time.Instant at(int year, int month, int day, int hour, int minute) {
        return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, SAO_PAULO).toInstant();
    }
}
