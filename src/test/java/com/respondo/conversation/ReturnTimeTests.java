package com.respondo.conversation;

import com.respondo.replies.Fixtures;
import static com.respondo.testsupport.TestZones.SAO_PAULO;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ReturnTimeTests {

    private final BusinessHours nineToSix = BusinessHours.weekdays(SAO_PAULO, LocalTime.of(9, 0), LocalTime.of(18, 0));

    @Test
    void beforeOpeningTheSameDayItIsToday() {
        BusinessHours afternoonOnly = nineToSix.with(new SpecialDates(true, Set.of(), Map.of(LocalDate.of(2026, 3, 5),
                new BusinessHours.OpeningHours(LocalTime.of(14, 0), LocalTime.of(18, 0)))));

        assertThat(ReturnTime.describe(afternoonOnly, Fixtures.clockAt(2026, 3, 5, 11, 0).instant()))
                .contains("hoje, a partir das 14h");
    }

    @Test
    void afterClosingOnAWeekdayItIsTomorrowWithItsWeekday() {
        assertThat(ReturnTime.describe(nineToSix, Fixtures.clockAt(2026, 3, 4, 20, 0).instant()))
                .contains("amanhã, quinta-feira, a partir das 9h");
    }

    @Test
    void lateAtNightTheDayIsTheTenantsNotUtcs() {
        Instant wednesday23h = Instant.parse("2026-03-05T02:00:00Z");

        assertThat(ReturnTime.describe(nineToSix, wednesday23h)).contains("amanhã, quinta-feira, a partir das 9h");
    }

    @Test
    void overTheWeekendItIsTheWeekdayAndDateOfTheNextOpening() {
        BusinessHours fromHalfPastEight = BusinessHours.weekdays(SAO_PAULO, LocalTime.of(8, 30), LocalTime.of(18, 0));

        assertThat(ReturnTime.describe(fromHalfPastEight, Fixtures.clockAt(2026, 3, 6, 19, 0).instant()))
                .contains("na segunda-feira, 9 de março, a partir das 8h30");
        assertThat(ReturnTime.describe(fromHalfPastEight, Fixtures.clockAt(2026, 3, 7, 10, 0).instant()))
                .contains("na segunda-feira, 9 de março, a partir das 8h30");
    }

    @Test
    void overAWeekendFollowedByCarnavalItSkipsTheHolidays() {
        assertThat(ReturnTime.describe(nineToSix, Fixtures.clockAt(2026, 2, 13, 19, 0).instant()))
                .contains("na quarta-feira, 18 de fevereiro, a partir das 9h");
    }

    @Test
    void onTheEveOfCorpusChristiItSkipsTheHoliday() {
        assertThat(ReturnTime.describe(nineToSix, Fixtures.clockAt(2026, 6, 3, 18, 0).instant()))
                .contains("na sexta-feira, 5 de junho, a partir das 9h");
    }

    @Test
    void aSaturdayOpeningTakesItsArticle() {
        BusinessHours withSaturday = nineToSix.with(DayOfWeek.SATURDAY,
                new BusinessHours.OpeningHours(LocalTime.of(10, 0), LocalTime.of(13, 0)));

        assertThat(ReturnTime.describe(withSaturday.with(new SpecialDates(true, Set.of(LocalDate.of(2026, 3, 6)),
                Map.of())), Fixtures.clockAt(2026, 3, 5, 19, 0).instant()))
                .contains("no sábado, 7 de março, a partir das 10h");
    }

    @Test
    void saysNothingInsideBusinessHoursOrWhenTheHoursAreNotInformed() {
        Instant lateAtNight = Fixtures.clockAt(2026, 3, 4, 23, 0).instant();

        assertThat(ReturnTime.describe(nineToSix, Fixtures.clockAt(2026, 3, 4, 10, 0).instant())).isEmpty();
        assertThat(ReturnTime.describe(BusinessHours.notInformed(SAO_PAULO), lateAtNight)).isEmpty();
    }
}
