package uk.council.complaints.intake;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import uk.council.complaints.cases.CaseChild;
import uk.council.complaints.cases.CaseChildRepository;
import uk.council.complaints.cases.CaseRepository;
import uk.council.complaints.cases.SubmittedCase;
import uk.council.complaints.staff.StaffFixtures;
import uk.council.complaints.staff.StaffRole;
import uk.council.complaints.support.FormClient;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Several children (docs/adr/0017-several-children.md) over HTTP, with a limit of 3: add, change and remove children,
 * the limit and Remove enforced on the server, each child a case_child row, in the CSV and on the staff case page,
 * and deleted with the case.
 */
@MicronautTest(transactional = false)
@Property(name = "portal.children.max", value = "3")
class SeveralChildrenHttpTest {
    private static final String LIST = "/form/children";
    private static final String CHILD = "/form/about-the-child";

    @Inject
    EmbeddedServer server;
    @Inject
    ApplicationContext ctx;
    @Inject
    CaseRepository cases;
    @Inject
    CaseChildRepository children;
    @Inject
    io.micronaut.data.jdbc.runtime.JdbcOperations jdbc;
    @Inject
    io.micronaut.transaction.TransactionOperations<java.sql.Connection> tx;

    private FormClient withFirstChild() {
        FormClient client = new FormClient(server.getURI());
        Journeys.step(client, "what-would-you-like-to-do", "purpose", "complaint");
        Journeys.step(client, "who-are-you", "role", "parent");
        Journeys.step(client, "is-a-child-at-risk", "riskNow", "no");
        FormClient.Page first = client.post(CHILD, "childName", "Sam Example", "childAge", "9");
        assertEquals(LIST, first.location(), "the children page comes after the first child");
        return client;
    }

    private static void addChild(FormClient client, int number, String... answers) {
        FormClient.Page yes = client.post(LIST, "addAnotherChild", "yes");
        assertEquals(CHILD + "?child=" + number, yes.location());
        FormClient.Page added = client.post(CHILD + "?child=" + number, answers);
        assertEquals(LIST, added.location(), () -> added.html().select(".govuk-error-summary").text());
    }

    private static List<String> names(FormClient client) {
        return client.get(LIST).html().select(".govuk-summary-list__key").eachText();
    }

    @Test
    void savingOnALaterChildsPageComesBackToThatChildsPage() {
        FormClient client = withFirstChild();
        assertEquals(CHILD + "?child=2", client.post(LIST, "addAnotherChild", "yes").location());
        FormClient.Page save = client.post(CHILD + "?child=2", "childName", "Alex Example", "childAge", "4",
                "saveForLater", "yes");
        assertEquals("/form/save?from=about-the-child&child=2", save.location());

        Document ask = client.get(save.location()).html();
        assertEquals(CHILD + "?child=2", ask.selectFirst("a.govuk-back-link").attr("href"), "Back goes to child 2's page");
        assertEquals("/form/save?from=about-the-child&child=2", ask.selectFirst("form[method=post]").attr("action"));
        FormClient.Page sent = client.post(save.location(), "saveEmail", "alex@example.org");
        assertEquals("/form/saved", sent.location());
        String token = SaveHandOverHttpTest.lastLinkTo(tx, jdbc, "alex@example.org");
        FormClient laptop = new FormClient(server.getURI());
        FormClient.Page resumed = laptop.submitFrom("/form/resume/" + token, "/form/resume/" + token);
        assertEquals(CHILD + "?child=2", resumed.location(), "the emailed link comes back to child 2's page");
        assertEquals("Alex Example", laptop.get(CHILD + "?child=2").html().selectFirst("input[name=childName]").val(),
                "child 2's answers were kept");

        // Only a child's number is carried: anything else gives the first child's page.
        FormClient forger = withFirstChild();
        forger.post(LIST, "addAnotherChild", "yes");
        forger.post(CHILD + "?child=2", "childName", "Alex Example", "saveForLater", "yes");
        forger.post("/form/save?from=about-the-child&child=//evil.example", "saveEmail", "forged@example.org");
        String forged = SaveHandOverHttpTest.lastLinkTo(tx, jdbc, "forged@example.org");
        assertEquals(CHILD, new FormClient(server.getURI()).submitFrom("/form/resume/" + forged, "/form/resume/" + forged)
                .location());
    }

