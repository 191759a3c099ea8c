package uk.council.complaints.demo;

import uk.council.complaints.report.ReportPeriod;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import uk.council.complaints.deadline.BankHolidays;
import uk.council.complaints.deadline.DeadlineProperties;
import uk.council.complaints.deadline.WorkingDays;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo planner on its own (issue 22), for the year just ended with "today" a few weeks into the next: nothing it
 * plans is dated after today, the Ombudsman's dates least of all (received 40 days after the response, decided 90
 * later, so a complaint answered in the last months of the year is not there yet, or has no decision yet), and
 * every date follows the one before it.
 */
class DemoPlannerTest {
    private static final WorkingDays WD = new WorkingDays(BankHolidays.fromClasspath());

    @Property(tries = 20)
    void nothingPlannedIsDatedAfterTodayAndEveryDateFollowsTheOneBefore(@ForAll long seed, @ForAll @IntRange(min = 0, max = 200) int daysIn) {
        LocalDate today = LocalDate.of(2026, 4, 1).plusDays(daysIn);
        List<DemoCase> cases = new DemoPlanner(new DemoMix(seed), WD, new DeadlineProperties(), 1, today)
                .year(ReportPeriod.financialYear(2025), 700);
        for (DemoCase c : cases) {
            notAfter(c, "received", c.received, today);
            inOrder(c, "responded", c.received, c.responded, today);
            inOrder(c, "the Ombudsman received", c.responded, c.ombudsmanReceived, today);
            inOrder(c, "the Ombudsman decided", c.ombudsmanReceived, c.ombudsmanDecided, today);
            inOrder(c, "learning done", c.received, c.learningDoneOn, today);
            assertTrue((c.ombudsman == null) == (c.ombudsmanDecided == null), c.sourceReference() + ": a decision has its date");
            if (c.ombudsmanReceived != null) {
                assertTrue(c.responded != null, c.sourceReference() + ": the Ombudsman looks at an answered complaint");
            }
        }
        // No "some go to the Ombudsman" here: 2% of answered complaints is a chance, not a property of every seed
        // (one seed in the CI gave none); the invariants above are what every seed must keep.
    }

    private static void inOrder(DemoCase c, String what, LocalDate before, LocalDate on, LocalDate today) {
        if (on != null) {
            assertTrue(before != null && !on.isBefore(before), c.sourceReference() + ": " + what + " " + on + " before " + before);
            notAfter(c, what, on, today);
        }
    }

    private static void notAfter(DemoCase c, String what, LocalDate on, LocalDate today) {
        assertTrue(!on.isAfter(today), c.sourceReference() + ": " + what + " " + on + " after today " + today);
    }
}
