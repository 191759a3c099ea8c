package uk.council.complaints.staff;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.council.complaints.support.FormClient;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every /staff route: anonymous people are sent to sign in and see nothing; each role is refused
 * what is above it (403) and let through to what it may do; every POST without a CSRF token is refused.
 */
@MicronautTest(transactional = false)
class StaffAccessHttpTest {
    @Inject
    EmbeddedServer server;
    @Inject
    ApplicationContext ctx;

    String reference;
    long userId;

    /** A route and the least role that may use it (null: anyone, signed in or not). */
    record Route(String method, String path, StaffRole least) {
    }

    @BeforeEach
    void data() {
        reference = StaffFixtures.complaint(ctx);
        userId = StaffFixtures.user(ctx, StaffRole.OFFICER).id();
    }

    List<Route> routes() {
        String c = "/staff/cases/" + reference;
        List<Route> routes = new ArrayList<>(List.of(
                new Route("GET", "/staff", StaffRole.OFFICER),
                new Route("GET", "/staff/queue", StaffRole.OFFICER),
                new Route("GET", "/staff/queue?queue=STAGE1&status=all&page=2", StaffRole.OFFICER),
                new Route("GET", "/staff/queue/export", StaffRole.MANAGER),
                new Route("GET", "/staff/queue/equality-profile", StaffRole.MANAGER),
                new Route("GET", c, StaffRole.OFFICER),
                new Route("GET", "/staff/password", StaffRole.OFFICER),
                new Route("POST", "/staff/password", StaffRole.OFFICER),
                new Route("POST", "/staff/keep-alive", StaffRole.OFFICER),
                new Route("GET", "/staff/users", StaffRole.ADMIN),
                new Route("GET", "/staff/users/new", StaffRole.ADMIN),
                new Route("POST", "/staff/users", StaffRole.ADMIN),
                new Route("GET", "/staff/users/" + userId, StaffRole.ADMIN),
                new Route("POST", "/staff/users/" + userId, StaffRole.ADMIN),
                new Route("GET", "/staff/configuration", StaffRole.ADMIN),
                new Route("POST", c + "/acknowledge", StaffRole.OFFICER),
                new Route("POST", c + "/close", StaffRole.OFFICER)));
        for (String slug : List.of("call", "convert", "response", "extend", "refuse", "escalate", "note")) {
            routes.add(new Route("GET", c + "/" + slug, StaffRole.OFFICER));
            routes.add(new Route("POST", c + "/" + slug, StaffRole.OFFICER));
        }
        for (String slug : List.of("assign", "retriage")) {
            routes.add(new Route("GET", c + "/" + slug, StaffRole.MANAGER));
            routes.add(new Route("POST", c + "/" + slug, StaffRole.MANAGER));
        }
        // Issue 10: staff intake, issues, the later stages and decisions, the Ombudsman and learning, the record's buttons
        routes.addAll(List.of(new Route("GET", "/staff/new", StaffRole.OFFICER), new Route("POST", "/staff/new", StaffRole.OFFICER),
                new Route("GET", "/staff/new/details", StaffRole.OFFICER), new Route("POST", "/staff/new/details", StaffRole.OFFICER),
                new Route("POST", c + "/leaflet/given", StaffRole.OFFICER), new Route("POST", c + "/leaflet/posted", StaffRole.OFFICER),
                new Route("POST", c + "/emails/1/retry", StaffRole.OFFICER)));
        for (String slug : List.of("issues", "investigators", "adjudicate", "panel", "meeting", "report", "council-response",
                "out-of-time", "proceedings", "resume", "ombudsman/add", "learning/add")) {
            routes.add(new Route("GET", c + "/" + slug, StaffRole.OFFICER));
            routes.add(new Route("POST", c + "/" + slug, StaffRole.OFFICER));
        }
        // Issue 12 (the annual report) and issue 11 (the feedback answers): managers and admins only
        String period = "?from=2025-04-01&to=2026-03-31";
        for (String path : List.of("/staff/reports", "/staff/reports" + period, "/staff/reports/annual.csv" + period,
                "/staff/reports/annual.pdf" + period, "/staff/reports/annual.xlsx" + period, "/staff/feedback")) {
            routes.add(new Route("GET", path, StaffRole.MANAGER));
        }
        routes.add(new Route("POST", "/staff/reports/narrative" + period, StaffRole.MANAGER));
        return routes;
    }

    @Test
    void anonymousPeopleAreSentToSignInAndSeeNothing() {
        for (Route r : routes()) {
            FormClient anonymous = new FormClient(server.getURI());
            anonymous.get("/staff/sign-in"); // a valid CSRF token: the refusal must come from not being signed in
            FormClient.Page page = r.method().equals("GET") ? anonymous.get(r.path())
                    : anonymous.postRaw(r.path(), "csrfToken", anonymous.csrfToken());
            assertEquals(303, page.status(), r.toString());
            assertTrue(page.location().startsWith("/staff/sign-in"), r + " went to " + page.location());
            assertFalse(page.body().contains(reference), r.toString());
        }
        FormClient anonymous = new FormClient(server.getURI());
        assertEquals(303, anonymous.get("/staff/no-such-page").status());
    }

    @Test
    void eachRoleIsRefusedWhatIsAboveItAndAllowedItsOwn() {
        for (StaffRole role : StaffRole.values()) {
            FormClient client = StaffFixtures.signedIn(ctx, server.getURI(), role);
            for (Route r : routes()) {
                FormClient.Page page = r.method().equals("GET") ? client.get(r.path())
                        : client.postRaw(r.path(), "csrfToken", client.csrfToken());
                boolean allowed = role.ordinal() >= r.least().ordinal();
                if (allowed) {
                    assertTrue(page.status() != 401 && page.status() != 403
                            && (page.location() == null || !page.location().startsWith("/staff/sign-in")),
                            role + " should reach " + r + " but got " + page.status() + " " + page.location());
                } else {
                    assertEquals(403, page.status(), role + " must not reach " + r);
                    assertTrue(page.title().startsWith("You do not have permission"), r + ": [" + page.title() + "] " + page.body().substring(0, Math.min(300, page.body().length())));
                    assertFalse(page.body().contains("Alex Example"), r.toString());
                }
            }
        }
    }

    @Test
    void everyStaffPostWithoutAValidTokenIsRefused() {
        FormClient admin = StaffFixtures.signedIn(ctx, server.getURI(), StaffRole.ADMIN);
        List<Route> posts = new ArrayList<>(routes().stream().filter(r -> r.method().equals("POST")).toList());
        posts.add(new Route("POST", "/staff/sign-out", null));
        posts.add(new Route("POST", "/staff/sign-in", null));
        for (Route r : posts) {
            for (String token : List.of("", "forged-token")) {
                FormClient.Page page = token.isEmpty() ? admin.postRaw(r.path(), "note", "x")
                        : admin.postRaw(r.path(), "csrfToken", token, "text", "x");
                assertEquals(403, page.status(), r + " with token '" + token + "'");
                assertTrue(page.title().startsWith("Sorry, we could not save that"), r + ": " + page.title());
            }
        }
        // Nothing was changed by the refused posts: the case is still new and has no note.
        FormClient.Page casePage = admin.get("/staff/cases/" + reference);
        assertTrue(casePage.html().select("h1 .govuk-tag").text().contains("New"));
        assertTrue(casePage.html().select(".app-timeline h3").eachText().stream().noneMatch(t -> t.equals("Note")));
    }
}
