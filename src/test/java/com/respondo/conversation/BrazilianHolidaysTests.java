package com.respondo.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class BrazilianHolidaysTests {

    @ParameterizedTest
    @CsvSource({"2000-04-23", "2008-03-23", "2011-04-24", "2019-04-21", "2024-03-31", "2025-04-20", "2026-04-05",
        "2027-03-28", "2028-04-16", "2038-04-25", "2285-03-22"})
    void easterFallsOnTheKnownSunday(LocalDate easter) {
        assertThat(BrazilianHolidays.easter(easter.getYear())).isEqualTo(easter);
    }

    @Test
    void theHolidaysOf2026AreTheFixedOnesAndTheEasterOnes() {
        assertThat(BrazilianHolidays.of(2026)).containsOnlyKeys(
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 17),
                LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 21), LocalDate.of(2026, 5, 1),
                LocalDate.of(2026, 6, 4), LocalDate.of(2026, 9, 7), LocalDate.of(2026, 10, 12),
                LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 15), LocalDate.of(2026, 11, 20),
                LocalDate.of(2026, 12, 25));
        assertThat(BrazilianHolidays.on(LocalDate.of(2026, 2, 16))).contains("Carnaval");
        assertThat(BrazilianHolidays.on(LocalDate.of(2026, 6, 4))).contains("Corpus Christi");
        assertThat(BrazilianHolidays.on(LocalDate.of(2026, 6, 5))).isEmpty();
    }

    @Test
    void carnavalAndCorpusChristiOf2025And2024() {
        assertThat(BrazilianHolidays.of(2025)).containsEntry(LocalDate.of(2025, 3, 3), "Carnaval")
                .containsEntry(LocalDate.of(2025, 3, 4), "Carnaval")
                .containsEntry(LocalDate.of(2025, 4, 18), "Sexta-feira Santa")
                .containsEntry(LocalDate.of(2025, 6, 19), "Corpus Christi");
        assertThat(BrazilianHolidays.of(2024)).containsEntry(LocalDate.of(2024, 2, 12), "Carnaval")
                .containsEntry(LocalDate.of(2024, 5, 30), "Corpus Christi");
    }

    @Test
    void consciousnessDayIsNationalFrom2024On() {
        assertThat(BrazilianHolidays.on(LocalDate.of(2023, 11, 20))).isEmpty();
        assertThat(BrazilianHolidays.on(LocalDate.of(2024, 11, 20)))
                .contains("Dia Nacional de Zumbi e da Consciência Negra");
    }

    @Test
    void everyYearHasEasterInItsWindowAndTheMovableDaysOnTheirWeekdays() {
        for (int year = 1900; year <= 2200; year++) {
            LocalDate easter = BrazilianHolidays.easter(year);
            assertThat(easter.getDayOfWeek()).as("Easter %s", year).isEqualTo(DayOfWeek.SUNDAY);
            assertThat(easter).isBetween(LocalDate.of(year, 3, 22), LocalDate.of(year, 4, 25));
            Map<LocalDate, String> holidays = BrazilianHolidays.of(year);
            assertThat(holidays.get(easter.minusDays(48))).isEqualTo("Carnaval");
            assertThat(easter.minusDays(48).getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
            assertThat(easter.minusDays(2).getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);
            assertThat(easter.plusDays(60).getDayOfWeek()).isEqualTo(DayOfWeek.THURSDAY);
            assertThat(holidays).containsKeys(LocalDate.of(year, 1, 1), LocalDate.of(year, 11, 15),
                    LocalDate.of(year, 12, 25));
        }
    }
}
