package uk.council.complaints.casework;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.council.complaints.casework.record.CaseRecordRepositories;
import uk.council.complaints.casework.record.OmbudsmanCase;
import uk.council.complaints.report.ReportFigures;
import uk.council.complaints.report.ReportPeriod;
import uk.council.complaints.report.ReportTable;
import uk.council.complaints.support.FormClient;
import uk.council.complaints.timeline.CaseTimeline;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.council.complaints.casework.CaseWalk.done;
import static uk.council.complaints.casework.CaseWalk.refused;
import static uk.council.complaints.casework.CaseWalk.status;
import static uk.council.complaints.staff.StaffFixtures.date;

/**
 * Issue 21: the Ombudsman's decision is recorded once (a second is refused, 409, and no longer offered) and put right by
 * "Correct the Ombudsman's decision", offered only once a decision is recorded: its page starts from the decision as
 * recorded, every answer is checked as when recording (422, what was given kept) and a reason is required; the
 * corrected decision is stored in place, kept on the timeline with the old and new answers, and counted by the
 * report's table M. The Ombudsman's dates are in financial year 2007, which no other test writes.
 */
@MicronautTest(transactional = false)
class CorrectOmbudsmanDecisionHttpTest {
    static final MovableClock CLOCK = new MovableClock();
    static final ReportPeriod YEAR = ReportPeriod.financialYear(2007);
    static final String CORRECT = "Correct the Ombudsman’s decision";
    static final String RECORD = "Record the Ombudsman’s decision";
    @Inject
    EmbeddedServer server;
    @Inject
    ApplicationContext ctx;

    @MockBean(Clock.class)
    Clock clock() {
        return CLOCK;
    }

    @BeforeEach
    @AfterEach
    void noOmbudsmanCasesInTheYear() {
        // Left by an earlier run on a kept database: the year's table M is this test's alone.
        CaseRecordRepositories.Ombudsman ombudsman = ctx.getBean(CaseRecordRepositories.Ombudsman.class);
        ombudsman.findAll().forEach(o -> {
            if (!o.receivedOn().isBefore(YEAR.from()) && !o.receivedOn().isAfter(YEAR.to())) {
                ombudsman.delete(o);
            }
        });
    }

