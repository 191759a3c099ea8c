package uk.council.complaints.web;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.annotation.Produces;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.council.complaints.staff.StaffFixtures;
import uk.council.complaints.staff.StaffRole;
import uk.council.complaints.support.FormClient;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 26: a request that accepts only text/html (some tools, crawlers, older assistive software and accessibility
 * checkers send exactly that) gets the page, as browsers and curl do, not 406 Not Acceptable; and a download answers
 * a request that accepts only its own type.
 */
@MicronautTest(transactional = false)
class AcceptHtmlOnlyHttpTest {
    private static final String HTML_ONLY = "text/html";
    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static final String PAGE_TYPE = "text/html;charset=utf-8";
    private static final List<String> PUBLIC_PAGES = List.of("/", "/form/what-would-you-like-to-do", "/young-person",
            "/advocacy", "/help", "/contact", "/accessibility", "/privacy", "/privacy/young-people", "/cookies",
            "/feedback", "/feedback/thanks", "/staff/sign-in");

    @Inject
    EmbeddedServer server;
    @Inject
    ApplicationContext ctx;

    @Test
    void everyPublicPageAnswersAnyAcceptAPageShouldAnswer() {
        for (String accept : Arrays.asList(HTML_ONLY, BROWSER, "*/*", null)) {
            FormClient client = new FormClient(server.getURI()).accepting(accept);
            for (String path : PUBLIC_PAGES) {
                assertPage(client.get(path), accept + " " + path);
            }
        }
    }

    @Test
    void theFirstQuestionOfEachJourneyAnswersARequestForHtmlOnly() {
        for (String purpose : List.of("complaint", "callback", "compliment", "stage2")) {
            FormClient client = new FormClient(server.getURI()).accepting(HTML_ONLY);
            FormClient.Page chosen = client.post("/form/what-would-you-like-to-do", "purpose", purpose);
            assertEquals(303, chosen.status(), purpose);
            assertPage(client.get(chosen.location()), purpose + " " + chosen.location());
        }
        for (String[] start : new String[][] {{"/", "/form/start-call-back"}, {"/young-person", "/form/start-young-person"}}) {
            FormClient client = new FormClient(server.getURI()).accepting(HTML_ONLY);
            FormClient.Page started = client.submitFrom(start[0], start[1]);
            assertEquals(303, started.status(), start[1]);
            assertPage(client.get(started.location()), start[1] + " " + started.location());
        }
    }

    @Test
    void staffPagesAnswerARequestForHtmlOnly() {
        String reference = StaffFixtures.complaint(ctx);
        FormClient admin = StaffFixtures.signedIn(ctx, server.getURI(), StaffRole.ADMIN).accepting(HTML_ONLY);
        for (String path : List.of("/staff/queue", "/staff/cases/" + reference, "/staff/cases/" + reference + "/issues",
                "/staff/reports", "/staff/users", "/staff/users/new", "/staff/configuration", "/staff/password",
                "/staff/import", "/staff/api-clients", "/staff/webhooks", "/staff/feedback", "/staff/new")) {
            assertPage(admin.get(path), path);
        }
        FormClient.Page closed = admin.submitFrom("/staff/cases/" + reference, "/staff/cases/" + reference + "/acknowledge");
        assertEquals(303, closed.status(), "a form post answers as before");
    }

    @Test
    void errorPagesAreTheServicesOwnPagesForARequestForHtmlOnly() {
        FormClient anonymous = new FormClient(server.getURI()).accepting(HTML_ONLY);
        FormClient.Page missing = anonymous.get("/no-such-page");
        assertEquals(404, missing.status());
        assertTrue(contentType(missing).startsWith("text/html"), contentType(missing));
        assertNotNull(missing.html().selectFirst("h1"), missing.body());

        FormClient.Page signIn = anonymous.get("/staff/queue");
        assertEquals(303, signIn.status(), "a signed-out visitor is sent to sign in, as a browser is");
        assertTrue(signIn.location().startsWith("/staff/sign-in"), signIn.location());

        FormClient officer = StaffFixtures.signedIn(ctx, server.getURI(), StaffRole.OFFICER).accepting(HTML_ONLY);
        FormClient.Page forbidden = officer.get("/staff/users");
        assertEquals(403, forbidden.status());
        assertEquals(PAGE_TYPE, contentType(forbidden));
        assertNotNull(forbidden.html().selectFirst("h1"), forbidden.body());
    }

