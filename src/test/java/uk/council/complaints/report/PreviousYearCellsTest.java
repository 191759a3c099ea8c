package uk.council.complaints.report;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Issue 22, Found 1, the three previous-year cells from case data through the real report: C phone (12), E SEN corporate
 * (41) and G apology (32) once read "fewer than 5". Each table also holds a count of 2 (primary, "fewer than 5") and a
 * smaller cell the complementary suppression can take instead, so the true value is published: in the CSV of its own
 * year and in the previous-year column of the next year's published page. Financial years 2011 and 2012, which no
 * other test writes.
 */
@MicronautTest(transactional = false)
class PreviousYearCellsTest {
    private static final ReportPeriod BEFORE = ReportPeriod.financialYear(2011);
    private static final ReportPeriod YEAR = ReportPeriod.financialYear(2012);
    private static final LocalDate ON = LocalDate.of(2011, 6, 6);
    @Inject
    ApplicationContext ctx;
    @Inject
    ReportCsv csv;
    @Inject
    ReportPage page;
    private final ReportWords words = new ReportWords();

    @Test
    void cPhoneTwelveEsenCorporateFortyOneAndGApologyThirtyTwoArePublishedAsTheyAre() {
        Rows rows = new Rows(ctx);
        // C: 12 by phone, 2 by email (fewer than 5), 6 by letter (the cheaper cell to hide beside the 2)
        complaints(rows, 12, "STAGE1", "phone", "children-in-care", null);
        complaints(rows, 2, "STAGE1", "email", "children-in-care", null);
        complaints(rows, 6, "STAGE1", "letter", "children-in-care", null);
        // E: 41 corporate about SEN, 2 about school transport, 6 about children in care (all corporate)
        complaints(rows, 41, "CORPORATE", "online-form", "sen-ehcp", null);
        complaints(rows, 2, "CORPORATE", "online-form", "school-transport", null);
        complaints(rows, 6, "CORPORATE", "online-form", "family-support", null);
        // G: 32 statutory complaints wanting an apology, 2 an explanation, 6 a meeting
        complaints(rows, 32, "STAGE1", "in-person", "fostering", "apology");
        complaints(rows, 2, "STAGE1", "in-person", "fostering", "explanation");
        complaints(rows, 6, "STAGE1", "in-person", "fostering", "meeting");

        String phone = words.words("staff.receivedVia.phone");
        String statutory = words.words("report.column.statutory");
        String corporate = words.words("report.column.corporate");
        String sen = words.words("field.service.option.sen-ehcp");
        String apology = words.words("field.outcomesSought.option.apology");
        String fewer = words.words("report.figure.suppressed");

        List<List<String>> lines = csv.lines(BEFORE);
        assertEquals("12", cell(lines, "C", phone, statutory));
        assertEquals("41", cell(lines, "E", sen, corporate));
        assertEquals("32", cell(lines, "G", apology, statutory));
        assertEquals(fewer, cell(lines, "C", words.words("staff.receivedVia.email"), statutory), "the 2 is still hidden");
        // the cells hidden only so that the 2s cannot be worked out carry their own marker, never "fewer than 5"
        String complementary = words.words("report.figure.complementary");
        assertEquals(complementary, cell(lines, "C", words.words("staff.receivedVia.letter"), statutory));
        assertEquals(complementary, cell(lines, "E", words.words("field.service.option.family-support"), corporate));
        assertEquals(complementary, cell(lines, "G", words.words("field.outcomesSought.option.meeting"), statutory));

        @SuppressWarnings("unchecked")
        List<ReportView.Table> published = (List<ReportView.Table>) page.model(YEAR, true, false, null, Map.of()).get("tables");
        assertEquals("12", before(published, "C", phone, statutory));
        assertEquals("41", before(published, "E", sen, corporate));
        assertEquals("32", before(published, "G", apology, statutory));
        assertEquals(fewer, before(published, "G", words.words("field.outcomesSought.option.explanation"), statutory));
    }

    private static void complaints(Rows rows, int count, String queue, String via, String service, String sought) {
        for (int k = 0; k < count; k++) {
            long id = rows.representation("COMPLAINT", queue, ON, ON.atTime(11, 0).atZone(ZoneId.of("Europe/London")).toInstant(), via,
                    "parent", service, ON.plusDays(14));
            if (sought != null) {
                rows.insert("case_choice", Map.of("case_id", id, "question", "outcomesSought", "choice", sought));
            }
        }
    }

    @AfterEach
    void remove() {
        new Rows(ctx).update("delete from complaint_case where received_on between ? and ?", BEFORE.from(), YEAR.to());
    }

    private static String before(List<ReportView.Table> tables, String letter, String row, String column) {
        ReportView.Table t = tables.stream().filter(x -> x.letter().equals(letter)).findFirst().orElseThrow();
        int c = t.columns().indexOf(column);
        return t.rows().stream().filter(r -> r.label().equals(row)).findFirst()
                .orElseThrow(() -> new AssertionError(letter + " " + row + " not on the page")).cells().get(c).beforeText();
    }

    static String cell(List<List<String>> lines, String table, String row, String column) {
        return lines.stream().filter(l -> l.get(0).equals(table) && l.get(1).equals(row) && l.get(2).equals(column)).findFirst()
                .orElseThrow(() -> new AssertionError(table + " " + row + " " + column + " not in the CSV")).get(3);
    }
}
