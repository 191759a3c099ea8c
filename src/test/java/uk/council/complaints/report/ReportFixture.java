package uk.council.complaints.report;

import io.micronaut.context.ApplicationContext;
import uk.council.complaints.deadline.WorkingDays;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Known cases in the financial year 2015-16 (no other test writes there, so the shared PostgreSQL schema
 * holds nothing else in it): their counts are asserted in every table by {@link ReportFiguresTest}.
 */
public final class ReportFixture {
    static final ReportPeriod YEAR = ReportPeriod.financialYear(2015);
    private static final ZoneId UK = ZoneId.of("Europe/London");
    private final Rows rows;
    private final WorkingDays wd;

    private ReportFixture(ApplicationContext ctx) {
        this.rows = new Rows(ctx);
        this.wd = ctx.getBean(WorkingDays.class);
    }

    public static void write(ApplicationContext ctx) {
        new ReportFixture(ctx).all();
    }

    public static void remove(ApplicationContext ctx) {
        Rows rows = new Rows(ctx);
        rows.update("delete from complaint_case where received_on between ? and ?", YEAR.from(), YEAR.to().plusDays(1));
        rows.update("delete from equality_monitoring where submitted_month between ? and ?", YEAR.from(), YEAR.to());
    }

    private void all() {
        // A Stage 1 complaint with three issues, answered in 5 working days, escalated to Stage 2 and then to Stage 3.
        LocalDate d1 = LocalDate.of(2015, 5, 4);
        long c1 = complaint("STAGE1", d1, "email", "parent", "children-in-care", 10);
        respond(c1, d1, 5, "partially-upheld");
        issue(c1, 1, "quality-of-service", "upheld");
        issue(c1, 2, "conduct-of-worker", "not-upheld");
        issue(c1, 3, "poor-communication", "partly-upheld");
        choice(c1, "apology");
        choice(c1, "explanation");
        outcome(c1, "apology-and-explanation");
        learning(c1, "Children in care team", null);
        LocalDate d2 = LocalDate.of(2015, 6, 1);
        long c2 = rows.representation("STAGE2", "STAGE2", d2, at(d2, 10), "online-form", "parent", "children-in-care", wd.addWorkingDays(d2, 25));
        rows.insert("stage_investigation", Map.of("case_id", c2, "adjudication_on", wd.addWorkingDays(d2, 22)));
        rows.insert("stage_request", Map.of("case_id", c2, "via", "email"));   // how the Stage 2 request came (issue 21)
        handling(c2, "finding", "upheld");
        issue(c2, 1, "quality-of-service", "upheld");
        LocalDate d3 = LocalDate.of(2015, 7, 10);
        long c3 = rows.representation("STAGE3", "STAGE3", d3, at(d3, 10), "email", "parent", "children-in-care", null);
        Map<String, Object> panel = new LinkedHashMap<>(Map.of("case_id", c3, "meeting_due", LocalDate.of(2015, 8, 21),
                "meeting_on", LocalDate.of(2015, 8, 20), "report_due", LocalDate.of(2015, 8, 27), "report_on", LocalDate.of(2015, 8, 28)));
        panel.put("council_response_due", LocalDate.of(2015, 9, 18));
        rows.insert("review_panel", panel);
        link(c1, c2);
        link(c2, c3);
        rows.update("update case_handling set linked_case_id = ? where case_id = ?", c3, c2);
        // The Stage 3 request withdrawn after the panel met and reported: the council's response is withdrawn, not "not yet done".
        handling(c3, "withdrawn_on", LocalDate.of(2015, 9, 1));
        long o = rows.insert("ombudsman_case", Map.of("case_id", c3, "lgsco_reference", "15 000 001", "received_on", LocalDate.of(2015, 10, 1),
                "decided_on", LocalDate.of(2015, 12, 1), "decision", "investigated", "fault", "fault-injustice", "remedy", "Apologise",
                "payment_pence", 25000L, "recorded_at", Timestamp.from(Instant.parse("2015-12-01T10:00:00Z"))));
        rows.insert("ombudsman_recommendation", Map.of("ombudsman_case_id", o, "recommendation", "Apologise", "due_on",
                LocalDate.of(2016, 1, 4), "complied_on", LocalDate.of(2015, 12, 20)));
        // Referred to the Ombudsman in this year, decided in the next: fault, no injustice (issue 22).
        rows.insert("ombudsman_case", Map.of("case_id", c2, "lgsco_reference", "15 000 002", "received_on", LocalDate.of(2016, 3, 1),
                "decided_on", LocalDate.of(2016, 5, 10), "decision", "investigated", "fault", "fault-no-injustice",
                "recorded_at", Timestamp.from(Instant.parse("2016-05-10T10:00:00Z"))));
        // Extended from 10 to 20 working days and answered in 14: on time, within the extended limit.
        LocalDate d4 = LocalDate.of(2015, 9, 1);
        long c4 = complaint("STAGE1", d4, "letter", "foster-carer", "fostering", 20);
        respond(c4, d4, 14, "not-upheld");
        rows.update("update case_handling set extended_at = ? where case_id = ?", Timestamp.from(at(d4.plusDays(5), 10)), c4);
        issue(c4, 1, "delay", "not-upheld");
        choice(c4, "investigation");
        // A young person's complaint, through an advocate, paused for court proceedings, not answered yet.
        LocalDate d5 = LocalDate.of(2015, 11, 2);
        long c5 = complaint("STAGE1", d5, "phone", "young-person", "child-protection", 10);
        issue(c5, 1, "safeguarding", null);
        flag(c5, "YOUNG_PERSON");
        flag(c5, "ADVOCATE_FILING");
        rows.insert("leaflet_event", Map.of("case_id", c5, "event", "OFFERED", "occurred_at", Timestamp.from(at(d5, 9))));
        rows.insert("leaflet_event", Map.of("case_id", c5, "event", "EMAILED", "occurred_at", Timestamp.from(at(d5, 9))));
        rows.insert("advocacy_referral", Map.of("case_id", c5, "requested_at", Timestamp.from(at(d5, 9)), "notified", true));
        rows.insert("case_pause", Map.of("case_id", c5, "paused_on", d5.plusDays(3), "resumed_on", d5.plusDays(18), "reason", "Court"));
        decision(c5, "proceedings", "paused", 1);
        // Out of time: first not accepted, then accepted (the newest counts); answered late, in 25 working days.
        LocalDate d6 = LocalDate.of(2016, 1, 5);
        long c6 = complaint("STAGE1", d6, "email", "relative", "children-in-care", 10);
        respond(c6, d6, 25, "upheld");
        issue(c6, 1, "placement", "upheld");
        flag(c6, "OUT_OF_TIME");
        decision(c6, "out-of-time", "not-accepted", 1);
        decision(c6, "out-of-time", "accepted", 2);
        // Withdrawn by the person before a response (issue 21): counted as withdrawn, not as unanswered.
        LocalDate d13 = LocalDate.of(2015, 12, 1);
        long c13 = complaint("STAGE1", d13, "letter", "relative", "fostering", 10);
        issue(c13, 1, "delay", null);
        handling(c13, "withdrawn_on", d13.plusDays(6));
        // 31 March 2016 at 23:30 UK time is in this year; 1 April 00:30 is not.
        long c7 = rows.representation("COMPLAINT", "STAGE1", LocalDate.of(2016, 3, 31), Instant.parse("2016-03-31T22:30:00Z"),
                "online-form", "parent", "adoption", wd.addWorkingDays(LocalDate.of(2016, 3, 31), 10));
        issue(c7, 1, "finance", null);
        handling(c7, "refusal_reason", "repeat-complaint");
        rows.representation("COMPLAINT", "STAGE1", LocalDate.of(2016, 4, 1), Instant.parse("2016-03-31T23:30:00Z"),
                "email", "parent", "adoption", wd.addWorkingDays(LocalDate.of(2016, 4, 1), 10));
        // A compliment about the fostering team from a family.
        LocalDate d9 = LocalDate.of(2015, 8, 3);
        long c9 = rows.representation("COMPLIMENT", "COMPLIMENTS", d9, at(d9, 12), "email", "parent", "fostering", null);
        rows.update("update complaint_case set feedback_team = ?, feedback_giver = ? where id = ?", "Fostering team", "family", c9);
        // Call-backs: one became a complaint, one closed without one.
        LocalDate d10 = LocalDate.of(2015, 6, 15);
        long cb1 = rows.representation("CALLBACK", "CALLBACK", d10, at(d10, 9), "online-form", "parent", "assessment", null);
        long c10 = complaint("STAGE1", LocalDate.of(2015, 6, 22), "phone", "parent", "assessment", 10);
        issue(c10, 1, "poor-communication", null);
        handling(cb1, "call_made_at", Timestamp.from(at(d10.plusDays(1), 10)));
        link(cb1, c10);
        rows.update("update case_handling set closed_at = ? where case_id = ?", Timestamp.from(at(d10.plusDays(7), 10)), cb1);
        LocalDate d11 = LocalDate.of(2015, 7, 1);
        long cb2 = rows.representation("CALLBACK", "CALLBACK", d11, at(d11, 9), "online-form", "parent", "fostering", null);
        handling(cb2, "call_made_at", Timestamp.from(at(d11.plusDays(1), 10)));
        rows.update("update case_handling set closed_at = ? where case_id = ?", Timestamp.from(at(d11.plusDays(2), 10)), cb2);
        // A corporate complaint about an EHCP, answered in 8 working days, with its learning done.
        LocalDate d12 = LocalDate.of(2015, 10, 5);
        long c11 = complaint("CORPORATE", d12, "email", "parent", "sen-ehcp", 20);
        respond(c11, d12, 8, "not-upheld");
        issue(c11, 1, "other", "not-upheld");
        choice(c11, "meeting");
        outcome(c11, "explanation");
        learning(c11, "SEN team", LocalDate.of(2015, 12, 1));
        // Three equality forms in June: a count of 3, never published.
        for (int k = 0; k < 3; k++) {
            rows.insert("equality_monitoring", Map.of("submitted_month", LocalDate.of(2015, 6, 1), "submission_kind", "COMPLAINT",
                    "age_band", "25-34"));
        }
    }