    @Test
    void childrenAreAddedChangedAndRemovedUpToTheLimitAndEachIsStoredAsARow() {
        FormClient client = withFirstChild();
        Document one = client.get(LIST).html();
        assertEquals("You have added 1 child", one.selectFirst("h1").text());
        assertTrue(one.select("form[action^=/form/children/remove]").isEmpty(), "the only child cannot be removed");
        assertEquals(2, one.select("input[name=addAnotherChild]").size());
        assertEquals(400, client.post(LIST).status(), "\"add another?\" must be answered when posted");

        // Bad input on a later child's page: the same page, its errors, every answer kept; nothing stored.
        assertEquals(CHILD + "?child=2", client.post(LIST, "addAnotherChild", "yes").location());
        FormClient.Page bad = client.post(CHILD + "?child=2", "childName", "Alex Example", "childDob-day", "31",
                "childDob-month", "2", "childDob-year", "2020");
        assertEquals(400, bad.status());
        assertTrue(bad.title().startsWith("Error: About child 2"), bad.title());
        assertEquals(CHILD + "?child=2", bad.html().selectFirst("form[action^=" + CHILD + "]").attr("action"));
        assertTrue(bad.html().selectFirst("#childDob-error") != null);
        assertEquals("Alex Example", bad.html().selectFirst("input[name=childName]").val());
        assertEquals(List.of("Sam Example"), names(client));

        FormClient.Page alex = client.post(CHILD + "?child=2", "childName", "Alex Example", "childDob-day", "1",
                "childDob-month", "2", "childDob-year", "2020");
        assertEquals(LIST, alex.location());
        addChild(client, 3, "childName", "Kim Example", "childAge", "3");
        assertEquals(List.of("Sam Example", "Alex Example", "Kim Example"), names(client));

        // At the limit: the question is not asked, and the server refuses a fourth child however it is asked for.
        Document full = client.get(LIST).html();
        assertEquals("You have added 3 children", full.selectFirst("h1").text());
        assertTrue(full.select("input[name=addAnotherChild]").isEmpty());
        assertTrue(full.text().contains("You have added 3 children, the most one form can name."), full.text());
        FormClient.Page yesAtLimit = client.post(LIST, "addAnotherChild", "yes");
        assertEquals(400, yesAtLimit.status());
        assertTrue(yesAtLimit.html().select(".govuk-error-summary").text().contains("You can add up to 3 children"));
        assertEquals(422, client.post(CHILD + "?child=4", "childName", "Lee Example", "childAge", "1").status());
        assertEquals(LIST, client.get(CHILD + "?child=5").location(), "no page for a child past the next");
        assertEquals(3, names(client).size());

        // Remove: never by GET, never without the token; a POST with it removes that child and moves the rest up.
        assertNotEquals(303, client.get(LIST + "/remove/2").status());
        assertEquals(403, client.postRaw(LIST + "/remove/2").status());
        assertEquals(3, names(client).size());
        FormClient.Page removed = client.submitFrom(LIST, LIST + "/remove/2");
        assertEquals(303, removed.status());
        assertEquals(LIST, removed.location());
        assertEquals(List.of("Sam Example", "Kim Example"), names(client));

        // Change re-opens that child's page with its answers.
        Document kim = client.get(CHILD + "?child=2").html();
        assertEquals("Kim Example", kim.selectFirst("input[name=childName]").val());
        assertEquals("3", kim.selectFirst("input[name=childAge]").val());
        assertEquals(LIST, client.post(CHILD + "?child=2", "childName", "Kim Changed", "childAge", "4").location());
        assertEquals("/form/parental-responsibility", client.post(LIST, "addAnotherChild", "no").location());

        Journeys.parentComplaint(client, "several@example.org");
        Document check = client.get("/form/check").html();
        assertTrue(check.text().contains("Child 2: Child’s full name Kim Changed"), check.text());
        assertTrue(!check.select("a[href=" + CHILD + "?child=2&change=yes]").isEmpty(), "a Change link for child 2");
        String reference = Journeys.submit(client);

        SubmittedCase saved = cases.findByReference(reference).orElseThrow();
        List<CaseChild> rows = children.findByCaseIdOrderByPosition(saved.id());
        assertEquals(List.of("Sam Example", "Kim Changed"), rows.stream().map(CaseChild::name).toList());
        assertEquals(List.of(1, 2), rows.stream().map(CaseChild::position).toList());
        assertEquals(4, rows.get(1).age());
        assertNull(rows.get(1).dob());

        FormClient manager = StaffFixtures.signedIn(ctx, server.getURI(), StaffRole.MANAGER);
        String csv = manager.get("/staff/queue/export").body();
        List<String> header = List.of(csv.lines().findFirst().orElseThrow().split(","));
        String row = csv.lines().filter(l -> l.startsWith(reference)).findFirst().orElseThrow();
        assertEquals("2", row.split(",")[header.indexOf("children")]);
        assertTrue(!csv.contains("Kim Changed"), "names stay out of the export");
        String casePage = manager.get("/staff/cases/" + reference).html().text();
        assertTrue(casePage.contains("Child 1 Sam Example") && casePage.contains("Child 2 Kim Changed Age 4"), casePage);

        cases.deleteById(saved.id());
        assertTrue(children.findByCaseIdOrderByPosition(saved.id()).isEmpty(), "deleted with the case");
    }