    @Test
    void routesThatAreNotPagesKeepWhatTheyProduce() {
        FormClient anonymous = new FormClient(server.getURI()).accepting(HTML_ONLY);
        assertEquals(401, anonymous.get("/api/v1/cases").status(), "as before the fix: no token, no answer");
        assertEquals(406, anonymous.get("/api/v1/openapi.yml").status(), "its description is YAML");
        FormClient.Page leaflet = new FormClient(server.getURI()).accepting("*/*").get("/advocacy/leaflet.pdf");
        assertEquals(200, leaflet.status());
        assertEquals("application/pdf", contentType(leaflet));

        FormClient manager = StaffFixtures.signedIn(ctx, server.getURI(), StaffRole.MANAGER);
        FormClient.Page template = manager.accepting("text/csv").get("/staff/import/template.csv");
        assertEquals(200, template.status(), "its own produces, not the page controller's");
        assertTrue(contentType(template).startsWith("text/csv"), contentType(template));
        assertEquals(406, manager.accepting(HTML_ONLY).get("/staff/import/template.csv").status());
    }

    /** Each download answers a request that accepts only its own type (406 before: they declared none). */
    @Test
    void eachDownloadAnswersARequestForItsOwnTypeOnly() {
        FormClient anonymous = new FormClient(server.getURI());
        assertFile(anonymous.accepting("application/pdf").get("/advocacy/leaflet.pdf"), "application/pdf");
        String stylesheet = anonymous.accepting(null).get("/").html().select("link[rel=stylesheet]").stream().map(l -> l.attr("href"))
                .filter(href -> href.startsWith("/assets/fp/")).findFirst().orElseThrow();
        assertFile(anonymous.accepting("text/css").get(stylesheet), "text/css");

        FormClient manager = StaffFixtures.signedIn(ctx, server.getURI(), StaffRole.MANAGER);
        String year = "?from=2023-04-01&to=2024-03-31";
        assertFile(manager.accepting("text/csv").get("/staff/reports/annual.csv" + year), "text/csv");
        assertFile(manager.accepting("application/pdf").get("/staff/reports/annual.pdf" + year), "application/pdf");
        String xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        assertFile(manager.accepting(xlsx).get("/staff/reports/annual.xlsx" + year), xlsx);
        assertFile(manager.accepting("text/csv").get("/staff/queue/export"), "text/csv");
        assertFile(manager.accepting("text/csv").get("/staff/queue/equality-profile"), "text/csv");
        assertEquals(406, manager.accepting(HTML_ONLY).get("/staff/queue/export").status(), "a CSV is not a page");
    }

    /**
     * A page controller added without @Produces(Html.PAGE) would answer 406 again, and a download without its type would
     * refuse a request for that type: every GET route of the portal declares what it produces.
     */
    @Test
    void everyRouteOfThePortalDeclaresWhatItProduces() {
        List<String> undeclared = ctx.getBean(Router.class).uriRoutes()
                .filter(route -> route.getHttpMethod() == HttpMethod.GET)
                .filter(route -> route.getDeclaringType().getPackageName().startsWith("uk.council.complaints"))
                .filter(route -> route.getAnnotationMetadata().stringValues(Produces.class).length == 0)
                .map(route -> route.getUriMatchTemplate().toString()).distinct().sorted().toList();
        assertEquals(List.of(), undeclared);
    }

    private static void assertPage(FormClient.Page page, String what) {
        assertEquals(200, page.status(), what);
        assertEquals(PAGE_TYPE, contentType(page), what);
        assertNotNull(page.html().selectFirst("h1"), what);
    }

    private static void assertFile(FormClient.Page file, String type) {
        assertEquals(200, file.status(), type);
        assertEquals(type, contentType(file).split(";")[0], type);
    }

    private static String contentType(FormClient.Page page) {
        return page.raw().headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT).replace(" ", "");
    }
}