    private long complaint(String queue, LocalDate on, String via, String role, String service, int dueDays) {
        return rows.representation("COMPLAINT", queue, on, at(on, 11), via, role, service, wd.addWorkingDays(on, dueDays));
    }

    private void respond(long id, LocalDate received, int workingDays, String finding) {
        handling(id, "responded_on", wd.addWorkingDays(received, workingDays));
        rows.update("update case_handling set finding = ? where case_id = ?", finding, id);
    }

    private void handling(long id, String column, Object value) {
        if (rows.count("select count(*) from case_handling where case_id = ?", id) == 0) {
            rows.insert("case_handling", Map.of("case_id", id));
        }
        rows.update("update case_handling set " + column + " = ? where case_id = ?", value, id);
    }

    private void link(long from, long to) {
        handling(from, "linked_case_id", to);
        handling(to, "linked_case_id", from);
    }

    private void issue(long id, int position, String nature, String finding) {
        Map<String, Object> v = new LinkedHashMap<>(Map.of("case_id", id, "position", position, "nature", nature));
        v.put("finding", finding);
        rows.insert("case_issue", v);
    }

    private void choice(long id, String outcome) {
        rows.insert("case_choice", Map.of("case_id", id, "question", "outcomesSought", "choice", outcome));
    }

    private void outcome(long id, String code) {
        rows.insert("case_resolution", Map.of("case_id", id, "kind", "outcome", "code", code));
    }

    private void flag(long id, String flag) {
        rows.insert("case_flag", Map.of("case_id", id, "flag", flag));
    }

    private void learning(long id, String team, LocalDate done) {
        Map<String, Object> v = new LinkedHashMap<>(Map.of("case_id", id, "action", "Change", "owner_team", team,
                "due_on", LocalDate.of(2016, 2, 1), "created_at", Timestamp.from(Instant.parse("2015-12-01T10:00:00Z"))));
        v.put("done_on", done);
        rows.insert("learning_action", v);
    }

    private void decision(long id, String kind, String decision, int hour) {
        rows.insert("case_decision", Map.of("case_id", id, "kind", kind, "decision", decision, "reason", "Recorded",
                "decided_at", Timestamp.from(Instant.parse("2016-01-10T0" + hour + ":00:00Z")), "decided_by", "Fixture"));
    }

    private static Instant at(LocalDate day, int hour) {
        return day.atTime(hour, 0).atZone(UK).toInstant();
    }
}