    @Test
    void staffIntakeEntersSeveralChildrenOnItsOnePage() {
        FormClient officer = StaffFixtures.signedIn(ctx, server.getURI(), StaffRole.OFFICER);
        List<String> first = StaffIntakeHttpTest.first("complaint", "parent", "letter", java.time.LocalDate.now());
        officer.get("/staff/new");
        Document details = officer.get(officer.post("/staff/new", first.toArray(String[]::new)).location()).html();
        assertTrue(details.select("input[name=\"child2.childName\"]").isEmpty());

        FormClient.Page more = officer.postRaw("/staff/new/details", staffPost(officer, details, "addChild", "yes"));
        assertEquals(200, more.status(), "\"Add another child\" shows one more child's section, nothing checked");
        assertTrue(more.html().select(".govuk-error-summary").isEmpty());
        assertEquals(1, more.html().select("input[name=\"child2.childName\"]").size());

        FormClient.Page bad = officer.postRaw("/staff/new/details", staffPost(officer, more.html(),
                "child2.childName", "Alex Letter"));
        assertEquals(422, bad.status());
        assertEquals(List.of("#child2.childDob-day"), bad.html().select(".govuk-error-summary__list a").eachAttr("href"));
        assertEquals("Alex Letter", bad.html().selectFirst("input[name=\"child2.childName\"]").val());

        // A third section left empty is no child.
        Document three = officer.postRaw("/staff/new/details", staffPost(officer, bad.html(), "addChild", "yes")).html();
        FormClient.Page done = officer.postRaw("/staff/new/details", staffPost(officer, three,
                "child2.childName", "Alex Letter", "child2.childAge", "4"));
        assertEquals(303, done.status(), () -> done.html().select(".govuk-error-summary").text());
        String reference = done.location().substring("/staff/cases/".length(), done.location().indexOf('?'));
        long id = cases.findByReference(reference).orElseThrow().id();
        assertEquals(List.of("Sam Letter", "Alex Letter"),
                children.findByCaseIdOrderByPosition(id).stream().map(CaseChild::name).toList());
    }

    /** The staff details page posted as shown (its hidden inputs), with a complaint's answers and these extra pairs. */
    private static String[] staffPost(FormClient officer, Document page, String... extra) {
        List<String> all = new java.util.ArrayList<>(List.of("csrfToken", officer.csrfToken()));
        page.select("input[type=hidden]").stream().filter(h -> !h.attr("name").equals("csrfToken"))
                .forEach(h -> all.addAll(List.of(h.attr("name"), h.attr("value"))));
        all.addAll(StaffIntakeHttpTest.complaint("staff-several@example.org", "issue-1-nature", "delay"));
        all.addAll(List.of(extra));
        return all.toArray(String[]::new);
    }

    @Test
    void theOnlyChildIsNeverRemoved() {
        FormClient client = withFirstChild();
        assertEquals(303, client.submitFrom(LIST, LIST + "/remove/1").status());
        assertEquals(List.of("Sam Example"), names(client));
    }
}
