package uk.council.complaints.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shipped list for 2018 to 2023 (issue 25: importing earlier years' registers) against a list worked out here,
 * independently of the portal's rules class: the usual England and Wales rules, Easter by Knuth's algorithm written
 * below, and the one-off changes of those years typed in from the GOV.UK announcements.
 */
class EarlierBankHolidaysTest {

    private static final BankHolidays SHIPPED = BankHolidays.fromClasspath();

    /** Days the usual rules give that were not holidays that year. */
    private static final Set<LocalDate> MOVED_AWAY = Set.of(
            LocalDate.of(2020, 5, 4),   // early May bank holiday moved to Friday 8 May for VE day's 75th anniversary
            LocalDate.of(2022, 5, 30)); // spring bank holiday moved to Thursday 2 June for the Platinum Jubilee
    /** One-off holidays and the days things were moved to. */
    private static final Set<LocalDate> ONE_OFF = Set.of(
            LocalDate.of(2020, 5, 8),   // VE day
            LocalDate.of(2022, 6, 2),   // spring bank holiday, moved
            LocalDate.of(2022, 6, 3),   // Platinum Jubilee
            LocalDate.of(2022, 9, 19),  // state funeral of Queen Elizabeth II
            LocalDate.of(2023, 5, 8));  // coronation of King Charles III

    @ParameterizedTest(name = "{0} is shipped as published")
    @ValueSource(ints = {2018, 2019, 2020, 2021, 2022, 2023})
    void earlierYearsAreShippedAsPublished(int year) {
        Set<LocalDate> expected = new TreeSet<>(usualRules(year));
        expected.removeAll(MOVED_AWAY);
        ONE_OFF.stream().filter(d -> d.getYear() == year).forEach(expected::add);

        assertTrue(SHIPPED.isListedInFile(year), year + " must come from the file, not the rules");
        assertEquals(expected, SHIPPED.inYear(year));
    }

    @ParameterizedTest(name = "one-off holiday {0}")
    @ValueSource(strings = {"2020-05-08", "2022-06-02", "2022-06-03", "2022-09-19", "2023-05-08"})
    void oneOffHolidaysAreHolidays(String day) {
        assertTrue(SHIPPED.isBankHoliday(LocalDate.parse(day)));
    }

    @ParameterizedTest(name = "{0} was an ordinary working day")
    @ValueSource(strings = {"2020-05-04", "2022-05-30"})
    void daysMovedAwayAreWorkingDays(String day) {
        org.junit.jupiter.api.Assertions.assertFalse(SHIPPED.isBankHoliday(LocalDate.parse(day)));
    }

    @ParameterizedTest(name = "Easter {0}")
    @ValueSource(ints = {2018, 2019, 2020, 2021, 2022, 2023})
    void easterByThisTestsAlgorithmFallsOnASunday(int year) {
        assertEquals(DayOfWeek.SUNDAY, easterSunday(year).getDayOfWeek());
    }

    /** New Year, Good Friday, Easter Monday, first and last Monday of May, last Monday of August, Christmas, Boxing Day. */
    static Set<LocalDate> usualRules(int year) {
        Set<LocalDate> days = new TreeSet<>();
        days.add(weekdayOnOrAfter(LocalDate.of(year, 1, 1)));
        LocalDate easter = easterSunday(year);
        days.add(easter.minusDays(2));
        days.add(easter.plusDays(1));
        days.add(LocalDate.of(year, 5, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)));
        days.add(LocalDate.of(year, 5, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        days.add(LocalDate.of(year, 8, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        LocalDate christmas = weekdayOnOrAfter(LocalDate.of(year, 12, 25));
        days.add(christmas);
        days.add(weekdayOnOrAfter(christmas.plusDays(1)));
        return days;
    }

    /** The day itself, or the next weekday when it falls at a weekend (the substitute day). */
    private static LocalDate weekdayOnOrAfter(LocalDate day) {
        LocalDate d = day;
        while (List.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY).contains(d.getDayOfWeek())) {
            d = d.plusDays(1);
        }
        return d;
    }

    /**
     * Gregorian Easter Sunday by Knuth's Algorithm E (The Art of Computer Programming, 1.3.2 exercise 14): a different
     * algorithm from the one the portal's rules use, so a slip in either shows.
     */
    static LocalDate easterSunday(int year) {
        int golden = year % 19 + 1;
        int century = year / 100 + 1;
        int x = 3 * century / 4 - 12;
        int z = (8 * century + 5) / 25 - 5;
        int d = 5 * year / 4 - x - 10;
        int epact = Math.floorMod(11 * golden + 20 + z - x, 30);
        if ((epact == 25 && golden > 11) || epact == 24) {
            epact++;
        }
        int n = 44 - epact;
        if (n < 21) {
            n += 30;
        }
        n = n + 7 - Math.floorMod(d + n, 7);
        return n > 31 ? LocalDate.of(year, 4, n - 31) : LocalDate.of(year, 3, n);
    }
}
