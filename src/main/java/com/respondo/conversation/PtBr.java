package com.respondo.conversation;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * pt-BR wording of days, dates and times, spelled out here rather than taken from the JDK's locale data, whose
 * abbreviations ("sex.") and availability vary between JDKs; the prompts must read the same everywhere.
 */
public final class PtBr {

    private static final String[] DAY = {"segunda", "terça", "quarta", "quinta", "sexta", "sábado", "domingo"};
    private static final String[] DAY_FULL = {"segunda-feira", "terça-feira", "quarta-feira", "quinta-feira",
        "sexta-feira", "sábado", "domingo"};
    private static final String[] DAY_SHORT = {"seg", "ter", "qua", "qui", "sex", "sáb", "dom"};

    private static final String[] MONTH = {"janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho",
        "agosto", "setembro", "outubro", "novembro", "dezembro"};

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("dd/MM");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private PtBr() {
    }

    /** "segunda", or "segunda a sexta", or "sábado e domingo". */
    static String dayRange(DayOfWeek first, DayOfWeek last) {
        if (first == last) {
            return DAY[first.ordinal()];
        }
        String joiner = last.ordinal() - first.ordinal() == 1 ? " e " : " a ";
        return DAY[first.ordinal()] + joiner + DAY[last.ordinal()];
    }

    static String time(LocalTime time) {
        return TIME.format(time);
    }

    /** "28/11 14:05", the stamp of a history line. */
    static String stamp(Instant at, ZoneId zone) {
        ZonedDateTime local = at.atZone(zone);
        return DAY_MONTH.format(local) + " " + TIME.format(local);
    }

    /** "sexta-feira, 29/11/2024 às 14:05". */
    public static String dateTime(Instant at, ZoneId zone) {
        ZonedDateTime local = at.atZone(zone);
        return DAY_FULL[local.getDayOfWeek().ordinal()] + ", " + DATE.format(local) + " às " + TIME.format(local);
    }

    /** "sex 29/11 às 10:00", a slot in a numbered list. */
    public static String slot(Instant at, ZoneId zone) {
        ZonedDateTime local = at.atZone(zone);
        return DAY_SHORT[local.getDayOfWeek().ordinal()] + " " + DAY_MONTH.format(local) + " às "
                + TIME.format(local);
    }

    /** "bom dia" from 05:00, "boa tarde" from 12:00, "boa noite" from 18:00 until 05:00. */
    public static String greetingPeriod(Instant at, ZoneId zone) {
        int hour = at.atZone(zone).getHour();
        if (hour >= 5 && hour < 12) {
            return "bom dia";
        }
        return hour >= 12 && hour < 18 ? "boa tarde" : "boa noite";
    }

    /** "segunda-feira", "sábado". */
    static String weekday(DayOfWeek day) {
        return DAY_FULL[day.ordinal()];
    }

    /** "na segunda-feira", "no sábado": the weekday with its article. */
    static String onWeekday(DayOfWeek day) {
        return (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY ? "no " : "na ") + weekday(day);
    }

    /** "9 de março". */
    static String dayOfMonth(LocalDate date) {
        return date.getDayOfMonth() + " de " + MONTH[date.getMonthValue() - 1];
    }

    /** "a partir das 9h", "a partir das 8h30", "a partir da 1h": the spoken hour a thing starts. */
    static String fromHour(LocalTime time) {
        String hour = time.getHour() + "h" + (time.getMinute() == 0 ? "" : String.format("%02d", time.getMinute()));
        return (time.getHour() <= 1 ? "a partir da " : "a partir das ") + hour;
    }
}