    @Test
    void aSecondDecisionIsRefusedAndTheDecisionIsCorrectedWithItsReasonAndCounted() {
        CaseWalk w = new CaseWalk(ctx, server, CLOCK);
        w.on(LocalDate.of(2008, 6, 2));
        String c = w.complaint(LocalDate.of(2007, 5, 1), "email", "children-in-care");
        FormClient officer = w.officer();
        done(officer.post(c + "/ombudsman/add", answers("lgscoReference", "07 001 234", date("receivedOn", LocalDate.of(2007, 9, 3)))),
                c, "ombudsman-add");
        long ombudsmanId = ombudsman(w.id(c)).id();
        String correct = c + "/ombudsman/" + ombudsmanId + "/correct";
        assertFalse(w.offered(c).contains(CORRECT), "nothing to correct before a decision");
        refused(officer.post(correct, valid("No decision yet.")), "There is no outcome to correct yet");
        assertEquals(0, w.events(c, "outcome-corrected"));

        String decision = link(officer.get(c).html(), RECORD);
        done(officer.post(decision, answers(date("decidedOn", LocalDate.of(2007, 12, 3)), "decision", "not-for-us")), c,
                "ombudsman-decision");
        assertEquals(Map.of("decided", 1L, "not-for-us", 1L, "investigated", 0L, "fault-injustice", 0L), decided());

        // Once: no longer offered, and a second post refused with nothing changed and no second event.
        assertFalse(w.offered(c).contains(RECORD), "the decision is no longer offered");
        refused(officer.post(decision, answers(date("decidedOn", LocalDate.of(2008, 1, 14)), "decision", "investigated",
                "fault", "no-fault")), "already been recorded");
        assertEquals(1, w.events(c, "ombudsman-decision"));
        assertEquals("not-for-us", ombudsman(w.id(c)).decision());

        assertTrue(w.offered(c).contains(CORRECT), w.offered(c).toString());
        assertEquals(correct, link(officer.get(c).html(), CORRECT));
        Document form = officer.get(correct).html();
        assertEquals(List.of("3", "12", "2007"), List.of(form.selectFirst("input#decidedOn-day").val(),
                form.selectFirst("input#decidedOn-month").val(), form.selectFirst("input#decidedOn-year").val()), "as recorded");
        assertEquals("not-for-us", form.selectFirst("input[name=decision][checked]").val());
        assertEquals("", form.selectFirst("textarea#reason").text());

        FormClient.Page noReason = officer.post(correct, valid(""));
        status(422, noReason);
        assertEquals("Enter the reason for the correction", noReason.html().select("#reason-error").text().replace("Error: ", ""));
        assertEquals("£250", noReason.html().selectFirst("input#payment").val(), "what was given is kept");
        assertEquals("investigated", noReason.html().selectFirst("input[name=decision][checked]").val());
        for (String[] bad : List.of(new String[]{"decision", "made-up"}, new String[]{"fault", "made-up"},
                new String[]{"payment", "ten pounds"}, new String[]{"decidedOn-month", "13"}, new String[]{"decidedOn-year", "2099"})) {
            FormClient.Page page = officer.post(correct, with(valid("Letter misread."), bad[0], bad[1]));
            status(422, page);
            String field = bad[0].replaceFirst("-(month|year)$", "");
            assertFalse(page.html().select("#" + field + "-error").text().isEmpty(), bad[0] + " " + bad[1]);
            assertEquals("Letter misread.", page.html().selectFirst("textarea#reason").text(), "the reason is kept");
        }
        status(422, officer.post(correct, with(valid("Letter misread."), "fault", "")));
        refused(officer.post(correct, with(with(valid("Letter misread."), "decidedOn-month", "8"), "decidedOn-year", "2007")),
                "on or after the date the Ombudsman received");
        assertEquals(0, w.events(c, "outcome-corrected"), "nothing kept from a refused correction");

        done(officer.post(correct, valid("The decision letter was misread.")), c, "ombudsman-correct");
        OmbudsmanCase now = ombudsman(w.id(c));
        assertEquals(List.of(LocalDate.of(2008, 1, 14), "investigated", "fault-injustice", "Apologise for the missed visits"),
                List.of(now.decidedOn(), now.decision(), now.fault(), now.remedy()));
        assertEquals(25_000L, now.paymentPence());
        assertEquals("The Ombudsman’s decision corrected. Date changed from 3 December 2007 to 14 January 2008. "
                        + "Decision changed from Not for us (outside the Ombudsman’s jurisdiction) to Investigated. "
                        + "Fault changed from not recorded to Fault causing injustice. "
                        + "Remedy changed from not recorded to Apologise for the missed visits. "
                        + "Payment changed from not recorded to £250.00. Reason: The decision letter was misread.",
                ctx.getBean(CaseTimeline.class).events(w.id(c)).stream().filter(e -> e.eventType().equals("outcome-corrected"))
                        .reduce((a, b) -> b).orElseThrow().detail());
        assertEquals(1, w.events(c, "ombudsman-decision"), "one decision, corrected");
        String shown = officer.get(c).html().select("#ombudsman ~ dl").text();
        assertTrue(shown.contains("14 January 2008") && shown.contains("Fault causing injustice") && shown.contains("£250.00"), shown);
        // The report counts the corrected decision, by hand: one decided in the year, investigated, fault causing injustice.
        assertEquals(Map.of("decided", 1L, "not-for-us", 0L, "investigated", 1L, "fault-injustice", 1L), decided());
        assertTrue(w.offered(c).contains(CORRECT), "a correction can itself be put right");
    }

    /** A whole correction: the decision as it should have been, and a reason. */
    private static String[] valid(String reason) {
        return answers(date("decidedOn", LocalDate.of(2008, 1, 14)), "decision", "investigated", "fault", "fault-injustice",
                "remedy", "Apologise for the missed visits", "payment", "£250", "reason", reason);
    }

    private static String[] answers(Object... parts) {
        return uk.council.complaints.staff.StaffFixtures.answers(parts);
    }

    /** The answers with one replaced. */
    private static String[] with(String[] pairs, String name, String value) {
        Map<String, String> all = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            all.put(pairs[i], pairs[i + 1]);
        }
        all.put(name, value);
        List<String> out = new ArrayList<>();
        all.forEach((k, v) -> out.addAll(List.of(k, v)));
        return out.toArray(String[]::new);
    }

    private OmbudsmanCase ombudsman(long caseId) {
        return ctx.getBean(CaseRecordRepositories.Ombudsman.class).findByCaseIdOrderById(caseId).get(0);
    }

    private static String link(Document page, String text) {
        return page.select("a").stream().filter(a -> a.text().equals(text)).findFirst().orElseThrow().attr("href");
    }

    /** Table M's "decided in the year" column, for the rows this test changes. */
    private Map<String, Long> decided() {
        ReportTable m = ctx.getBean(ReportFigures.class).tables(YEAR).stream().filter(t -> t.letter().equals("M")).findFirst()
                .orElseThrow();
        int column = m.columns().stream().map(ReportTable.Column::code).toList().indexOf("decided");
        Map<String, Long> figures = new LinkedHashMap<>();
        for (String row : List.of("decided", "not-for-us", "investigated", "fault-injustice")) {
            figures.put(row, m.rows().stream().filter(r -> r.code().equals(row)).findFirst().orElseThrow().figures().get(column)
                    .value().longValue());
        }
        return figures;
    }
}
