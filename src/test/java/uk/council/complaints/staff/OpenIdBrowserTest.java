package uk.council.complaints.staff;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.sun.net.httpserver.HttpServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Issue 20.6 in a real browser: the staff session cookie is SameSite=Strict, and signing in with the council's
 * identity provider still ends on the queue, signed in. The identity provider is another site (the portal at
 * http://localhost, the OpenID server at http://127.0.0.1: a site ignores ports, not host names), and the person signs
 * in on its own page (mock-oauth2-server's interactive login), as with Entra ID: the way back starts on that site.
 * With the callback's old answer (a 303 to the queue) the first test fails: the queue is reached without the cookie.
 * No request is intercepted (page.route) in it, so the browser's own cookie rules decide.
 */
@MicronautTest(transactional = false)
class OpenIdBrowserTest extends StaffBrowser implements TestPropertyProvider {
    private final MockOAuth2Server idp = new MockOAuth2Server(new OAuth2Config(true));
    private String portal;
    /** Written out: the server's own URLs name it by its host name, "localhost", the portal's site. */
    private String issuer;

    @Override
    public Map<String, String> getProperties() {
        try {
            idp.start(InetAddress.getByName("127.0.0.1"), 0);
            issuer = "http://127.0.0.1:" + idp.baseUrl().port() + "/council";
            try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
                portal = "http://localhost:" + socket.getLocalPort();
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return Map.of("micronaut.server.port", portal.substring(portal.lastIndexOf(':') + 1),
                "portal.base-url", portal,
                "micronaut.security.oauth2.clients.council.client-id", OpenIdSignInTest.CLIENT_ID,
                "micronaut.security.oauth2.clients.council.client-secret", "a-client-secret",
                "micronaut.security.oauth2.clients.council.openid.issuer", issuer,
                "portal.staff.oidc-client", "council");
    }

    @AfterAll
    void stopIdp() {
        idp.shutdown();
    }

    @Test
    void signingInOnTheIdentityProvidersSiteEndsOnTheQueueSignedIn() throws Exception {
        StaffMember officer = StaffFixtures.user(ctx, StaffRole.OFFICER);
        signInOnTheIdentityProvider(officer);
        heading("Queue");
        assertEquals(URI.create(portal + "/staff/queue"), URI.create(page.url()));
        // The immediate refresh replaced the signed-in page in the history: Back does not replay the callback.
        page.goBack();
        assertEquals("127.0.0.1", URI.create(page.url()).getHost(), page.url());

        // The trade-off (ADR 0021): a link on another site (the team's email in webmail) reaches the back office without
        // the session, while the session itself is alive: the address typed (or a bookmark) opens the queue.
        String reference = StaffFixtures.complaint(ctx);
        followLinkOnAnotherSite(portal + "/staff/cases/" + reference);
        heading("Sign in");
        page.navigate(portal + "/staff/queue");
        heading("Queue");
        // Signing in again from that link opens the case it named.
        followLinkOnAnotherSite(portal + "/staff/cases/" + reference);
        page.getByLabel("Email address").fill(officer.email());
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(StaffFixtures.PASSWORD);
        click(AriaRole.BUTTON, "Sign in");
        heading("Case " + reference + " New");
    }

    /** The page between the callback and the queue, held still (its move to the queue aborted) to be scanned. */
    @Test
    void theSignedInPageIsAccessibleAndItsLinkLeadsOnToTheQueue() {
        StaffMember manager = StaffFixtures.user(ctx, StaffRole.MANAGER);
        Predicate<String> queue = url -> URI.create(url).getPath().equals("/staff/queue");
        page.route(queue, route -> route.abort("aborted"));
        signInOnTheIdentityProvider(manager);
        heading("You are signed in");
        assertEquals("/oauth/callback/council", URI.create(page.url()).getPath());
        axeAtBothWidths("You are signed in", "after a council account sign-in, before it moves on");
        page.unroute(queue);
        click(AriaRole.LINK, "Continue to the queue");
        heading("Queue");
    }

    /** A page on 127.0.0.1, another site than the portal's, with one link, followed as a person would. */
    private void followLinkOnAnotherSite(String href) throws IOException {
        HttpServer webmail = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] mail = ("<!DOCTYPE html><html lang=\"en\"><title>Webmail</title><a href=\"" + href + "\">A case</a></html>")
                .getBytes(StandardCharsets.UTF_8);
        webmail.createContext("/", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, mail.length);
            exchange.getResponseBody().write(mail);
            exchange.close();
        });
        webmail.start();
        try {
            page.navigate("http://127.0.0.1:" + webmail.getAddress().getPort() + "/");
            click(AriaRole.LINK, "A case");
            page.waitForURL(url -> url.startsWith(portal));
        } finally {
            webmail.stop(0);
        }
    }

    /** The mock server's page is not ours: its fields have no label but their placeholder. */
    private void signInOnTheIdentityProvider(StaffMember member) {
        page.navigate(portal + "/staff/sign-in");
        click(AriaRole.BUTTON, "Sign in with your council account");
        assertEquals("127.0.0.1", URI.create(page.url()).getHost(), "the identity provider's own page, on its own site");
        page.getByPlaceholder("Enter any user/subject").fill("someone");
        page.getByPlaceholder("Optional claims JSON value").fill("{\"email\": \"" + member.email() + "\"}");
        click(AriaRole.BUTTON, "Sign-in");
    }
}
