package uk.council.complaints.staff;

import com.nimbusds.jwt.JWTClaimsSet;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.oauth2.endpoint.token.response.JWTOpenIdClaims;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.council.complaints.support.FormClient;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * OIDC without an identity provider: the mapping from claims to a staff account, and the session that
 * follows. The redirect to and from a real provider (Entra ID) is micronaut-security's and is not tested here.
 */
@MicronautTest(transactional = false)
@Property(name = "portal.staff.oidc-client", value = "entra")
class OpenIdSignInTest {
    @Inject
    EmbeddedServer server;
    @Inject
    ApplicationContext ctx;
    @Inject
    OpenIdStaffMapper mapper;
    @Inject
    OpenIdLoginHandler loginHandler;

    @Test
    void onlyAnActiveStaffAccountGetsInWithItsOwnRole() {
        StaffMember manager = StaffFixtures.user(ctx, StaffRole.MANAGER);
        AuthenticationResponse known = mapper.map(claims("email", manager.email().toUpperCase()));
        assertTrue(known.isAuthenticated());
        assertTrue(known.getAuthentication().orElseThrow().getRoles().containsAll(java.util.List.of("MANAGER", "OFFICER")));
        assertFalse(known.getAuthentication().orElseThrow().getRoles().contains("ADMIN"));
        assertTrue(mapper.map(claims("preferred_username", manager.email())).isAuthenticated(), "Entra's preferred_username");
        assertFalse(mapper.map(claims("email", "stranger@northfield.example")).isAuthenticated());
    }

    @Test
    void aSuccessfulOidcSignInStartsTheSameSessionAsAPassword() throws Exception {
        StaffMember officer = StaffFixtures.user(ctx, StaffRole.OFFICER);
        var auth = mapper.map(claims("email", officer.email())).getAuthentication().orElseThrow();
        MutableHttpResponse<?> response = loginHandler.loginSuccess(auth, HttpRequest.GET("/oauth/callback/entra"));
        assertEquals(303, response.code());
        String cookie = response.getCookies().get("portal-staff").getValue();
        var request = java.net.http.HttpRequest.newBuilder(server.getURI().resolve("/staff/queue"))
                .header("Cookie", "portal-staff=" + cookie).GET().build();
        assertEquals(200, HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).statusCode());
    }

    @Test
    void theSignInPageOffersTheCouncilAccountWhenConfigured() {
        var page = new FormClient(server.getURI()).get("/staff/sign-in").html();
        assertEquals("/oauth/login/entra", page.selectFirst("a#oidc").attr("href"));
        var failed = new FormClient(server.getURI()).get("/staff/sign-in?oidc=failed").html();
        assertTrue(failed.select(".govuk-error-summary").text().contains("could not be signed in with your council account"));
    }

    private static JWTOpenIdClaims claims(String name, String value) {
        return new JWTOpenIdClaims(new JWTClaimsSet.Builder().subject("abc").claim(name, value).build());
    }
}
