package uk.council.complaints.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDaysTest {

    private static final WorkingDays WORKING_DAYS = new WorkingDays(BankHolidays.fromClasspath());

    @ParameterizedTest(name = "{0} is a working day: {1}")
    @CsvSource({
            "2025-03-10, true",   // Monday
            "2025-03-08, false",  // Saturday
            "2025-03-09, false",  // Sunday
            "2025-04-18, false",  // Good Friday
            "2026-12-26, false",  // Boxing Day on a Saturday
            "2026-12-28, false",  // its substitute day
            "2026-12-29, true",
            "2031-04-14, false",  // Easter Monday, from the rules
    })
    void isWorkingDay(LocalDate date, boolean expected) {
        assertEquals(expected, WORKING_DAYS.isWorkingDay(date));
    }

    @ParameterizedTest(name = "{0} + {1} working days = {2}")
    @CsvSource({
            // an ordinary fortnight
            "2025-03-10, 10, 2025-03-24",
            "2025-03-14,  1, 2025-03-17",
            // Christmas and New Year 2026-27: 25 Dec, 28 Dec (Boxing Day substitute) and 1 Jan are off
            "2026-12-23,  3, 2026-12-30",
            "2026-12-23,  5, 2027-01-04",
            "2026-12-24,  1, 2026-12-29",
            "2026-12-24, 10, 2027-01-12",
            "2026-12-31,  1, 2027-01-04",
            "2026-12-10, 20, 2027-01-12",
            // Easter 2025: Good Friday 18 April, Easter Monday 21 April
            "2025-04-16,  3, 2025-04-23",
            "2025-04-17,  1, 2025-04-22",
            "2025-04-17, 10, 2025-05-06",  // also passes the early May bank holiday
            // starting on a weekend or holiday: the next working day is day 1
            "2025-03-08,  1, 2025-03-10",
            "2025-03-08,  5, 2025-03-14",
            "2025-03-09,  1, 2025-03-10",
            "2025-04-19,  1, 2025-04-22",
            "2026-12-25,  1, 2026-12-29",
            "2026-12-26,  1, 2026-12-29",
            // zero days is the start day itself, even when that is not a working day
            "2025-03-10,  0, 2025-03-10",
            "2025-03-08,  0, 2025-03-08",
            // a year worked out from the rules
            "2031-04-10,  1, 2031-04-15",
            "2031-12-24,  1, 2031-12-29",
            // the longest stage 2 time
            "2026-10-01, 65, 2027-01-05",
    })
    void addWorkingDays(LocalDate start, int days, LocalDate expected) {
        assertEquals(expected, WORKING_DAYS.addWorkingDays(start, days));
    }

    @ParameterizedTest(name = "{0} to {1} is {2} working days, and back is minus that")
    @CsvSource({
            "2025-03-10, 2025-03-10, 0",
            "2025-03-14, 2025-03-17, 1",
            "2025-03-10, 2025-03-14, 4",
            "2025-03-08, 2025-03-09, 0",
            "2025-03-08, 2025-03-10, 1",
            "2025-04-17, 2025-04-22, 1",
            "2026-12-24, 2027-01-04, 4",
            "2026-12-24, 2027-01-12, 10",
    })
    void workingDaysBetweenIsSymmetric(LocalDate from, LocalDate to, int expected) {
        assertEquals(expected, WORKING_DAYS.workingDaysBetween(from, to));
        assertEquals(-expected, WORKING_DAYS.workingDaysBetween(to, from));
    }

    @ParameterizedTest(name = "counting back from {0} + n working days gives n")
    @CsvSource({"2025-04-16", "2025-03-08", "2026-12-20", "2027-12-24", "2031-04-09"})
    void betweenUndoesAdd(LocalDate start) {
        for (int days = 0; days <= 70; days++) {
            assertEquals(days, WORKING_DAYS.workingDaysBetween(start, WORKING_DAYS.addWorkingDays(start, days)));
        }
    }

    @Test
    void negativeDaysAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> WORKING_DAYS.addWorkingDays(LocalDate.of(2025, 3, 10), -1));
    }
}
