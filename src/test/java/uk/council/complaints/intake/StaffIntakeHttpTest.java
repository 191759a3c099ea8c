package uk.council.complaints.intake;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import uk.council.complaints.cases.CaseIssueRepository;
import uk.council.complaints.cases.CaseRepository;
import uk.council.complaints.cases.SubmittedCase;
import uk.council.complaints.notify.EmailPurpose;
import uk.council.complaints.notify.Outbox;
import uk.council.complaints.staff.StaffFixtures;
import uk.council.complaints.staff.StaffMember;
import uk.council.complaints.staff.StaffRole;
import uk.council.complaints.support.FormClient;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Staff intake over HTTP (issue 10): a case received another way goes through the online form's checks, triage,
 * deadlines (counted from the day it was received) and emails; its method of receipt and issues are shown,
 * filtered and exported. Today is fixed at Wednesday 30 December 2026, after Christmas.
 */
@MicronautTest(transactional = false)
public class StaffIntakeHttpTest {
    static final Instant NOW = Instant.parse("2026-12-30T10:00:00Z");
    @Inject
    EmbeddedServer server;
    @Inject
    ApplicationContext ctx;

    @MockBean(Clock.class)
    Clock clock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }

    @Test
    void anEmailedComplaintReceivedBeforeChristmasIsDueInWorkingDaysFromTheDayItArrived() {
        StaffMember account = StaffFixtures.user(ctx, StaffRole.OFFICER);
        FormClient officer = StaffFixtures.signIn(server.getURI(), account.email());
        assertTrue(officer.get("/staff/queue").html().select("a[href=/staff/new]").text()
                .contains("Enter a case received another way"));
        String ref = enter(officer, first("complaint", "parent", "email", LocalDate.of(2026, 12, 23)), complaint("alex@example.org",
                "issue-1-nature", "delay", "issue-1-summary", "No visit for six weeks", "issue-2-nature", "finance"));

        Document page = officer.get("/staff/cases/" + ref).html();
        // Received Wednesday 23 December 2026. Working days after it: Thu 24 (1); Fri 25 Christmas, Mon 28 Boxing Day
        // (substitute) are holidays; Tue 29 (2), Wed 30 (3): acknowledge by 30 December. Then Thu 31 (4); Fri 1 January
        // is a holiday; Mon 4 (5) ... Fri 8 (9), Mon 11 January 2027 (10): the Stage 1 response.
        assertEquals("23 December 2026", row(page, "Received"));
        assertEquals("30 December 2026", row(page, "Acknowledge by"));
        assertEquals("11 January 2027", row(page, "Response due"));
        assertEquals("Email", row(page, "How it arrived"));
        assertEquals(List.of("1. Delay: No visit for six weeks", "2. Finance"), page.select("#issues + ul li").eachText());
        List<String> timeline = page.select(".app-timeline__item").eachText();
        assertTrue(timeline.stream().anyMatch(t -> t.startsWith("Entered by staff") && t.contains(account.email())
                && t.contains("How it arrived: Email. Received on 23 December 2026.")), timeline.toString());
        assertTrue(timeline.stream().noneMatch(t -> t.startsWith("Submitted")), "not sent through the online form");

        SubmittedCase stored = ctx.getBean(CaseRepository.class).findByReference(ref).orElseThrow();
        assertEquals(account.id(), stored.enteredBy());
        assertEquals("email", stored.receivedVia());
        assertEquals(LocalDate.of(2026, 12, 23), stored.receivedOn());
        assertEquals(2, ctx.getBean(CaseIssueRepository.class).findByCaseIdOrderByPosition(stored.id()).size());
        List<EmailPurpose> emails = ctx.getBean(Outbox.class).forCase(stored.id()).stream().map(e -> e.purpose()).toList();
        assertTrue(emails.contains(EmailPurpose.ACKNOWLEDGEMENT) && emails.contains(EmailPurpose.TEAM_NOTIFICATION), emails.toString());

        FormClient manager = StaffFixtures.signedIn(ctx, server.getURI(), StaffRole.MANAGER);
        String csv = manager.get("/staff/queue/export?status=all&via=email&nature=delay").body();
        String header = csv.lines().findFirst().orElseThrow();
        assertTrue(header.contains(",received_via,issue_natures,feedback_team,feedback_giver,"), header);
        String line = csv.lines().filter(l -> l.startsWith(ref)).findFirst().orElseThrow();
        assertTrue(line.contains(",2026-12-23,") && line.contains(",email,delay; finance,,"), line);
        assertTrue(queue(officer, "via=email&nature=delay").contains(ref));
        assertFalse(queue(officer, "via=letter&nature=delay").contains(ref));
        assertTrue(queue(officer, "via=email&nature=finance").contains(ref));
        assertFalse(queue(officer, "via=email&nature=placement").contains(ref));
    }

    @Test
    void aComplimentByPhoneNamesTheTeamAndWhoGaveIt() {
        FormClient officer = StaffFixtures.signedIn(ctx, server.getURI(), StaffRole.OFFICER);
        String ref = enter(officer, first("compliment", "", "phone", LocalDate.of(2026, 12, 29)), List.of(
                "feedbackMessage", "The foster team were wonderful over Christmas.", "feedbackTeam",
                "Children in Care and Care Leavers", "feedbackGiver", "carer", "fullName", "Jo Carer", "phone",
                "07700 900456", "preferredContact", "phone"));
        Document page = officer.get("/staff/cases/" + ref).html();
        assertEquals("Children in Care and Care Leavers", row(page, "Team or service it is about"));
        assertEquals("Carer", row(page, "Given by"));
        assertEquals("Phone", row(page, "How it arrived"));
        assertTrue(row(page, "Queue").contains("Compliments and comments"));
        FormClient manager = StaffFixtures.signedIn(ctx, server.getURI(), StaffRole.MANAGER);
        String line = manager.get("/staff/queue/export?status=all&via=phone").body().lines().filter(l -> l.startsWith(ref))
                .findFirst().orElseThrow();
        assertTrue(line.contains(",phone,,Children in Care and Care Leavers,carer,"), line);
    }

    @Test
    void badAnswersComeBackOnTheSamePageWithEverythingTypedKept() {
        FormClient officer = StaffFixtures.signedIn(ctx, server.getURI(), StaffRole.OFFICER);
        officer.get("/staff/new");
        FormClient.Page none = officer.post("/staff/new");
        assertEquals(422, none.status());
        assertEquals(List.of("Select what was received", "Select how it arrived", "Enter the date the council received it"),
                none.html().select(".govuk-error-summary__list li").eachText());
        FormClient.Page future = officer.post("/staff/new", "kind", "complaint", "receivedVia", "letter",
                "receivedOn-day", "31", "receivedOn-month", "12", "receivedOn-year", "2026");
        assertEquals(422, future.status());
        List<String> errors = future.html().select(".govuk-error-summary__list li").eachText();
        assertEquals(List.of("Select who it is from", "The date received must be today or in the past"), errors);
        assertEquals("letter", future.html().select("input[name=receivedVia][checked]").attr("value"));
        assertEquals("31", future.html().selectFirst("#receivedOn-day").attr("value"));
        FormClient.Page old = officer.post("/staff/new", "kind", "enquiry", "receivedVia", "letter",
                "receivedOn-day", "1", "receivedOn-month", "12", "receivedOn-year", "2025");
        assertTrue(old.html().select(".govuk-error-summary").text().contains("within the last year"));

        List<String> pairs = new ArrayList<>(first("complaint", "parent", "letter", LocalDate.of(2026, 12, 21)));
        officer.get("/staff/new/details?" + String.join("&", query(pairs)));
        pairs.addAll(List.of("csrfToken", officer.csrfToken(), "fullName", "Alex Letter", "email", "not-an-email",
                "whatHappened", "Nobody replied to three letters.", "issue-2-summary", "A summary with no nature",
                "issue-3-nature", "no-such-nature"));
        FormClient.Page bad = officer.postRaw("/staff/new/details", pairs.toArray(String[]::new));
        assertEquals(422, bad.status());
        assertTrue(bad.title().startsWith("Error: "), bad.title());
        Document d = bad.html();
        String summary = d.select(".govuk-error-summary").text();
        for (String expected : List.of("Choose the nature of issue 2, or clear its summary",
                "Choose the nature of issue 3 from the list", "Enter an email address in the correct format")) {
            assertTrue(summary.contains(expected), expected + " missing from " + summary);
        }
        assertEquals("Alex Letter", d.selectFirst("#fullName").attr("value"));
        assertEquals("not-an-email", d.selectFirst("#email").attr("value"));
        assertEquals("Nobody replied to three letters.", d.selectFirst("textarea#whatHappened").text());
        assertEquals("A summary with no nature", d.selectFirst("#issue-2-summary").attr("value"));
        assertNotNull(d.selectFirst("#issue-2-nature-error"));
        assertEquals("letter", d.selectFirst("input[type=hidden][name=receivedVia]").attr("value"));
        assertEquals("21", d.selectFirst("input[type=hidden][name=receivedOn-day]").attr("value"));
    }

    @Test
    void anOnlineComplaintsIssuesAreRecordedByAnOfficerAndAnUnknownNatureIsRefused() {
        String ref = StaffFixtures.complaint(ctx);
        String c = "/staff/cases/" + ref;
        FormClient officer = StaffFixtures.signedIn(ctx, server.getURI(), StaffRole.OFFICER);
        Document before = officer.get(c).html();
        assertEquals("Online form", row(before, "How it arrived"));
        assertTrue(before.text().contains("No issues are recorded yet"));
        assertNotNull(before.selectFirst("a[href=" + c + "/issues]"), "the Record the issues action");
        FormClient.Page unknown = officer.post(c + "/issues", "issue-1-nature", "weather");
        assertEquals(422, unknown.status());
        assertTrue(unknown.html().select(".govuk-error-summary").text().contains("Choose the nature of issue 1 from the list"));
        FormClient.Page empty = officer.post(c + "/issues");
        assertEquals(422, empty.status());
        assertTrue(empty.html().select(".govuk-error-summary").text().contains("Record at least one issue"));

        FormClient.Page saved = officer.post(c + "/issues", "issue-1-nature", "poor-communication", "issue-1-summary",
                "Calls not returned", "issue-2-nature", "placement");
        assertEquals(303, saved.status());
        assertEquals(c + "?done=issues", saved.location());
        Document after = officer.get(c).html();
        assertEquals(List.of("1. Poor communication: Calls not returned", "2. Placement"), after.select("#issues + ul li").eachText());
        assertTrue(after.select(".app-timeline__item").eachText().stream().anyMatch(t -> t.startsWith("Issues recorded")
                && t.contains("Poor communication: Calls not returned")));
        assertEquals("placement", officer.get(c + "/issues").html().select("#issue-2-nature option[selected]").attr("value"));
        FormClient.Page summaryOnly = officer.post(c + "/issues", "issue-1-nature", "", "issue-1-summary", "Calls not returned",
                "issue-2-nature", "placement", "issue-2-summary", "", "issue-3-nature", "", "issue-3-summary", "");
        assertEquals(422, summaryOnly.status());
        assertEquals("Calls not returned", summaryOnly.html().selectFirst("#issue-1-summary").attr("value"));
        assertEquals(303, officer.post(c + "/issues", "issue-1-nature", "poor-communication", "issue-2-nature", "placement").status(),
                "the same issues again, each at its place");
        assertEquals(303, officer.post(c + "/issues", "issue-1-nature", "delay", "issue-2-nature", "", "issue-2-summary", "").status());
        assertEquals(List.of("1. Delay"), officer.get(c).html().select("#issues + ul li").eachText());
        assertTrue(queue(officer, "via=online-form&nature=delay").contains(ref));
    }

    @Test
    void onlySignedInStaffReachStaffIntake() {
        FormClient anonymous = new FormClient(server.getURI());
        for (String path : List.of("/staff/new", "/staff/new/details?kind=complaint")) {
            FormClient.Page page = anonymous.get(path);
            assertEquals(303, page.status(), path);
            assertTrue(page.location().startsWith("/staff/sign-in"), page.location());
        }
        anonymous.get("/staff/sign-in");
        FormClient.Page post = anonymous.postRaw("/staff/new/details", "csrfToken", anonymous.csrfToken(), "kind", "complaint");
        assertEquals(303, post.status());
        assertTrue(post.location().startsWith("/staff/sign-in"));
    }

    public static List<String> first(String kind, String role, String via, LocalDate on) {
        List<String> pairs = new ArrayList<>(List.of("kind", kind, "receivedVia", via, "receivedOn-day",
                String.valueOf(on.getDayOfMonth()), "receivedOn-month", String.valueOf(on.getMonthValue()),
                "receivedOn-year", String.valueOf(on.getYear())));
        if (!role.isEmpty()) {
            pairs.addAll(List.of("role", role));
        }
        return pairs;
    }

    /** A parent's complaint, every required answer given, plus the extra pairs (issues). */
    public static List<String> complaint(String email, String... issues) {
        List<String> pairs = new ArrayList<>(List.of("riskNow", "no", "childName", "Sam Letter", "childAge", "9",
                "parentalResponsibility", "yes", "service", "children-in-care", "whatHappened",
                "The social worker has not visited since October.", "stillHappening", "yes", "outcomesSought", "apology",
                "outcomesSought", "meeting", "courtProceedings", "no", "raisedBefore", "yes", "fullName", "Alex Example",
                "email", email, "preferredContact", "email"));
        pairs.addAll(List.of(issues));
        return pairs;
    }

    /** Both pages, as an officer fills them in: the case's reference. */
    public static String enter(FormClient officer, List<String> firstPage, List<String> details) {
        officer.get("/staff/new");
        FormClient.Page chosen = officer.post("/staff/new", firstPage.toArray(String[]::new));
        assertEquals(303, chosen.status(), () -> chosen.html().select(".govuk-error-summary").text());
        assertTrue(chosen.location().startsWith("/staff/new/details?"), chosen.location());
        FormClient.Page form = officer.get(chosen.location());
        assertEquals(200, form.status());
        List<String> all = new ArrayList<>(List.of("csrfToken", officer.csrfToken()));
        form.html().select("input[type=hidden]").forEach(h -> {
            if (!h.attr("name").equals("csrfToken")) {
                all.addAll(List.of(h.attr("name"), h.attr("value")));
            }
        });
        all.addAll(details);
        FormClient.Page done = officer.postRaw("/staff/new/details", all.toArray(String[]::new));
        assertEquals(303, done.status(), () -> done.html().select(".govuk-error-summary").text());
        String location = done.location();
        assertTrue(location.endsWith("?done=entered"), location);
        return location.substring("/staff/cases/".length(), location.indexOf('?'));
    }

    private static List<String> query(List<String> pairs) {
        List<String> q = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i += 2) {
            q.add(pairs.get(i) + "=" + pairs.get(i + 1));
        }
        return q;
    }

    /** Every page of the filtered queue: on PostgreSQL other tests' cases share the tables and may fill the first. */
    private static String queue(FormClient officer, String filter) {
        StringBuilder refs = new StringBuilder();
        for (int page = 1; ; page++) {
            Document shown = officer.get("/staff/queue?status=all&" + filter + "&page=" + page).html();
            refs.append(shown.select("table a").text()).append(' ');
            if (shown.select("table tbody tr").size() < 25) return refs.toString();
        }
    }

    static String row(Document page, String key) {
        return page.select(".govuk-summary-list__row").stream()
                .filter(r -> r.selectFirst(".govuk-summary-list__key").text().equals(key))
                .map(r -> r.selectFirst(".govuk-summary-list__value").text()).findFirst().orElse("");
    }
}
