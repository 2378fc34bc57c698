package com.respondo.conversation;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Brazil's national holidays of any year, computed rather than listed so no year runs out: the fixed dates (1 Jan,
 * Tiradentes 21 Apr, 1 May, Independência 7 Sep, Nossa Senhora Aparecida 12 Oct, Finados 2 Nov, República 15 Nov,
 * Consciência Negra 20 Nov from 2024 on, by Lei 14.759/2023, and Natal 25 Dec) and the ones that follow Easter
 * (Carnaval Monday and Tuesday, Sexta-feira Santa, Corpus Christi).
 * <p>
 * Carnaval and Corpus Christi are not holidays by federal law but "pontos facultativos" (the federal government's
 * yearly calendar lets offices close); most businesses close on them, so they count here as closed days. A tenant that
 * opens on them, or on any other holiday, says so with its open dates, or turns national holidays off altogether.
 * State and municipal holidays are not known here: a tenant adds them as closed dates.
 */
public final class BrazilianHolidays {

    private static final Map<MonthDay, String> FIXED = Map.of(
            MonthDay.of(1, 1), "Confraternização Universal",
            MonthDay.of(4, 21), "Tiradentes",
            MonthDay.of(5, 1), "Dia do Trabalho",
            MonthDay.of(9, 7), "Independência do Brasil",
            MonthDay.of(10, 12), "Nossa Senhora Aparecida",
            MonthDay.of(11, 2), "Finados",
            MonthDay.of(11, 15), "Proclamação da República",
            MonthDay.of(12, 25), "Natal");

    private static final MonthDay BLACK_CONSCIOUSNESS = MonthDay.of(11, 20);

    private static final int BLACK_CONSCIOUSNESS_SINCE = 2024;

    private BrazilianHolidays() {
    }

    /** The holidays of a year, by date, with their pt-BR names. */
    public static Map<LocalDate, String> of(int year) {
        Map<LocalDate, String> holidays = new TreeMap<>();
        FIXED.forEach((day, name) -> holidays.put(day.atYear(year), name));
        if (year >= BLACK_CONSCIOUSNESS_SINCE) {
            holidays.put(BLACK_CONSCIOUSNESS.atYear(year), "Dia Nacional de Zumbi e da Consciência Negra");
        }
        LocalDate easter = easter(year);
        holidays.put(easter.minusDays(48), "Carnaval");
        holidays.put(easter.minusDays(47), "Carnaval");
        holidays.put(easter.minusDays(2), "Sexta-feira Santa");
        holidays.put(easter.plusDays(60), "Corpus Christi");
        return holidays;
    }

    /** The holiday's pt-BR name, when the date is one. */
    public static Optional<String> on(LocalDate date) {
        return Optional.ofNullable(of(date.getYear()).get(date));
    }

    /** Easter Sunday of a Gregorian year, by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
    public static LocalDate easter(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
