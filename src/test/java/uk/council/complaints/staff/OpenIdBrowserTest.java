package uk.council.complaints.staff;

import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.net.URI;
import java.util.Map;
import java.util.function.Predicate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Issue 20.6 in a real browser: the staff session cookie is SameSite=Strict, and signing in with the council's
 * identity provider still ends on the queue, signed in. The identity provider is another site (the portal at
 * http://localhost, the OpenID server at http://127.0.0.1: a site ignores ports, not host names), and the person signs
 * in on its own page (mock-oauth2-server's interactive login), as with Entra ID: the way back starts on that site.
 */
@MicronautTest(transactional = false)
class OpenIdBrowserTest extends StaffBrowser implements TestPropertyProvider {
    private final MockOAuth2Server idp = new MockOAuth2Server(new OAuth2Config(true));
    private String portal;

    @Override
    public Map<String, String> getProperties() {
        try {
            idp.start(InetAddress.getByName("127.0.0.1"), 0);
            try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
                portal = "http://localhost:" + socket.getLocalPort();
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return Map.of("micronaut.server.port", portal.substring(portal.lastIndexOf(':') + 1),
                "portal.base-url", portal,
                "micronaut.security.oauth2.clients.council.client-id", OpenIdSignInTest.CLIENT_ID,
                "micronaut.security.oauth2.clients.council.client-secret", "a-client-secret",
                "micronaut.security.oauth2.clients.council.openid.issuer", idp.issuerUrl("council").toString(),
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

        // The trade-off (ADR 0021): a link on another site reaches the back office without the session...
        HttpServer webmail = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] mail = ("<!DOCTYPE html><html lang=\"en\"><title>Webmail</title><a href=\"" + portal
                + "/staff/queue\">A case</a></html>").getBytes(StandardCharsets.UTF_8);
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
            heading("Sign in");
        } finally {
            webmail.stop(0);
        }
        // ...while the session itself is alive: the address typed (or a bookmark) opens the queue.
        page.navigate(portal + "/staff/queue");
        heading("Queue");
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

    /** The mock server's page is not ours: its fields have no label but their placeholder. */
    private void signInOnTheIdentityProvider(StaffMember member) {
        page.navigate(portal + "/staff/sign-in");
        click(AriaRole.BUTTON, "Sign in with your council account");
        assertEquals(idp.baseUrl().host(), URI.create(page.url()).getHost(), "the identity provider's own page");
        page.getByPlaceholder("Enter any user/subject").fill("someone");
        page.getByPlaceholder("Optional claims JSON value").fill("{\"email\": \"" + member.email() + "\"}");
        click(AriaRole.BUTTON, "Sign-in");
    }
}
