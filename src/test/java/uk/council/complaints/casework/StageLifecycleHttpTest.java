package uk.council.complaints.casework;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.council.complaints.cases.CaseRepository;
import uk.council.complaints.cases.SubmittedCase;
import uk.council.complaints.casework.stage.StageRecords;
import uk.council.complaints.casework.stage.StageRepositories;
import uk.council.complaints.intake.StaffIntakeHttpTest;
import uk.council.complaints.journey.SubmissionKind;
import uk.council.complaints.staff.StaffFixtures;
import uk.council.complaints.staff.StaffRole;
import uk.council.complaints.support.FormClient;
import uk.council.complaints.triage.Queue;
import uk.council.complaints.triage.store.TriageService;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An emailed complaint through every statutory stage over HTTP, on a clock set day by day. Every due date below
 * was worked out by hand on a calendar (bank holidays: 25 and 28 December 2026, 1 January, 26 and 29 March,
 * 3 and 31 May 2027), not by the code under test.
 */
@MicronautTest(transactional = false)
class StageLifecycleHttpTest {
    static final MovableClock CLOCK = new MovableClock();
    @Inject
    EmbeddedServer server;
    @Inject
    ApplicationContext ctx;
    @Inject
    StageRepositories.Issues issues;
    @Inject
    StageRepositories.Panels panels;
    @Inject
    StageRepositories.Decisions decisions;

    @MockBean(Clock.class)
    Clock clock() {
        return CLOCK;
    }

