package uk.council.complaints.staff;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import uk.council.complaints.support.FormClient;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static uk.council.complaints.staff.StaffFixtures.date;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Ombudsman cases, their recommendations and learning actions over HTTP: kept, shown, filtered, exported, audited. */
@MicronautTest(transactional = false)
class OmbudsmanAndLearningHttpTest {
    @Inject
    EmbeddedServer server;
    @Inject
    ApplicationContext ctx;

    @Test
    void anOmbudsmanCaseIsDecidedWithItsRecommendationsAndEveryBadAnswerIsExplained() {
        String ref = StaffFixtures.complaint(ctx);
        String other = StaffFixtures.complaint(ctx);
        String c = "/staff/cases/" + ref;
        FormClient officer = StaffFixtures.signedIn(ctx, server.getURI(), StaffRole.OFFICER);

        FormClient.Page empty = post(officer, c + "/ombudsman/add");
        assertEquals(422, empty.status());
        assertTrue(empty.title().startsWith("Error: "));
        assertEquals(List.of("Enter the LGSCO reference", "Enter the date the Ombudsman received the complaint"),
                empty.html().select(".govuk-error-summary__list li").eachText());
        assertEquals("#receivedOn-day", empty.html().select(".govuk-error-summary__list a").get(1).attr("href"));
        FormClient.Page notReal = post(officer, c + "/ombudsman/add", "lgscoReference", "24 001 234",
                "receivedOn-day", "31", "receivedOn-month", "2", "receivedOn-year", "2026");
        assertEquals(422, notReal.status());
        assertTrue(notReal.html().select("#receivedOn-error").text().contains("must be a real date"));
        assertEquals("24 001 234", notReal.html().selectFirst("input#lgscoReference").val(), "what was typed is kept");
        assertEquals("31", notReal.html().selectFirst("input#receivedOn-day").val());
        LocalDate tomorrow = LocalDate.now().plusDays(2);
        assertTrue(error(post(officer, c + "/ombudsman/add", "lgscoReference", "24 001 234", date("receivedOn", tomorrow)),
                "receivedOn").contains("today or in the past"));
        assertTrue(error(post(officer, c + "/ombudsman/add", "lgscoReference", "24 <001>", date("receivedOn", LocalDate.of(2026, 3, 2))),
                "lgscoReference").contains("letters, numbers"));
        done(post(officer, c + "/ombudsman/add", "lgscoReference", "24 001 234", date("receivedOn", LocalDate.of(2026, 3, 2))), c, "ombudsman-add");

        Document page = officer.get(c).html();
        assertTrue(page.text().contains("LGSCO case 24 001 234"));
        String decision = page.select("a").stream().filter(a -> a.text().equals("Record the Ombudsman’s decision"))
                .findFirst().orElseThrow().attr("href");
        assertTrue(error(post(officer, decision, date("decidedOn", LocalDate.of(2026, 5, 1)), "decision", "investigated"),
                "fault").contains("Choose the fault"));
        assertTrue(error(post(officer, decision, date("decidedOn", LocalDate.of(2026, 5, 1)), "decision", "not-for-us",
                "fault", "no-fault"), "fault").contains("only when the Ombudsman investigates"));
        for (String payment : List.of("12.5", "£1,25", "-10", "ten pounds", "1,2345.00", "£1000000000.00")) {
            FormClient.Page bad = post(officer, decision, date("decidedOn", LocalDate.of(2026, 5, 1)), "decision", "investigated",
                    "fault", "fault-injustice", "payment", payment);
            assertTrue(error(bad, "payment").contains("pounds and pence"), payment);
            assertEquals(payment, bad.html().selectFirst("input#payment").val());
        }
        refused(post(officer, decision, date("decidedOn", LocalDate.of(2026, 3, 1)), "decision", "assessed-closed"),
                "on or after the date the Ombudsman received");
        done(post(officer, decision, date("decidedOn", LocalDate.of(2026, 5, 1)), "decision", "investigated", "fault", "fault-injustice",
                "remedy", "Apologise and pay for the missed visits.", "payment", "£1,250.50"), c, "ombudsman-decision");
        refused(post(officer, decision, date("decidedOn", LocalDate.of(2026, 5, 2)), "decision", "investigated", "fault", "no-fault"),
                "already been recorded");

        page = officer.get(c).html();
        for (String shown : List.of("£1,250.50", "Fault causing injustice", "Investigated", "1 May 2026", "Apologise and pay")) {
            assertTrue(page.select("#ombudsman ~ dl").text().contains(shown), shown);
        }
        String recommend = page.select("a").stream().filter(a -> a.text().equals("Add a recommendation")).findFirst().orElseThrow().attr("href");
        assertEquals(422, post(officer, recommend).status());
        done(post(officer, recommend, "recommendation", "Review the visiting schedule.", date("dueOn", LocalDate.of(2026, 6, 1))), c, "recommendation");
        page = officer.get(c).html();
        assertTrue(page.select("table").text().contains("Review the visiting schedule. 1 June 2026 Overdue"), page.select("table").text());
        String complied = page.select("a").stream().filter(a -> a.text().startsWith("Mark as complied with")).findFirst().orElseThrow().attr("href");
        done(post(officer, complied, date("compliedOn", LocalDate.of(2026, 6, 3))), c, "complied");
        refused(post(officer, complied, date("compliedOn", LocalDate.of(2026, 6, 3))), "already been marked as complied");
        page = officer.get(c).html();
        assertFalse(page.select("table").text().contains("Overdue"), "complied with: no longer overdue");

        List<String> timeline = page.select(".app-timeline__item").eachText();
        for (String event : List.of("Ombudsman case added", "Ombudsman decision recorded", "Ombudsman recommendation added",
                "Ombudsman recommendation complied with")) {
            assertTrue(timeline.stream().anyMatch(t -> t.startsWith(event)), event + " missing from " + timeline);
        }

        FormClient manager = StaffFixtures.signedIn(ctx, server.getURI(), StaffRole.MANAGER);
        String queue = manager.get("/staff/queue?status=all&ombudsman=yes").body();
        assertTrue(queue.contains(ref) && !queue.contains(other), "only cases with an Ombudsman case");
        List<String> csv = manager.get("/staff/queue/export?status=all&ombudsman=yes").body().lines().toList();
        List<String> header = Arrays.asList(csv.get(0).split(","));
        List<String> row = Arrays.asList(csv.stream().filter(l -> l.startsWith(ref)).findFirst().orElseThrow().split(",", -1));
        assertEquals("1", row.get(header.indexOf("ombudsman_cases")));
        assertEquals("investigated", row.get(header.indexOf("ombudsman_decisions")));
        assertEquals("fault-injustice", row.get(header.indexOf("ombudsman_faults")));
        assertEquals("1250.50", row.get(header.indexOf("ombudsman_payment")));
        assertEquals("1", row.get(header.indexOf("ombudsman_recommendations")));
        assertEquals("1", row.get(header.indexOf("ombudsman_recommendations_complied")));
        assertFalse(String.join(",", csv).contains("Apologise"), "no free text in the export");
    }

