package uk.council.complaints.report;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.council.complaints.demo.DemoData;
import uk.council.complaints.staff.StaffFixtures;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo-data switch fills only an empty database, with fictional cases in the seed reports' proportions. */
@MicronautTest(transactional = false)
class DemoDataTest {
    @Inject
    ApplicationContext ctx;
    @Inject
    DemoData demo;
    @Inject
    ReportFigures figures;

    @Test
    void fillsAnEmptyDatabaseInTheSeedsProportionsAndRefusesOneWithRealCases() {
        Rows rows = new Rows(ctx);
        // On PostgreSQL the schema is shared with the other tests: the filling is checked when it is empty.
        if (rows.count("select count(*) from complaint_case where demo = false") == 0) {
            long started = System.nanoTime();
            int written = demo.fill(2009, 2, 1000);
            // a figure printed, not asserted (issue 22: how long filling the demo years takes)
            System.out.printf("DemoDataTest: 2 demo years of 1,000 representations filled: %d cases in %d ms%n", written,
                    (System.nanoTime() - started) / 1_000_000);
            assertTrue(written > 2000, "escalations and converted call-backs come on top: " + written);
            assertEquals(written, rows.count("select count(*) from complaint_case where demo = true and submitter_name like '%(fictional)'"));
            List<ReportTable> year = figures.tables(ReportPeriod.financialYear(2009));
            long total = value(year, "A", "total", "count");
            long stage1 = value(year, "B", "STAGE1", "received");
            long compliments = value(year, "A", "COMPLIMENT", "count");
            long email = value(year, "C", "email", "statutory");
            long statutory = value(year, "C", "total", "statutory");
            assertTrue(total > 950 && total < 1150, "a year of about 1,000: " + total);
            assertTrue(stage1 > 0.25 * total && stage1 < 0.42 * total, "Stage 1 share " + stage1);
            assertTrue(compliments > 0.35 * total, "compliments " + compliments + " of " + total + " (Stage 1 " + stage1 + ")");
            assertTrue(email > 0.40 * statutory && email < 0.62 * statutory, "53% by email (a converted call-back is by phone): " + email + " of " + statutory);
            assertTrue(value(year, "B", "STAGE2", "received") > 0 && value(year, "I", "STAGE1", "responded") > 0);
            assertTrue(value(year, "F", "total", "total") > value(year, "E", "total", "total"), "more issues than complaints");
            Reconciliation.check(year);
            // issue 21's kinds of enquiry: a demo year has each, none "not recorded", and they are table A's enquiries
            for (String kind : uk.council.complaints.cases.EnquiryKinds.CHOSEN) {
                assertTrue(value(year, "A-enquiries", kind, "count") > 0, "demo enquiries include " + kind);
            }
            assertEquals(0, value(year, "A-enquiries", uk.council.complaints.cases.EnquiryKinds.NOT_RECORDED, "count"));
            // issue 21's corporate lists: corporate complaints have corporate natures, statutory ones none of them
            assertTrue(value(year, "F", "eligibility-decision", "corporate") > 0, "a corporate nature in the corporate column");
            assertEquals(0, value(year, "F", "eligibility-decision", "statutory"));
            assertEquals(0, value(year, "F", "placement", "corporate"), "no statutory-only nature on a corporate complaint");
            assertEquals(rows.count("select count(*) from complaint_case where demo = true and kind = 'ENQUIRY'"
                    + " and received_on between ? and ?", LocalDate.of(2009, 4, 1), LocalDate.of(2010, 3, 31)),
                    value(year, "A", "ENQUIRY", "count"));
            // made by the domain's rules (issue 22): panel steps in order, on weekdays; every gender answered
            assertEquals(0, rows.count("select count(*) from review_panel rp join complaint_case c on c.id = rp.case_id where c.demo = true"
                    + " and (rp.meeting_on <= c.received_on or rp.report_on < rp.meeting_on or rp.council_response_on < rp.report_on)"));
            assertTrue(rows.count("select count(*) from review_panel rp join complaint_case c on c.id = rp.case_id where c.demo = true") > 0);
            assertEquals(0, rows.count("select count(*) from review_panel where extract(isodow from meeting_on) > 5"
                    + " or extract(isodow from report_on) > 5"), "no panel meets or reports on a weekend");
            for (String gender : uk.council.complaints.journey.Options.GENDERS) {
                assertTrue(value(year, "N-gender", gender, "count") > 0, "demo equality answers include " + gender);
            }
            assertTrue(value(year, "N-gender", "woman", "count") > value(year, "N-gender", "man", "count"));
            // a realistic open caseload (issue 22): nothing from years ago left open and overdue in a newcomer's queue;
            // an open case is at most as old as the longest response takes (Stage 2, 65 working days and a little late)
            assertEquals(0, rows.count("select count(*) from complaint_case where demo = true and status in ('new', 'acknowledged')"
                    + " and received_on < ?", LocalDate.now().minusWeeks(20)), "no demo case older than 20 weeks is open");
            assertEquals(0, rows.count("select count(*) from complaint_case c join case_handling h on h.case_id = c.id"
                    + " where c.demo = true and c.status = 'closed' and (h.closed_at is null or cast(h.closed_at as date) < c.received_on"
                    + " or h.responded_on < c.received_on or cast(h.closed_at as date) < h.responded_on or cast(h.closed_at as date) > ?)",
                    LocalDate.now()), "every closed case's dates in order: received, responded, closed, not after today");
            assertEquals(0, rows.count("select count(*) from complaint_case c join case_triage t on t.case_id = c.id where c.demo = true"
                    + " and c.status = 'closed' and t.queue in ('STAGE1', 'CORPORATE', 'STAGE2', 'CORPORATE_STAGE2')"
                    + " and not exists (select 1 from case_handling h where h.case_id = c.id and h.responded_on is not null)"),
                    "a closed complaint was answered");
            // issue 22: nothing the Ombudsman or a learning action did is dated after today (the clock)
            assertEquals(0, rows.count("select count(*) from ombudsman_case o join complaint_case c on c.id = o.case_id where c.demo = true"
                    + " and (o.received_on > ? or o.decided_on > ? or o.received_on < c.received_on or o.decided_on < o.received_on)",
                    LocalDate.now(), LocalDate.now()), "Ombudsman dates in order, none in the future");
            assertEquals(0, rows.count("select count(*) from learning_action l join complaint_case c on c.id = l.case_id where c.demo = true"
                    + " and l.done_on > ?", LocalDate.now()), "no learning action done in the future");
            // issue 22: every demo case came through staff intake and the case page's steps, so each has a timeline
            assertEquals(0, rows.count("select count(*) from complaint_case c where c.demo = true"
                    + " and not exists (select 1 from case_event e where e.case_id = c.id)"), "every demo case has its timeline");
            assertTrue(rows.count("select count(*) from case_event e join complaint_case c on c.id = e.case_id where c.demo = true"
                    + " and e.detail like 'Demo case (fictional)%'") > 1000, "the timeline says it is a demo case");
            assertEquals(0, rows.count("select count(*) from complaint_case c where c.demo = true and not exists"
                    + " (select 1 from imported_case i where i.case_id = c.id and i.route = 'demo')"),
                    "the case page says every demo case is fictional (imported_case, route demo)");
            assertEquals(0, demo.fill(2009, 1, 100), "demo data already there: nothing added");
        }
        StaffFixtures.complaint(ctx);
        long demoCases = rows.count("select count(*) from complaint_case where demo = true");
        assertEquals(0, demo.fill(2005, 1, 100), "a database with a real case is refused");
        assertEquals(demoCases, rows.count("select count(*) from complaint_case where demo = true"));
    }

    @AfterEach
    void removeDemoCases() {
        Rows rows = new Rows(ctx);
        rows.update("delete from complaint_case where demo = true");
        rows.update("delete from equality_monitoring where submitted_month < ?", LocalDate.of(2011, 4, 1));
    }

    private static long value(List<ReportTable> tables, String letter, String row, String column) {
        ReportTable t = tables.stream().filter(x -> x.letter().equals(letter)).findFirst().orElseThrow();
        int c = t.columns().stream().map(ReportTable.Column::code).toList().indexOf(column);
        return t.rows().stream().filter(r -> r.code().equals(row)).findFirst().orElseThrow().figures().get(c).value().longValue();
    }
}
