package uk.council.complaints.casework.stage;

import org.junit.jupiter.api.Test;
import uk.council.complaints.deadline.BankHolidays;
import uk.council.complaints.deadline.DeadlineProperties;
import uk.council.complaints.deadline.WorkingDays;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The request window and the stopped clock, against dates worked out by hand on the 2026-27 calendar. */
class StageRulesTest {
    private final StageRules rules = new StageRules(new WorkingDays(BankHolidays.fromClasspath()), new uk.council.complaints.deadline.RequestWindow(new WorkingDays(BankHolidays.fromClasspath()), new DeadlineProperties()));

    @Test
    void aRequestIsInTimeUpToTheTwentiethWorkingDayAfterTheResponse() {
        LocalDate response = LocalDate.of(2026, 12, 11);
        // 14-24 Dec 9, 29-31 Dec 12, 4-8 Jan 17, 11-13 Jan 20 (25, 28 Dec and 1 Jan are holidays)
        assertEquals(LocalDate.of(2027, 1, 13), rules.windowEnds(response));
        assertFalse(rules.isLate(response, LocalDate.of(2027, 1, 13)));
        assertTrue(rules.isLate(response, LocalDate.of(2027, 1, 14)));
        assertFalse(rules.isLate(response, response), "asked on the day of the response");
    }

    @Test
    void theWindowOverEasterSkipsGoodFridayAndEasterMonday() {
        // 25 Mar 1, 30 Mar-2 Apr 5, 5-9 Apr 10, 12-16 15, 19-23 20
        assertEquals(LocalDate.of(2027, 4, 23), rules.windowEnds(LocalDate.of(2027, 3, 24)));
    }

    @Test
    void theWindowIsConfiguration() {
        DeadlineProperties shorter = new DeadlineProperties();
        shorter.setEscalationRequest(5);
        StageRules five = new StageRules(new WorkingDays(BankHolidays.fromClasspath()), new uk.council.complaints.deadline.RequestWindow(new WorkingDays(BankHolidays.fromClasspath()), shorter));
        assertEquals(LocalDate.of(2026, 12, 18), five.windowEnds(LocalDate.of(2026, 12, 11)));
    }

    @Test
    void pausedWorkingDaysLeaveOutWeekendsAndHolidays() {
        assertEquals(0, rules.pausedDays(LocalDate.of(2027, 3, 24), LocalDate.of(2027, 3, 24)), "resumed the same day");
        assertEquals(1, rules.pausedDays(LocalDate.of(2027, 3, 25), LocalDate.of(2027, 3, 30)), "over Easter: 30 March only");
        assertEquals(1, rules.pausedDays(LocalDate.of(2027, 3, 26), LocalDate.of(2027, 3, 30)), "paused on Good Friday");
        assertEquals(21, rules.pausedDays(LocalDate.of(2026, 12, 1), LocalDate.of(2027, 1, 4)));
        assertEquals(0, rules.pausedDays(LocalDate.of(2027, 1, 4), LocalDate.of(2026, 12, 1)), "never negative");
    }

    @Test
    void aDueDateMovesOnByThePausedDays() {
        assertEquals(LocalDate.of(2027, 1, 18), rules.moveOn(LocalDate.of(2026, 12, 15), 21));
        assertEquals(LocalDate.of(2027, 3, 30), rules.moveOn(LocalDate.of(2027, 3, 25), 1), "past Easter");
        assertEquals(LocalDate.of(2027, 3, 25), rules.moveOn(LocalDate.of(2027, 3, 25), 0));
        assertNull(rules.moveOn(null, 3), "no due date stays none");
    }
}
