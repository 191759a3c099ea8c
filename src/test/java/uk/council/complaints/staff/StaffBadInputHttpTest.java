package uk.council.complaints.staff;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.council.complaints.intake.StaffIntakeHttpTest;
import uk.council.complaints.staff.StaffFormProbe.Target;
import uk.council.complaints.support.FormClient;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static uk.council.complaints.staff.StaffFixtures.date;

/**
 * Bad input on the staff forms (intake, issues, case actions, Ombudsman, learning, report narrative), generated from
 * each form as the page renders it, so a new question on a form is covered without a line here. For every field of
 * the form: an option not on the list, an answer one character over its limit, a 100,000-character paste, markup with
 * a control character. Each must give the same form back (400 or 422, "Error:" title, error summary, no markup from
 * the answer in the page) with every other answer kept, and never a 5xx.
 */
@MicronautTest(transactional = false)
class StaffBadInputHttpTest {
    @Inject
    EmbeddedServer server;
    @Inject
    ApplicationContext ctx;

    @Test
    void everyStaffFormAnswersBadInputWithItselfItsErrorsAndEveryOtherAnswer() {
        StaffFormProbe.probe(targets(), 100);
    }

    private List<Target> targets() {
        FormClient officer = StaffFixtures.signedIn(ctx, server.getURI(), StaffRole.OFFICER);
        FormClient manager = StaffFixtures.signedIn(ctx, server.getURI(), StaffRole.MANAGER);
        String c = "/staff/cases/" + StaffFixtures.complaint(ctx);
        String call = "/staff/cases/" + StaffFixtures.callback(ctx);
        LocalDate today = LocalDate.now(ctx.getBean(java.time.Clock.class).withZone(java.time.ZoneId.of("Europe/London")));
        String team = officer.get(c + "/learning/add").html().selectFirst("input[name=ownerTeam]").val();
        String nature = officer.get(c + "/issues").html().select("select[name=issue-1-nature] option").stream()
                .map(o -> o.val()).filter(v -> !v.isEmpty()).findFirst().orElseThrow();
        List<String> intakeFirst = StaffIntakeHttpTest.first("complaint", "parent", "phone", today);
        officer.get("/staff/new");
        String details = officer.post("/staff/new", intakeFirst.toArray(String[]::new)).location();
        List<String> intake = new ArrayList<>(intakeFirst);
        intake.addAll(StaffIntakeHttpTest.complaint("alex@example.org"));
        intake.addAll(List.of("issue-1-nature", nature, "issue-1-summary", "Visits stopped"));
        String[] period = {"from", "2019-04-01", "to", "2020-03-31"};
        // Forms offered only later in a case's life: a closed complaint (escalate), a call made (convert), an
        // Ombudsman case added (its decision).
        String closed = "/staff/cases/" + StaffFixtures.complaint(ctx);
        StaffFormProbe.done(officer.post(closed + "/response", "methods", "phone-call", "finding", "upheld", "outcomes",
                "apology-and-explanation"));
        StaffFormProbe.done(officer.post(closed + "/close"));
        String called = "/staff/cases/" + StaffFixtures.callback(ctx);
        StaffFormProbe.done(officer.post(called + "/call", "outcome", "They still want to complain."));
        String lgsco = "/staff/cases/" + StaffFixtures.complaint(ctx);
        LocalDate received = today.minusDays(10);
        StaffFormProbe.done(officer.post(lgsco + "/ombudsman/add", StaffFixtures.answers("lgscoReference", "24 001 234",
                date("receivedOn", received))));
        String decision = StaffFormProbe.link(officer, lgsco, "Record the Ombudsman’s decision");
        // Issue 21: a decision recorded (its correction).
        String decided = "/staff/cases/" + StaffFixtures.complaint(ctx);
        StaffFormProbe.done(officer.post(decided + "/ombudsman/add", StaffFixtures.answers("lgscoReference", "24 001 235",
                date("receivedOn", received))));
        StaffFormProbe.done(officer.post(StaffFormProbe.link(officer, decided, "Record the Ombudsman’s decision"),
                StaffFixtures.answers(date("decidedOn", today), "decision", "not-for-us")));
        String correct = StaffFormProbe.link(officer, decided, "Correct the Ombudsman’s decision");
        List<Target> later = List.of(
                new Target(officer, closed + "/escalate", closed + "/escalate", List.of("reason", "outcomes-not-met",
                        "wantNow", "An independent investigation.", "requestVia", "phone")),
                new Target(officer, called + "/convert", called + "/convert", List.of("service", "fostering",
                        "whatHappened", "They still want to complain.", "outcomesSought", "meeting")),
                new Target(officer, decision, date("decidedOn", today), "decision", "investigated", "fault",
                        "fault-injustice", "remedy", "Apologise.", "payment", "£1,250.50"),
                new Target(officer, correct, date("decidedOn", today), "decision", "investigated", "fault",
                        "fault-injustice", "remedy", "Apologise.", "payment", "£1,250.50", "reason", "The letter was misread."));
        List<Target> targets = new ArrayList<>(later);
        targets.addAll(List.of(
                new Target(officer, details, "/staff/new/details", intake),
                new Target(officer, c + "/issues", c + "/issues", List.of("issue-1-nature", nature,
                        "issue-1-summary", "Visits stopped")),
                new Target(officer, c + "/note", c + "/note", List.of("text", "Rang the parent.")),
                new Target(officer, c + "/extend", c + "/extend", List.of("reason", "Waiting for the records.")),
                new Target(officer, c + "/refuse", c + "/refuse", List.of("reason", "out-of-time",
                        "details", "Over a year late.")),
                new Target(officer, c + "/response", c + "/response", List.of("methods", "phone-call",
                        "finding", "upheld", "outcomes", "apology-and-explanation")),
                new Target(manager, c + "/retriage", c + "/retriage", List.of("queue", "CORPORATE",
                        "priority", "HIGH", "reason", "About school transport.")),
                new Target(manager, c + "/assign", c + "/assign", List.of("assignee", "none")),
                new Target(officer, call + "/call", call + "/call", List.of("outcome", "Talked it through.")),
                new Target(officer, c + "/ombudsman/add", c + "/ombudsman/add", List.of(StaffFixtures.answers("lgscoReference", "24 001 234",
                        date("receivedOn", today)))),
                new Target(officer, c + "/learning/add", c + "/learning/add", List.of(StaffFixtures.answers("action", "Train the team.",
                        "ownerTeam", team, date("dueOn", today.plusDays(30))))),
                new Target(manager, "/staff/reports?from=2019-04-01&to=2020-03-31", "/staff/reports/narrative",
                        List.of(period[0], period[1], period[2], period[3], "effectiveness", "Most were answered in time.",
                                "learning", "Training.", "advocacy", "More referrals."))));
        return targets;
    }

}