    @Test
    void onlyAComplaintCanHaveAnOmbudsmanCase() {
        String callback = StaffFixtures.callback(ctx);
        FormClient officer = StaffFixtures.signedIn(ctx, server.getURI(), StaffRole.OFFICER);
        refused(post(officer, "/staff/cases/" + callback + "/ombudsman/add", "lgscoReference", "24 001 235",
                date("receivedOn", LocalDate.of(2026, 3, 2))), "only on a complaint");
        assertEquals(404, officer.get("/staff/cases/" + callback + "/ombudsman/999999999/decision").status(),
                "a form about a row not on this case is not found");
        assertEquals(404, officer.get("/staff/cases/" + callback + "/learning/999999999/done").status());
    }

    @Test
    void aLearningActionIsOwnedByATeamFromTheDirectoryAndMarkedDone() {
        String ref = StaffFixtures.complaint(ctx);
        String c = "/staff/cases/" + ref;
        FormClient officer = StaffFixtures.signedIn(ctx, server.getURI(), StaffRole.OFFICER);
        Document form = officer.get(c + "/learning/add").html();
        assertTrue(form.select("input[name=ownerTeam]").eachAttr("value").containsAll(List.of(
                "Children in Care and Care Leavers", "Stage 2 investigations", "Children's Services Complaints Team")));
        FormClient.Page empty = post(officer, c + "/learning/add");
        assertEquals(422, empty.status());
        assertEquals(3, empty.html().select(".govuk-error-summary__list li").size());
        FormClient.Page notATeam = post(officer, c + "/learning/add", "action", "Visits checked monthly.", "ownerTeam", "Made-up team",
                date("dueOn", LocalDate.of(2026, 1, 5)));
        assertTrue(error(notATeam, "ownerTeam").contains("Choose the team"));
        assertEquals("Visits checked monthly.", notATeam.html().selectFirst("textarea#action").text());
        done(post(officer, c + "/learning/add", "action", "Visits checked monthly by the team manager.",
                "ownerTeam", "Children in Care and Care Leavers", date("dueOn", LocalDate.of(2026, 1, 5))), c, "learning-add");
        Document page = officer.get(c).html();
        String table = page.select("#learning ~ div table").text();
        assertTrue(table.contains("Visits checked monthly by the team manager. Children in Care and Care Leavers 5 January 2026 Overdue"), table);
        String doneHref = page.select("a").stream().filter(a -> a.text().startsWith("Mark as done")).findFirst().orElseThrow().attr("href");
        assertTrue(error(post(officer, doneHref, "doneOn-day", "3", "doneOn-month", "2"), "doneOn").contains("must include a year"));
        done(post(officer, doneHref, date("doneOn", LocalDate.of(2026, 2, 3))), c, "learning-done");
        refused(post(officer, doneHref, date("doneOn", LocalDate.of(2026, 2, 3))), "already been marked as done");
        page = officer.get(c).html();
        assertTrue(page.select("#learning ~ div table").text().contains("3 February 2026"));
        assertTrue(page.select(".app-timeline__item").eachText().stream().anyMatch(t -> t.startsWith("Learning action done")));

        FormClient manager = StaffFixtures.signedIn(ctx, server.getURI(), StaffRole.MANAGER);
        List<String> csv = manager.get("/staff/queue/export?status=all").body().lines().toList();
        List<String> header = Arrays.asList(csv.get(0).split(","));
        List<String> row = Arrays.asList(csv.stream().filter(l -> l.startsWith(ref)).findFirst().orElseThrow().split(",", -1));
        assertEquals("1", row.get(header.indexOf("learning_actions")));
        assertEquals("1", row.get(header.indexOf("learning_actions_done")));
        assertEquals("0", row.get(header.indexOf("ombudsman_cases")));
    }

