package uk.council.complaints.staff;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.council.complaints.support.FormClient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class SignInHttpTest {
    @Inject
    EmbeddedServer server;
    @Inject
    ApplicationContext ctx;

    @Test
    void theSignInFormAllowsPasteAndPasswordManagers() {
        var html = new FormClient(server.getURI()).get("/staff/sign-in").html();
        assertEquals("username", html.selectFirst("input#email").attr("autocomplete"));
        assertEquals("current-password", html.selectFirst("input#password").attr("autocomplete"));
        assertEquals("password", html.selectFirst("input#password").attr("type"));
        // Nothing blocks pasting: no onpaste handlers, no inline script at all (the CSP forbids it).
        assertTrue(html.select("[onpaste], [oncopy], script:not([src])").isEmpty());
        assertFalse(html.select(".govuk-exit-this-page").size() > 0, "staff pages have no Exit this page button");
    }

    @Test
    void signingInWorksAndSigningOutEndsTheSessionEverywhere() {
        StaffMember officer = StaffFixtures.user(ctx, StaffRole.OFFICER);
        FormClient client = new FormClient(server.getURI());
        FormClient.Page page = client.post("/staff/sign-in", "email", officer.email().toUpperCase(), "password", StaffFixtures.PASSWORD);
        assertEquals(303, page.status());
        assertEquals("/staff/queue", page.location());
        String cookie = page.raw().headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("portal-staff=")).findFirst().orElseThrow();
        // SameSite=Strict (issue 20.6): a link or form on another site reaches the back office without the session.
        assertTrue(cookie.toLowerCase().contains("httponly") && cookie.contains("SameSite=Strict")
                && cookie.contains("Path=/staff"), cookie);
        FormClient.Page queue = client.get("/staff/queue");
        assertEquals(200, queue.status());
        assertTrue(queue.html().select(".govuk-service-navigation__service-name").text().contains("complaints team"));
        String sessionCookie = client.cookieHeader();
        FormClient.Page signedOut = client.post("/staff/sign-out");
        assertEquals(303, signedOut.status());
        String cleared = signedOut.raw().headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("portal-staff="))
                .findFirst().orElseThrow();
        assertTrue(cleared.contains("Max-Age=0") && cleared.contains("SameSite=Strict") && cleared.contains("Path=/staff"), cleared);
        assertEquals(303, client.get("/staff/queue").status());
        // The old cookie, replayed after sign-out, is worth nothing.
        FormClient thief = new FormClient(server.getURI());
        var replay = java.net.http.HttpRequest.newBuilder(server.getURI().resolve("/staff/queue")).header("Cookie", sessionCookie).GET().build();
        try {
            var response = java.net.http.HttpClient.newHttpClient().send(replay, java.net.http.HttpResponse.BodyHandlers.ofString());
            assertEquals(303, response.statusCode());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        assertEquals(303, thief.get("/staff/queue").status());
    }

    @Test
    void aWrongPasswordAndAnUnknownAddressGetTheSameAnswer() {
        StaffMember officer = StaffFixtures.user(ctx, StaffRole.OFFICER);
        FormClient client = new FormClient(server.getURI());
        FormClient.Page wrong = client.post("/staff/sign-in", "email", officer.email(), "password", "not the password");
        FormClient.Page unknown = client.post("/staff/sign-in", "email", "nobody@northfield.example", "password", "not the password");
        assertEquals(401, wrong.status());
        assertEquals(401, unknown.status());
        assertEquals(wrong.html().select(".govuk-error-summary").text(), unknown.html().select(".govuk-error-summary").text());
        assertTrue(wrong.title().startsWith("Error: Sign in"));
        FormClient.Page empty = client.post("/staff/sign-in", "email", "", "password", "");
        assertEquals(422, empty.status());
        assertEquals(2, empty.html().select(".govuk-error-summary__list li").size());
    }

    @Test
    void fiveWrongPasswordsLockTheAddressEvenWithTheRightPassword() {
        StaffMember officer = StaffFixtures.user(ctx, StaffRole.OFFICER);
        FormClient client = new FormClient(server.getURI());
        for (int i = 1; i <= 4; i++) {
            assertEquals(401, client.post("/staff/sign-in", "email", officer.email(), "password", "guess " + i).status());
        }
        FormClient.Page fifth = client.post("/staff/sign-in", "email", officer.email(), "password", "guess 5");
        assertEquals(429, fifth.status());
        assertTrue(fifth.html().select(".govuk-error-summary").text().contains("too many attempts"));
        FormClient.Page right = client.post("/staff/sign-in", "email", officer.email(), "password", StaffFixtures.PASSWORD);
        assertEquals(429, right.status(), "locked: even the right password is refused for now");
        // An unknown address is locked the same way, so a lock does not reveal that an account exists.
        for (int i = 1; i <= 4; i++) {
            client.post("/staff/sign-in", "email", "ghost@northfield.example", "password", "guess " + i);
        }
        assertEquals(429, client.post("/staff/sign-in", "email", "ghost@northfield.example", "password", "guess 5").status());
        // An admin can lift the lock.
        ctx.getBean(SignInService.class).unlock(officer.email());
        assertEquals(303, client.post("/staff/sign-in", "email", officer.email(), "password", StaffFixtures.PASSWORD).status());
    }

    @Test
    void aTemporaryPasswordMustBeChangedBeforeAnythingElse() {
        FormClient admin = StaffFixtures.signedIn(ctx, server.getURI(), StaffRole.ADMIN);
        String email = "new-officer-" + System.nanoTime() + "@northfield.example";
        FormClient.Page created = admin.post("/staff/users", "name", "Nia Officer", "email", email, "role", "officer",
                "password", "temporary password 1");
        assertEquals(303, created.status(), () -> created.html().select(".govuk-error-summary").text());
        FormClient officer = new FormClient(server.getURI());
        FormClient.Page signIn = officer.post("/staff/sign-in", "email", email, "password", "temporary password 1");
        assertEquals("/staff/password", signIn.location());
        assertEquals("/staff/password", officer.get("/staff/queue").location());
        FormClient.Page tooShort = officer.post("/staff/password", "currentPassword", "temporary password 1", "newPassword", "short");
        assertEquals(422, tooShort.status());
        assertTrue(tooShort.html().select(".govuk-error-summary").text().contains("at least 12 characters"));
        FormClient.Page changed = officer.post("/staff/password", "currentPassword", "temporary password 1",
                "newPassword", "my own long passphrase");
        assertEquals(303, changed.status());
        assertEquals(200, officer.get("/staff/queue").status());
    }

    @Test
    void anAdminCanSwitchOffAnAccountAndItsSessionsEndAtOnce() {
        FormClient admin = StaffFixtures.signedIn(ctx, server.getURI(), StaffRole.ADMIN);
        StaffMember officer = StaffFixtures.user(ctx, StaffRole.OFFICER);
        FormClient officerClient = StaffFixtures.signIn(server.getURI(), officer.email());
        assertEquals(200, officerClient.get("/staff/queue").status());
        assertEquals(303, admin.post("/staff/users/" + officer.id(), "role", "officer", "active", "no").status());
        assertEquals(303, officerClient.get("/staff/queue").status());
        assertEquals(401, new FormClient(server.getURI()).post("/staff/sign-in", "email", officer.email(),
                "password", StaffFixtures.PASSWORD).status());
    }

    @Test
    void changingYourPasswordSignsOutYourOtherSessionsAndKeepsThisOne() {
        StaffMember officer = StaffFixtures.user(ctx, StaffRole.OFFICER);
        FormClient desk = StaffFixtures.signIn(server.getURI(), officer.email());
        FormClient laptop = StaffFixtures.signIn(server.getURI(), officer.email());
        assertEquals(200, laptop.get("/staff/queue").status());
        assertEquals(303, desk.post("/staff/password", "currentPassword", StaffFixtures.PASSWORD,
                "newPassword", "a brand new passphrase 2026").status());
        assertEquals(200, desk.get("/staff/queue").status(), "the person who changed it stays signed in");
        assertEquals(303, laptop.get("/staff/queue").status(), "every other session of the account has ended");
    }

    @Test
    void anAdminResettingAPasswordEndsEverySessionOfThatAccount() {
        FormClient admin = StaffFixtures.signedIn(ctx, server.getURI(), StaffRole.ADMIN);
        StaffMember officer = StaffFixtures.user(ctx, StaffRole.OFFICER);
        FormClient officerClient = StaffFixtures.signIn(server.getURI(), officer.email());
        assertEquals(303, admin.post("/staff/users/" + officer.id(), "role", "officer", "active", "yes",
                "password", "temporary passphrase 99").status());
        assertEquals(303, officerClient.get("/staff/queue").status());
        assertEquals(200, admin.get("/staff/queue").status(), "the admin's own session is untouched");
    }
}