    @Test
    void anEmailedComplaintThroughStages1To3() {
        CLOCK.setDay(LocalDate.of(2026, 12, 1));
        // Entered by an officer from the email, as the team would: the same questions, triage and deadlines as online.
        String stage1 = StaffIntakeHttpTest.enter(officer(), StaffIntakeHttpTest.first("complaint", "parent", "email",
                LocalDate.of(2026, 12, 1)), StaffIntakeHttpTest.complaint("alex.lifecycle@example.org", "issue-1-nature", "delay",
                "issue-1-summary", "No visits for six weeks", "issue-2-nature", "poor-communication"));
        assertEquals("email", ctx.getBean(CaseRepository.class).findByReference(stage1).orElseThrow().receivedVia());
        assertEquals(LocalDate.of(2026, 12, 15), due(stage1), "Stage 1: 10 working days");
        String c1 = "/staff/cases/" + stage1;

        on(2026, 12, 11);
        done(officer().post(c1 + "/response", "methods", "written", "finding", "partially-upheld", "finding-1", "upheld",
                "finding-2", "not-upheld", "outcomes", "apology-and-explanation"), c1, "response");
        done(officer().post(c1 + "/close"), c1, "close");
        assertEquals(List.of("upheld", "not-upheld"), findings(stage1));

        // The window closed on Wednesday 13 January 2027 (20 working days after 11 December, past Christmas).
        on(2027, 1, 15);
        FormClient officer = officer();
        refused(officer.post(c1 + "/escalate", "reason", "outcomes-not-met", "wantNow", "An investigation.", "requestVia", "phone",
                "requestedOn-day", "14", "requestedOn-month", "1", "requestedOn-year", "2027"), "after the time allowed");
        FormClient.Page noReason = officer.post(c1 + "/escalate", "reason", "outcomes-not-met", "wantNow", "An investigation.", "requestVia", "phone",
                "requestedOn-day", "14", "requestedOn-month", "1", "requestedOn-year", "2027", "acceptLate", "yes");
        assertEquals(422, noReason.status());
        assertTrue(noReason.html().select(".govuk-error-summary").text().contains("why the late request is accepted"));
        done(officer.post(c1 + "/escalate", "reason", "outcomes-not-met", "wantNow", "An investigation.", "requestVia", "phone",
                "requestedOn-day", "14", "requestedOn-month", "1", "requestedOn-year", "2027", "acceptLate", "yes",
                "lateReason", "The letter was sent to the wrong office."), c1, "escalate");
        String stage2 = StageFixtures.linkedFrom(ctx, stage1);
        String c2 = "/staff/cases/" + stage2;
        assertEquals(Queue.STAGE2, queue(stage2));
        assertEquals(LocalDate.of(2027, 2, 18), due(stage2), "Stage 2: 25 working days after the request");
        assertEquals(List.of("late-request/accepted"), decisions(stage2));
        assertEquals(2, issues.findByCaseIdOrderByPosition(id(stage2)).size(), "the issues carried over");
        assertEquals(java.util.Arrays.asList(null, null), findings(stage2), "with no findings yet");

        refused(officer.post(c2 + "/adjudicate", "respondedOn-day", "15", "respondedOn-month", "1", "respondedOn-year",
                "2027", "finding", "upheld", "finding-1", "upheld", "finding-2", "upheld", "outcomes", "explanation"),
                "Name the investigating officer");
        done(officer.post(c2 + "/investigators", "investigatingOfficer", "Priya Investigator",
                "independentPerson", "Jo Independent"), c2, "investigators");
        done(officer.post(c2 + "/extend", "reason", "The records are held by another council."), c2, "extend");
        assertEquals(LocalDate.of(2027, 4, 19), due(stage2), "Stage 2 extended to 65 working days, past Easter");

        on(2027, 3, 24);
        done(officer().post(c2 + "/adjudicate", "respondedOn-day", "24", "respondedOn-month", "3", "respondedOn-year",
                "2027", "finding", "partially-upheld", "finding-1", "partly-upheld", "finding-2", "not-investigated",
                "outcomes", "explanation"), c2, "adjudicate");
        done(officer().post(c2 + "/close"), c2, "close");
        assertEquals(List.of("partly-upheld", "not-investigated"), findings(stage2));
        assertEquals(List.of("upheld", "not-upheld"), findings(stage1), "Stage 1's findings stay as they were");

        // Stage 3 requested on 1 April: in time (the window runs to 23 April, past Easter).
        on(2027, 4, 2);
        done(officer().post(c2 + "/escalate", "reason", "outcomes-not-met", "wantNow", "A review panel.", "requestVia", "phone",
                "requestedOn-day", "1", "requestedOn-month", "4", "requestedOn-year", "2027"), c2, "escalate");
        String stage3 = StageFixtures.linkedFrom(ctx, stage2);
        String c3 = "/staff/cases/" + stage3;
        assertEquals(Queue.STAGE3, queue(stage3));
        assertEquals(LocalDate.of(2027, 5, 14), due(stage3), "meeting within 30 working days, past the May holiday");
        assertEquals(LocalDate.of(2027, 5, 14), panels.findById(id(stage3)).orElseThrow().meetingDue());
        assertEquals(List.of(), decisions(stage3), "not late, so no decision");

        officer = officer();
        refused(officer.post(c3 + "/meeting", "meetingOn-day", "2", "meetingOn-month", "4", "meetingOn-year", "2027"),
                "Name the review panel");
        refused(officer.post(c3 + "/panel", "chair", "Ann Chair", "memberTwo", " jo  independent ", "memberThree", "Sam Third"),
                "independent person may not sit");
        done(officer.post(c3 + "/panel", "chair", "Ann Chair", "memberTwo", "Bea Second", "memberThree", "Sam Third"), c3, "panel");
        refused(officer.post(c3 + "/council-response", "respondedOn-day", "2", "respondedOn-month", "4", "respondedOn-year",
                "2027", "finding", "upheld", "finding-1", "upheld", "finding-2", "upheld", "outcomes", "explanation"),
                "Record the panel’s report");

        on(2027, 5, 10);
        done(officer().post(c3 + "/meeting", "meetingOn-day", "10", "meetingOn-month", "5", "meetingOn-year", "2027"), c3, "meeting");
        assertEquals(LocalDate.of(2027, 5, 17), due(stage3), "report within 5 working days of the meeting");
        on(2027, 5, 14);
        done(officer().post(c3 + "/report", "reportOn-day", "14", "reportOn-month", "5", "reportOn-year", "2027"), c3, "report");
        assertEquals(LocalDate.of(2027, 6, 7), due(stage3), "council's response within 15, past the spring holiday");
        assertEquals(LocalDate.of(2027, 6, 7), panels.findById(id(stage3)).orElseThrow().councilResponseDue());

        on(2027, 6, 2);
        officer = officer();
        done(officer.post(c3 + "/council-response", "respondedOn-day", "2", "respondedOn-month", "6", "respondedOn-year",
                "2027", "finding", "upheld", "finding-1", "upheld", "finding-2", "partly-upheld", "outcomes",
                "apology-and-explanation"), c3, "council-response");
        done(officer.post(c3 + "/close"), c3, "close");
        String page = officer.get(c3).html().text();
        for (String shown : List.of("Ann Chair", "10 May 2027", "17 May 2027", "7 June 2027", "response to the review panel recorded",
                "Review panel met", "Review panel report received")) {
            assertTrue(page.contains(shown) || page.contains(shown.replace("’", "'")), shown + " missing from the Stage 3 page");
        }
        assertEquals(List.of("upheld", "partly-upheld"), findings(stage3));

        // What the person was told at each step: the letters hold the emails' words, with the windows worked by hand.
        assertTrue(letter(c1, "Letter: response").contains("You can ask for Stage 2 until 13 January 2027"));
        assertTrue(letter(c2, "Letter: Stage 2 outcome").contains("until 23 April 2027"));
        assertTrue(letter(c3, "Letter: Stage 3 outcome").contains("Local Government and Social Care Ombudsman"));

        // Then the Ombudsman: its case on the complaint, and its decision.
        on(2027, 7, 1);
        officer = officer();
        done(officer.post(c3 + "/ombudsman/add", "lgscoReference", "27 001 234", "receivedOn-day", "1", "receivedOn-month", "7",
                "receivedOn-year", "2027"), c3, "ombudsman-add");
        on(2027, 9, 1);
        officer = officer();
        String decision = officer.get(c3).html().select("a").stream().filter(a -> a.text().equals("Record the Ombudsman’s decision"))
                .findFirst().orElseThrow().attr("href");
        done(officer.post(decision, "decidedOn-day", "1", "decidedOn-month", "9", "decidedOn-year", "2027", "decision",
                "investigated", "fault", "no-fault"), c3, "ombudsman-decision");
        String ombudsman = officer.get(c3).html().select("#ombudsman ~ dl").text();
        assertTrue(ombudsman.contains("27 001 234") && ombudsman.contains("Investigated") && ombudsman.contains("1 September 2027"),
                ombudsman);
    }

