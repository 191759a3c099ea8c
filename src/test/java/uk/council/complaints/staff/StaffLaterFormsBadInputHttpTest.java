package uk.council.complaints.staff;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.council.complaints.casework.StageFixtures;
import uk.council.complaints.staff.StaffFormProbe.Target;
import uk.council.complaints.support.FormClient;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static uk.council.complaints.staff.StaffFixtures.answers;
import static uk.council.complaints.staff.StaffFixtures.date;
import static uk.council.complaints.staff.StaffFormProbe.done;

/**
 * {@link StaffBadInputHttpTest}'s bad input on the forms a case reaches later in its life (Stages 2 and 3, a pause,
 * the Ombudsman's recommendations, learning done) and on the accounts' forms (the admin's user forms, the password).
 * Each case is walked into the state that offers the form over HTTP first, as the team would.
 */
@MicronautTest(transactional = false)
class StaffLaterFormsBadInputHttpTest {
    @Inject
    EmbeddedServer server;
    @Inject
    ApplicationContext ctx;
    private FormClient officer;
    private LocalDate today;

    @Test
    void theStageFormsAnswerBadInputWithThemselves() {
        start();
        String s2 = "/staff/cases/" + escalated(stage1Answered());
        done(officer.post(s2 + "/investigators", "investigatingOfficer", "Priya Investigator", "independentPerson", "Jo Independent"));
        String outcome = "/staff/cases/" + escalated(stage2Answered());
        String s3 = "/staff/cases/" + escalated(stage2Answered());
        String paused = "/staff/cases/" + StaffFixtures.complaint(ctx);
        done(officer.post(paused + "/proceedings", "decision", "paused", "reason", "Care proceedings."));
        String c = "/staff/cases/" + StaffFixtures.complaint(ctx);
        StaffFormProbe.probe(List.of(
                new Target(officer, s2 + "/investigators", "investigatingOfficer", "Priya Investigator",
                        "independentPerson", "Jo Independent"),
                new Target(officer, s2 + "/adjudicate", outcome("respondedOn")),
                new Target(officer, s2 + "/extend", "reason", "The records are held by another council."),
                new Target(officer, s3 + "/panel", "chair", "Ann Chair", "memberTwo", "Bea Second", "memberThree", "Sam Third"),
                new Target(officer, c + "/proceedings", "decision", "paused", "reason", "Care proceedings."),
                new Target(officer, c + "/out-of-time", "decision", "not-accepted", "reason", "The events were in 2023."),
                new Target(officer, paused + "/resume", date("resumedOn", today))), 30);
        // The panel's steps, each once the one before it is done.
        done(officer.post(outcome + "/panel", "chair", "Ann Chair", "memberTwo", "Bea Second", "memberThree", "Sam Third"));
        List<Target> panel = new java.util.ArrayList<>(List.of(new Target(officer, outcome + "/meeting", date("meetingOn", today))));
        done(officer.post(outcome + "/meeting", date("meetingOn", today)));
        panel.add(new Target(officer, outcome + "/report", date("reportOn", today)));
        done(officer.post(outcome + "/report", date("reportOn", today)));
        panel.add(new Target(officer, outcome + "/council-response", outcome("respondedOn")));
        StaffFormProbe.probe(panel, 15);
    }

    @Test
    void theOmbudsmanAndLearningFollowUpsAnswerBadInputWithThemselves() {
        start();
        String c = "/staff/cases/" + StaffFixtures.complaint(ctx);
        done(officer.post(c + "/ombudsman/add", answers("lgscoReference", "24 001 234", date("receivedOn", today.minusDays(10)))));
        done(officer.post(StaffFormProbe.link(officer, c, "Record the Ombudsman’s decision"), answers(date("decidedOn", today),
                "decision", "investigated", "fault", "fault-injustice", "remedy", "Apologise.")));
        String recommend = StaffFormProbe.link(officer, c, "Add a recommendation");
        Object[] recommendation = {"recommendation", "Review the visiting schedule.", date("dueOn", today.plusDays(30))};
        done(officer.post(recommend, answers(recommendation)));
        String complied = StaffFormProbe.link(officer, c, "Mark as complied with");
        String team = officer.get(c + "/learning/add").html().selectFirst("input[name=ownerTeam]").val();
        done(officer.post(c + "/learning/add", answers("action", "Train the team.", "ownerTeam", team,
                date("dueOn", today.plusDays(30)))));
        String learned = StaffFormProbe.link(officer, c, "Mark as done");
        StaffFormProbe.probe(List.of(new Target(officer, recommend, recommendation),
                new Target(officer, complied, date("compliedOn", today)),
                new Target(officer, learned, date("doneOn", today))), 15);
    }

    @Test
    void theAccountFormsAnswerBadInputWithThemselves() {
        FormClient admin = StaffFixtures.signedIn(ctx, server.getURI(), StaffRole.ADMIN);
        StaffMember other = StaffFixtures.user(ctx, StaffRole.OFFICER);
        FormClient self = StaffFixtures.signIn(server.getURI(), StaffFixtures.user(ctx, StaffRole.OFFICER).email());
        String officerRole = StaffRole.OFFICER.code();
        StaffFormProbe.probe(List.of(
                new Target(admin, "/staff/users/new", "/staff/users", List.of("name", "Jo New", "email", "jo.new@northfield.example",
                        "role", officerRole, "password", "another correct horse battery")),
                new Target(admin, "/staff/users/" + other.id(), "role", StaffRole.MANAGER.code(), "active", "no", "unlock", "yes"),
                new Target(self, "/staff/password", "currentPassword", StaffFixtures.PASSWORD,
                        "newPassword", "another correct horse battery")), 15);
    }

    private void start() {
        officer = StaffFixtures.signedIn(ctx, server.getURI(), StaffRole.OFFICER);
        today = LocalDate.now(ctx.getBean(Clock.class).withZone(ZoneId.of("Europe/London")));
    }

    private Object[] outcome(String dateName) {
        return new Object[] {date(dateName, today), "finding", "upheld", "outcomes", "explanation"};
    }

    /** A Stage 1 complaint answered and closed. */
    private String stage1Answered() {
        String ref = StaffFixtures.complaint(ctx);
        String c = "/staff/cases/" + ref;
        done(officer.post(c + "/response", "methods", "phone-call", "finding", "upheld", "outcomes", "apology-and-explanation"));
        done(officer.post(c + "/close"));
        return ref;
    }

    /** A Stage 2 investigation answered and closed. */
    private String stage2Answered() {
        String ref = escalated(stage1Answered());
        String c = "/staff/cases/" + ref;
        done(officer.post(c + "/investigators", "investigatingOfficer", "Priya Investigator", "independentPerson", "Jo Independent"));
        done(officer.post(c + "/adjudicate", answers(outcome("respondedOn"))));
        done(officer.post(c + "/close"));
        return ref;
    }

    /** The next stage's case. */
    private String escalated(String ref) {
        done(officer.post("/staff/cases/" + ref + "/escalate", answers("reason", "outcomes-not-met", "wantNow", "Another look.", "requestVia", "phone",
                date("requestedOn", today))));
        return StageFixtures.linkedFrom(ctx, ref);
    }
}
