package uk.council.complaints.report;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Issue 21: tables E and F list the services and natures of both procedures, so a corporate nature (on
 * {@code portal.corporate.natures} only) and the holiday activity fund are rows of their own, counted in the corporate
 * column, not "unlisted" codes. Cases written here in financial year 2008-09, which no other test writes; the counts
 * are worked out by hand from them.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorporateNaturesReportTest {
    private static final ReportPeriod YEAR = ReportPeriod.financialYear(2008);
    private static final ZoneId UK = ZoneId.of("Europe/London");
    @Inject
    ApplicationContext ctx;
    @Inject
    ReportFigures figures;

    @MockBean(Clock.class)
    Clock clock() {
        return Clock.fixed(Instant.parse("2009-06-01T10:00:00Z"), UK);
    }

    @BeforeAll
    void cases() {
        LocalDate on = LocalDate.of(2008, 9, 1);
        // Two corporate complaints about the holiday activity fund: one about council policy, one about a charge and a delay.
        long a = complaint("CORPORATE", "holiday-activity-fund", on);
        issue(a, 1, "policy");
        long b = complaint("CORPORATE", "holiday-activity-fund", on.plusDays(1));
        issue(b, 1, "charges");
        issue(b, 2, "delay");
        // A third corporate complaint about council policy, on SEN.
        issue(complaint("CORPORATE", "sen-ehcp", on.plusDays(2)), 1, "policy");
        // A statutory complaint: a statutory nature, in the statutory column.
        issue(complaint("STAGE1", "children-in-care", on.plusDays(3)), 1, "placement");
    }

    @AfterAll
    void remove() {
        new Rows(ctx).update("delete from complaint_case where received_on between ? and ?", YEAR.from(), YEAR.to().plusDays(1));
    }

    @Test
    void aCorporateNatureIsARowOfTheCorporateColumn() {
        ReportTable f = table("F");
        assertEquals("staff.nature.policy", row(f, "policy").labelKey(), "listed, in the nature's words");
        assertEquals(List.of(0L, 2L), counts(f, "policy"));
        assertEquals(List.of(0L, 1L), counts(f, "charges"));
        assertEquals(List.of(0L, 1L), counts(f, "delay"));
        assertEquals(List.of(1L, 0L), counts(f, "placement"));
        assertEquals(List.of(1L, 4L), counts(f, "total"));
        assertEquals("staff.nature.charges", row(table("F-findings"), "charges").labelKey());
    }

    @Test
    void theHolidayActivityFundIsAServiceRowOfTheCorporateColumn() {
        ReportTable e = table("E");
        assertEquals("field.service.option.holiday-activity-fund", row(e, "holiday-activity-fund").labelKey());
        assertEquals(List.of(0L, 2L), counts(e, "holiday-activity-fund"));
        assertEquals(List.of(0L, 1L), counts(e, "sen-ehcp"));
        assertEquals(List.of(1L, 0L), counts(e, "children-in-care"));
    }

    private ReportTable table(String letter) {
        return figures.tables(YEAR).stream().filter(t -> t.letter().equals(letter)).findFirst().orElseThrow();
    }

    private static ReportTable.Row row(ReportTable t, String code) {
        return t.rows().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow(() -> new AssertionError(
                "no row " + code + " in " + t.rows().stream().map(ReportTable.Row::code).toList()));
    }

    /** The statutory and corporate columns' counts of a row. */
    private static List<Long> counts(ReportTable t, String code) {
        List<String> columns = t.columns().stream().map(ReportTable.Column::code).toList();
        ReportTable.Row r = row(t, code);
        return List.of("statutory", "corporate").stream().map(c -> r.figures().get(columns.indexOf(c)).value().longValue()).toList();
    }

    private long complaint(String queue, String service, LocalDate on) {
        return new Rows(ctx).representation("COMPLAINT", queue, on, on.atTime(10, 0).atZone(UK).toInstant(), "email",
                "parent", service, on.plusDays(20));
    }

    private void issue(long caseId, int position, String nature) {
        new Rows(ctx).insert("case_issue", Map.of("case_id", caseId, "position", position, "nature", nature));
    }
}