    private String letter(String casePath, String linkText) {
        FormClient officer = officer();
        String href = officer.get(casePath).html().select("a").stream().filter(a -> a.text().startsWith(linkText)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + linkText + " on " + casePath)).attr("href");
        return officer.get(href).html().select(".app-letter").text();
    }

    @Test
    void aPausedComplaintStopsTheClockAndAnOutOfTimeRefusalEndsIt() {
        CLOCK.setDay(LocalDate.of(2026, 12, 1));
        String ref = emailedComplaint(LocalDate.of(2026, 12, 1));
        String c = "/staff/cases/" + ref;
        FormClient officer = officer();
        refused(officer.post(c + "/resume", "resumedOn-day", "1", "resumedOn-month", "12", "resumedOn-year", "2026"), "not paused");
        FormClient.Page none = officer.post(c + "/proceedings", "reason", "Care proceedings.");
        assertEquals(422, none.status());
        assertTrue(none.html().select(".govuk-error-summary").text().contains("Select the decision"));
        done(officer.post(c + "/proceedings", "decision", "paused", "reason", "Care proceedings are under way."), c, "proceedings");
        assertTrue(officer.get(c).html().select("h1 .govuk-tag").text().contains("Paused"));
        assertTrue(officer.get("/staff/queue?status=paused").html().text().contains(ref), "the queue filters paused cases");
        refused(officer.post(c + "/proceedings", "decision", "paused", "reason", "Again."), "already paused");

        // Paused Tuesday 1 December, resumed Monday 4 January: 21 working days stood still, by hand:
        // counted: 2-4 Dec 3, 7-11 8, 14-18 13, 21-24 17, 29-31 20 (25 and 28 are holidays), 4 Jan 21 (1 Jan is).
        on(2027, 1, 4);
        done(officer().post(c + "/resume", "resumedOn-day", "4", "resumedOn-month", "1", "resumedOn-year", "2027"), c, "resume");
        // 15 December moved on 21 working days: 16-18 Dec 3, 21-24 7, 29-31 10, 4-8 Jan 15, 11-15 20, 18 Jan 21.
        assertEquals(LocalDate.of(2027, 1, 18), due(ref));
        assertTrue(!officer().get("/staff/queue?status=paused").html().text().contains(ref));

        done(officer().post(c + "/out-of-time", "decision", "not-accepted", "reason", "The events were in 2023."), c, "out-of-time");
        assertTrue(officer().get(c).html().select("h1 .govuk-tag").text().contains("Refused"));
        assertEquals(List.of("proceedings/paused", "out-of-time/not-accepted"), decisions(ref));
        String csv = StaffFixtures.signedIn(ctx, server.getURI(), StaffRole.MANAGER).get("/staff/queue/export?status=all").body();
        assertTrue(csv.lines().anyMatch(l -> l.startsWith(ref) && l.contains("not-accepted") && l.contains("paused")), csv.lines().findFirst().orElse(""));
    }

    /** The Ombudsman's Complaint Handling Code: 5 to acknowledge, 10 (+10) to answer; Stage 2 5 and 20, by someone else. */
    @Test
    void aCorporateComplaintFollowsTheComplaintHandlingCode() {
        CLOCK.setDay(LocalDate.of(2026, 12, 1));
        String ref = emailedComplaint(LocalDate.of(2026, 12, 1), "sen-ehcp");
        String c = "/staff/cases/" + ref;
        assertEquals(Queue.CORPORATE, queue(ref));
        assertEquals(LocalDate.of(2026, 12, 8), ctx.getBean(TriageService.class).find(id(ref)).orElseThrow().acknowledgeBy());
        assertEquals(LocalDate.of(2026, 12, 22), due(ref), "10 working days after the acknowledgement is due");
        uk.council.complaints.staff.StaffMember handler = StaffFixtures.user(ctx, StaffRole.OFFICER);
        FormClient manager = StaffFixtures.signedIn(ctx, server.getURI(), StaffRole.MANAGER);
        done(manager.post(c + "/assign", "assignee", String.valueOf(handler.id())), c, "assign");

        on(2026, 12, 3);
        FormClient stage1Handler = StaffFixtures.signIn(server.getURI(), handler.email());
        done(stage1Handler.post(c + "/acknowledge"), c, "acknowledge");
        assertEquals(LocalDate.of(2026, 12, 17), due(ref), "10 working days after it was acknowledged");
        done(stage1Handler.post(c + "/extend", "reason", "The school transport team is closed this week."), c, "extend");
        assertEquals(LocalDate.of(2027, 1, 5), due(ref), "10 more, past Christmas and New Year");

        on(2027, 1, 4);
        stage1Handler = StaffFixtures.signIn(server.getURI(), handler.email());
        done(stage1Handler.post(c + "/response", "methods", "written", "finding", "not-upheld", "finding-1", "not-upheld",
                "finding-2", "not-upheld", "outcomes", "explanation"), c, "response");
        done(stage1Handler.post(c + "/close"), c, "close");
        on(2027, 1, 13);
        stage1Handler = StaffFixtures.signIn(server.getURI(), handler.email());
        done(stage1Handler.post(c + "/escalate", "reason", "outcomes-not-met", "wantNow", "Someone else to look.", "requestVia", "phone",
                "requestedOn-day", "11", "requestedOn-month", "1", "requestedOn-year", "2027"), c, "escalate");
        String stage2 = StageFixtures.linkedFrom(ctx, ref);
        String c2 = "/staff/cases/" + stage2;
        assertEquals(Queue.CORPORATE_STAGE2, queue(stage2));
        assertEquals(LocalDate.of(2027, 1, 18), ctx.getBean(TriageService.class).find(id(stage2)).orElseThrow().acknowledgeBy());
        assertEquals(LocalDate.of(2027, 2, 15), due(stage2), "20 working days after the acknowledgement is due");

        manager = StaffFixtures.signedIn(ctx, server.getURI(), StaffRole.MANAGER);
        refused(manager.post(c2 + "/assign", "assignee", String.valueOf(handler.id())), "did not handle Stage 1");
        done(stage1Handler.post(c2 + "/acknowledge"), c2, "acknowledge");
        assertEquals(LocalDate.of(2027, 2, 10), due(stage2), "20 working days after it was acknowledged");
        refused(stage1Handler.post(c2 + "/response", "methods", "written", "finding", "upheld", "finding-1", "upheld",
                "finding-2", "upheld", "outcomes", "explanation"), "did not handle Stage 1");
        done(officer().post(c2 + "/response", "methods", "written", "finding", "upheld", "finding-1", "upheld",
                "finding-2", "partly-upheld", "outcomes", "explanation"), c2, "response");
        assertEquals(List.of("upheld", "partly-upheld"), findings(stage2));
    }

    private String emailedComplaint(LocalDate receivedOn) {
        return emailedComplaint(receivedOn, "children-in-care");
    }

    private String emailedComplaint(LocalDate receivedOn, String service) {
        String reference = "T" + String.format("%03d", (int) (Math.random() * 1000)) + "-" + String.format("%04d", (int) (Math.random() * 10000));
        SubmittedCase saved = ctx.getBean(CaseRepository.class).save(StaffFixtures.sample(reference, SubmissionKind.COMPLAINT,
                        service, CLOCK.instant()).copyAs(reference, SubmissionKind.COMPLAINT, CLOCK.instant())
                .receivedVia("email").receivedOn(receivedOn).build());
        issues.saveAll(List.of(new StageRecords.Issue(null, saved.id(), 1, "delay", "No visits for six weeks", null),
                new StageRecords.Issue(null, saved.id(), 2, "poor-communication", null, null)));
        ctx.getBean(TriageService.class).triageAndStore(saved, List.of(), false);
        return reference;
    }

    private FormClient officer() {
        return StaffFixtures.signedIn(ctx, server.getURI(), StaffRole.OFFICER);
    }

    private static void on(int year, int month, int day) {
        CLOCK.setDay(LocalDate.of(year, month, day));
    }

    private long id(String reference) {
        return ctx.getBean(CaseRepository.class).findByReference(reference).orElseThrow().id();
    }

    private LocalDate due(String reference) {
        return ctx.getBean(TriageService.class).find(id(reference)).orElseThrow().responseDue();
    }

    private Queue queue(String reference) {
        return ctx.getBean(TriageService.class).find(id(reference)).orElseThrow().queue();
    }

    private List<String> findings(String reference) {
        return issues.findByCaseIdOrderByPosition(id(reference)).stream().map(StageRecords.Issue::finding).toList();
    }

    private List<String> decisions(String reference) {
        return decisions.findByCaseIdOrderById(id(reference)).stream().map(d -> d.kind() + "/" + d.decision()).toList();
    }

    static void done(FormClient.Page page, String casePath, String action) {
        assertEquals(303, page.status(), () -> action + ": " + page.status() + " " + page.html().select(".govuk-error-summary").text());
        assertEquals(casePath + "?done=" + action, page.location());
    }

    static void refused(FormClient.Page page, String message) {
        assertEquals(409, page.status(), () -> "expected a refusal saying '" + message + "', got " + page.status()
                + " " + page.html().select(".govuk-error-summary").text());
        assertTrue(page.html().select(".govuk-error-summary").text().contains(message),
                () -> page.html().select(".govuk-error-summary").text());
    }
}
