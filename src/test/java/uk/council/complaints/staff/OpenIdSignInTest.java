package uk.council.complaints.staff;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import uk.council.complaints.support.FormClient;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * OIDC sign-in end to end against a real OpenID Connect server (mock-oauth2-server, started here): the redirect
 * to it, its redirect back with a code, the code exchanged for an ID token whose signature, issuer, audience and
 * nonce the portal checks, and the staff session that follows. Who gets in is the portal's decision.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenIdSignInTest implements TestPropertyProvider {
    static final String CLIENT_ID = "complaints-portal";
    final MockOAuth2Server idp = new MockOAuth2Server();

    @Inject
    EmbeddedServer server;
    @Inject
    ApplicationContext ctx;

    @Override
    public Map<String, String> getProperties() {
        idp.start();
        int port = freePort(); // the redirect URI the identity provider sends people back to is portal.base-url
        return Map.of(
                "micronaut.server.port", Integer.toString(port),
                "portal.base-url", "http://localhost:" + port,
                "micronaut.security.oauth2.clients.council.client-id", CLIENT_ID,
                "micronaut.security.oauth2.clients.council.client-secret", "a-client-secret",
                "micronaut.security.oauth2.clients.council.openid.issuer", idp.issuerUrl("council").toString(),
                "portal.staff.oidc-client", "council");
    }

    private static int freePort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterAll
    void stopIdp() {
        idp.shutdown();
    }

    @Test
    void anActiveStaffAccountIsSignedInWithItsOwnRoleNotTheTokens() throws Exception {
        StaffMember officer = StaffFixtures.user(ctx, StaffRole.OFFICER);
        Browser browser = new Browser();
        HttpResponse<String> back = browser.signIn(token(Map.of("email", officer.email().toUpperCase(), "roles", List.of("ADMIN"))));
        assertSignedInPage(back);
        assertEquals(200, browser.get("/staff/queue").statusCode(), "the same database session as a password sign-in");
        assertEquals(403, browser.get("/staff/users").statusCode(), "roles come from the staff account, never the token");
    }

    @Test
    void entraStylePreferredUsernameIsAccepted() throws Exception {
        StaffMember manager = StaffFixtures.user(ctx, StaffRole.MANAGER);
        Browser browser = new Browser();
        assertSignedInPage(browser.signIn(token(Map.of("preferred_username", manager.email()))));
        assertEquals(200, browser.get("/staff/queue").statusCode());
    }

    @Test
    void anUnknownOrSwitchedOffAccountIsRefusedWithAClearPage() throws Exception {
        refused(token(Map.of("email", "stranger@northfield.example")));
        StaffMember leaver = StaffFixtures.user(ctx, StaffRole.MANAGER);
        ctx.getBean(StaffAccounts.class).changeAccess(leaver.id(), StaffRole.MANAGER, false);
        refused(token(Map.of("email", leaver.email())));
    }

    @Test
    void aTokenFromAnotherIssuerOrForAnotherAudienceOrWithTheWrongNonceIsRefused() throws Exception {
        StaffMember officer = StaffFixtures.user(ctx, StaffRole.OFFICER);
        refused(token(Map.of("email", officer.email(), "iss", "https://another-issuer.example")));
        // The server makes an ID token's audience the client that asked; a claim of the callback overrides it.
        refused(token(Map.of("email", officer.email(), "aud", "another-client")));
        refused(token(Map.of("email", officer.email(), "nonce", "not-the-nonce-we-sent")));
        refused(new DefaultOAuth2TokenCallback("council", "someone", "JWT", List.of(CLIENT_ID),
                Map.of("email", officer.email()), -60));
    }

    @Test
    void aCallbackWithAWrongOrMissingStateOrReplayedIsRefused() throws Exception {
        StaffMember officer = StaffFixtures.user(ctx, StaffRole.OFFICER);
        for (String state : new String[] {"state=forged-state", ""}) {
            Browser browser = new Browser();
            URI callback = browser.callbackFor(token(Map.of("email", officer.email())));
            String query = callback.getRawQuery().replaceAll("(^|&)state=[^&]*", state.isEmpty() ? "" : "$1" + state);
            assertStateRefused(browser, browser.send(callback.resolve("?" + query.replaceAll("^&", ""))), state);
            // The code was never exchanged: the officer's token is still waiting at the identity provider, and the
            // next sign-in, with its state, gets it.
            Browser next = new Browser();
            assertSignedInPage(next.send(next.callbackFor(null)));
        }
        Browser first = new Browser();
        URI used = first.callbackFor(token(Map.of("email", officer.email())));
        assertSignedInPage(first.send(used));
        Browser replaying = new Browser();
        assertStateRefused(replaying, replaying.send(used), "replayed in another browser");
        HttpResponse<String> again = first.send(used);
        assertTrue(again.statusCode() < 500, "replayed in the same browser: " + again.statusCode());
        assertFalse(again.statusCode() == 200 && again.body().contains("You are signed in"), "not signed in again");
    }

    /**
     * Issue 20.6: the session cookie the callback sets is SameSite=Strict, so the callback answers with a page of the
     * portal's own (not a redirect, which would carry the identity provider's cross-site start on to the queue): 200,
     * not cached, naming the queue only, moving on to it by itself (a meta refresh at once) and by a link.
     */
    private static void assertSignedInPage(HttpResponse<String> back) {
        assertEquals(200, back.statusCode(), () -> back.statusCode() + " " + back.headers().map());
        assertTrue(back.headers().firstValue("Location").isEmpty(), "not a redirect");
        String cookie = back.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("portal-staff="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie: " + back.headers().map()));
        assertTrue(cookie.contains("SameSite=Strict") && cookie.toLowerCase().contains("httponly") && cookie.contains("Path=/staff"), cookie);
        assertEquals(List.of("no-store"), back.headers().allValues("Cache-Control"));
        Document page = Jsoup.parse(back.body());
        assertEquals("You are signed in", page.selectFirst("h1").text());
        assertEquals("0; url=/staff/queue", page.selectFirst("head meta[http-equiv=refresh]").attr("content"));
        assertEquals("/staff/queue", page.selectFirst("main a:containsOwn(Continue to the queue)").attr("href"));
        assertTrue(page.select("main form, main input").isEmpty(), "nothing else to do on it");
    }

    private void assertStateRefused(Browser browser, HttpResponse<String> back, String what) throws Exception {
        assertTrue(back.statusCode() < 500, what + ": " + back.statusCode());
        assertFalse(browser.hasStaffSession(), what);
        assertTrue(browser.get("/staff/queue").uri().getPath().startsWith("/staff/sign-in"), what);
    }

    @Test
    void anIdTokenSignedByTheIdentityProviderIsNotABearerToken() throws Exception {
        StaffMember admin = StaffFixtures.user(ctx, StaffRole.ADMIN);
        String idToken = idp.issueToken("council", CLIENT_ID, token(Map.of("email", admin.email(),
                "roles", List.of("ADMIN"), "userId", admin.id()))).serialize();
        for (String path : List.of("/staff/users", "/staff/queue", "/staff/queue/export")) {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.getURI().resolve(path))
                    .header("Authorization", "Bearer " + idToken).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(303, response.statusCode(), path);
            assertTrue(response.headers().firstValue("Location").orElse("").startsWith("/staff/sign-in"), path);
        }
    }

    @Test
    void theSignInPageOffersTheCouncilAccount() {
        var page = new FormClient(server.getURI()).get("/staff/sign-in").html();
        assertEquals("/oauth/login/council", page.selectFirst("a#oidc").attr("href"));
    }

    private void refused(DefaultOAuth2TokenCallback callback) throws Exception {
        Browser browser = new Browser();
        HttpResponse<String> back = browser.signIn(callback);
        assertEquals("/staff/sign-in?oidc=failed", back.headers().firstValue("Location").orElse(""), () -> "refused: " + back.statusCode() + " " + back.body());
        assertFalse(browser.hasStaffSession());
        var page = new FormClient(server.getURI()).get("/staff/sign-in?oidc=failed").html();
        assertTrue(page.select(".govuk-error-summary").text().contains("could not be signed in with your council account"));
        assertTrue(browser.get("/staff/queue").uri().getPath().startsWith("/staff/sign-in"));
    }

    private static DefaultOAuth2TokenCallback token(Map<String, Object> claims) {
        return new DefaultOAuth2TokenCallback("council", "someone", "JWT", List.of(CLIENT_ID), claims, 3600);
    }

    /** A browser: keeps cookies, follows the redirects of the sign-in dance one by one. */
    private final class Browser {
        final CookieManager cookies = new CookieManager();
        final HttpClient manual = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
        final HttpClient following = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NORMAL).build();

        /** From the "Sign in with your council account" link to the portal's answer to the identity provider's redirect. */
        HttpResponse<String> signIn(DefaultOAuth2TokenCallback callback) throws Exception {
            return send(manual, callbackFor(callback));
        }

        /** The portal's callback address the identity provider sends the browser back to, not yet followed. */
        URI callbackFor(DefaultOAuth2TokenCallback callback) throws Exception {
            HttpResponse<String> toIdp = send(manual, server.getURI().resolve("/oauth/login/council"));
            URI authorize = URI.create(toIdp.headers().firstValue("Location").orElseThrow());
            assertTrue(authorize.toString().startsWith(idp.issuerUrl("council").toString()), authorize.toString());
            assertTrue(authorize.getQuery().contains("nonce="), "a nonce is sent");
            if (callback != null) {
                idp.enqueueCallback(callback); // taken when the portal exchanges the code: none when it must not
            }
            HttpResponse<String> toPortal = send(manual, authorize);
            URI callbackUri = URI.create(toPortal.headers().firstValue("Location").orElseThrow());
            assertTrue(callbackUri.getPath().equals("/oauth/callback/council"), callbackUri.toString());
            return callbackUri;
        }

        HttpResponse<String> send(URI uri) throws Exception {
            return send(manual, uri);
        }

        HttpResponse<String> get(String path) throws Exception {
            return send(following, server.getURI().resolve(path));
        }

        boolean hasStaffSession() {
            return cookies.getCookieStore().getCookies().stream().anyMatch(c -> c.getName().equals("portal-staff")
                    && !c.getValue().isEmpty());
        }

        private HttpResponse<String> send(HttpClient client, URI uri) throws Exception {
            return client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
