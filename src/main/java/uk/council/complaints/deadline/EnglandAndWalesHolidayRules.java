package uk.council.complaints.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;
import java.util.TreeSet;

/**
 * The usual England and Wales bank holidays of a year, worked out from the rules.
 *
 * <p>Used only for years the bank holidays file does not list. One-off holidays (coronations,
 * jubilees, a moved early May bank holiday) cannot be predicted; they belong in the file.
 */
final class EnglandAndWalesHolidayRules {

    private EnglandAndWalesHolidayRules() {
    }

    static Set<LocalDate> forYear(int year) {
        Set<LocalDate> holidays = new TreeSet<>();
        holidays.add(nextWeekdayOnOrAfter(LocalDate.of(year, Month.JANUARY, 1)));
        LocalDate easterSunday = easterSunday(year);
        holidays.add(easterSunday.minusDays(2));
        holidays.add(easterSunday.plusDays(1));
        LocalDate may = LocalDate.of(year, Month.MAY, 1);
        holidays.add(may.with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)));
        holidays.add(may.with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        holidays.add(LocalDate.of(year, Month.AUGUST, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        holidays.addAll(christmasAndBoxingDay(year));
        return holidays;
    }

    /**
     * Christmas Day and Boxing Day, each moved to the next free weekday when it falls at a weekend.
     * Christmas Day on a Sunday gives 26 and 27 December: Boxing Day itself is the Monday.
     */
    private static Set<LocalDate> christmasAndBoxingDay(int year) {
        LocalDate christmasDay = nextWeekdayOnOrAfter(LocalDate.of(year, Month.DECEMBER, 25));
        LocalDate boxingDay = nextWeekdayOnOrAfter(LocalDate.of(year, Month.DECEMBER, 26));
        if (!boxingDay.isAfter(christmasDay)) {
            boxingDay = nextWeekdayOnOrAfter(christmasDay.plusDays(1));
        }
        return Set.of(christmasDay, boxingDay);
    }

    private static LocalDate nextWeekdayOnOrAfter(LocalDate date) {
        LocalDate day = date;
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
    static LocalDate easterSunday(int year) {
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