    @Test
    void theLeafletGivenInPersonOrPostedIsOnTheRecord() {
        String ref = StaffFixtures.complaint(ctx);
        String c = "/staff/cases/" + ref;
        FormClient officer = StaffFixtures.signedIn(ctx, server.getURI(), StaffRole.OFFICER);
        done(officer.submitFrom(c, c + "/leaflet/given"), c, "leaflet-given");
        done(officer.submitFrom(c, c + "/leaflet/posted"), c, "leaflet-posted");
        assertEquals(403, officer.postRaw(c + "/leaflet/posted").status(), "no token, no change");
        Document page = officer.get(c).html();
        String leaflet = page.select("h2:containsOwn(Advocacy and the leaflet) ~ ul").text();
        assertTrue(leaflet.contains("Leaflet given in person") && leaflet.contains("Leaflet posted"), leaflet);
        assertTrue(page.select("dl").text().contains("Leaflet sent"), "the case is flagged as having had the leaflet");
        List<String> timeline = page.select(".app-timeline__item").eachText();
        assertTrue(timeline.stream().anyMatch(t -> t.startsWith("Leaflet posted")), timeline.toString());
    }

    /** Posts name, value... pairs, where a date's three parts come as one array. */
    static FormClient.Page post(FormClient client, String path, Object... parts) {
        return client.post(path, StaffFixtures.answers(parts));
    }

    private static String error(FormClient.Page page, String field) {
        assertEquals(422, page.status(), () -> field + ": " + page.status());
        return page.html().select("#" + field + "-error").text();
    }

    private static void done(FormClient.Page page, String casePath, String action) {
        assertEquals(303, page.status(), () -> action + ": " + page.status() + " " + page.html().select(".govuk-error-summary").text());
        assertEquals(casePath + "?done=" + action, page.location());
    }

    private static void refused(FormClient.Page page, String message) {
        assertEquals(409, page.status(), () -> "expected a refusal saying '" + message + "', got " + page.status()
                + " " + page.html().select(".govuk-error-summary").text());
        String summary = page.html().select(".govuk-error-summary").text();
        assertTrue(summary.contains(message), summary);
        assertTrue(page.title().startsWith("Error: "), page.title());
    }
}
