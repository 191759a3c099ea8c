package uk.council.complaints.api;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.council.complaints.staff.StaffFixtures;
import uk.council.complaints.staff.StaffRole;
import uk.council.complaints.support.FormClient;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * API tokens (issue 25): registered by an admin and shown once, kept only as a SHA-256, refused when expired, revoked
 * or replaced, refused without the route's scope, accepted only under /api/; a staff cookie is no credential there.
 */
@MicronautTest(transactional = false)
@Property(name = "portal.api.test-probe", value = "true")
class ApiTokenHttpTest {
    private static final String PROBE = "/api/v1/probe";
    @Inject
    EmbeddedServer server;
    @Inject
    ApplicationContext ctx;
    @Inject
    ApiClientRepository repository;
    @Inject
    ApiCallRepository calls;

    ApiHttp api() {
        return new ApiHttp(server.getURI(), ctx);
    }

    @Test
    void anAdminRegistersAClientAndSeesItsTokenOnceWhichIsStoredOnlyAsItsHash() throws Exception {
        FormClient admin = ApiHttp.admin(ctx, server.getURI());
        FormClient.Page shown = admin.post("/staff/api-clients", "name", "Mosaic", "scopes", "cases:import",
                "scopes", "cases:read", "expiry", "90");
        assertEquals(200, shown.status(), shown.body());
        assertEquals("no-store", shown.raw().headers().firstValue("Cache-Control").orElse(""));
        String token = shown.html().selectFirst("input#token").attr("value");
        assertTrue(token.startsWith("portal_") && token.length() == 50, token);

        ApiClient stored = repository.findAllOrderByName().stream().filter(c -> c.name().equals("Mosaic")).findFirst().orElseThrow();
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        assertEquals(sha256, stored.tokenHash());
        assertEquals("cases:read cases:import", stored.scopes()); // in the order of ApiScope
        Duration validity = Duration.between(stored.createdAt(), stored.expiresAt());
        assertEquals(Duration.ofDays(90), validity);

        ApiHttp.Answer ok = api().get(PROBE, "Authorization", "Bearer " + token);
        assertEquals(200, ok.status(), ok.body());
        assertEquals("Mosaic", ok.map().get("name"));
        // The client's own page shows the call but never the token again.
        FormClient.Page page = admin.get("/staff/api-clients/" + stored.id());
        assertFalse(page.body().contains(token));
        assertFalse(admin.get("/staff/api-clients").body().contains(token));
        assertTrue(page.html().select("table").text().contains("GET " + PROBE + " 200"), page.html().select("table").text());
    }

    @Test
    void noTokenAWrongOneOrAMalformedOneIs401ProblemDetails() {
        for (String[] headers : List.of(new String[0], new String[]{"Authorization", "Bearer portal_" + "x".repeat(43)},
                new String[]{"Authorization", "Bearer nonsense"}, new String[]{"Authorization", "Basic YWRtaW46YWRtaW4="})) {
            ApiHttp.Answer answer = api().get(PROBE, headers);
            assertEquals(401, answer.status(), answer.body());
            assertTrue(answer.isProblem(), answer.header("Content-Type"));
            assertEquals(401, ((Number) answer.map().get("status")).intValue());
            assertEquals(PROBE, answer.map().get("instance"));
            assertEquals("Bearer", answer.header("WWW-Authenticate"));
        }
    }

    @Test
    void aTokenWithoutTheRoutesScopeIs403AndTheCallIsLogged() {
        ApiClients.Issued reader = ApiHttp.client(ctx, ApiScope.CASES_READ_SCOPE, ApiScope.EVENTS_READ_SCOPE);
        ApiHttp.Answer answer = api().get(PROBE, reader);
        assertEquals(403, answer.status(), answer.body());
        assertTrue(answer.isProblem());
        assertEquals("Forbidden", answer.map().get("title"));
        List<ApiCall> logged = calls.latest(reader.client().id(), 10);
        assertEquals(1, logged.size());
        assertEquals(List.of("GET", PROBE, 403), List.of(logged.get(0).method(), logged.get(0).path(), logged.get(0).status()));
    }

    @Test
    void anExpiredTokenIs401() {
        String token = ApiTokens.newToken();
        Instant now = Instant.now();
        repository.save(new ApiClient(null, "Expired system", "cases:import", ApiTokens.hash(token), now.minus(Duration.ofDays(31)),
                "test", now.minusSeconds(1), null, null));
        assertEquals(401, api().get(PROBE, "Authorization", "Bearer " + token).status());
    }

    @Test
    void revokingOrReplacingATokenStopsItAtOnce() {
        ApiClients.Issued client = ApiHttp.client(ctx, ApiScope.CASES_IMPORT_SCOPE);
        assertEquals(200, api().get(PROBE, client).status());
        FormClient admin = ApiHttp.admin(ctx, server.getURI());
        String page = "/staff/api-clients/" + client.client().id();

        FormClient.Page rotated = admin.post(page + "/rotate");
        assertEquals(200, rotated.status(), rotated.body());
        String newToken = rotated.html().selectFirst("input#token").attr("value");
        assertNotEquals(client.token(), newToken);
        assertEquals(401, api().get(PROBE, client).status(), "the replaced token");
        assertEquals(200, api().get(PROBE, "Authorization", "Bearer " + newToken).status());

        FormClient.Page revoked = admin.post(page + "/revoke");
        assertEquals(303, revoked.status());
        assertEquals(401, api().get(PROBE, "Authorization", "Bearer " + newToken).status(), "the revoked token");
        assertNotNull(repository.findById(client.client().id()).orElseThrow().revokedAt());
        // A revoked client cannot be given a new token.
        assertEquals(404, admin.postRaw(page + "/rotate", "csrfToken", admin.csrfToken()).status());
    }

    @Test
    void aStaffSessionCookieIsNoCredentialUnderApi() {
        FormClient admin = ApiHttp.admin(ctx, server.getURI());
        String cookie = admin.cookieHeader();
        assertTrue(cookie.contains("portal-staff="), cookie);
        assertEquals(200, admin.get("/staff/api-clients").status(), "the cookie works on staff pages");
        ApiHttp.Answer answer = api().get(PROBE, "Cookie", cookie);
        assertEquals(401, answer.status());
        assertTrue(answer.isProblem());
    }

    @Test
    void aTokenOnAStaffOrPublicPageSignsNobodyIn() {
        ApiClients.Issued client = ApiHttp.client(ctx, ApiScope.values());
        for (String path : List.of("/staff", "/staff/queue", "/staff/api-clients", "/staff/users", "/staff/configuration")) {
            ApiHttp.Answer answer = api().get(path, client);
            assertEquals(303, answer.status(), path);
            assertTrue(answer.header("Location").startsWith("/staff/sign-in"), path + " " + answer.header("Location"));
        }
        // A public page answers exactly as it does to anyone; its error pages stay HTML.
        assertEquals(200, api().get("/", client).status());
        ApiHttp.Answer missing = api().get("/no-such-page", client);
        assertEquals(404, missing.status());
        assertTrue(missing.header("Content-Type").startsWith("text/html"));
        assertTrue(calls.latest(client.client().id(), 10).isEmpty(), "no call outside /api/ is the client's");
    }

    @Test
    void onlyAdminsManageClientsAndEveryPostNeedsTheCsrfToken() {
        FormClient manager = StaffFixtures.signedIn(ctx, server.getURI(), StaffRole.MANAGER);
        assertEquals(403, manager.get("/staff/api-clients").status());
        FormClient admin = ApiHttp.admin(ctx, server.getURI());
        ApiClients.Issued client = ApiHttp.client(ctx, ApiScope.CASES_READ_SCOPE);
        admin.get("/staff/api-clients");
        for (String path : List.of("/staff/api-clients", "/staff/api-clients/" + client.client().id() + "/rotate",
                "/staff/api-clients/" + client.client().id() + "/revoke")) {
            FormClient.Page refused = admin.postRaw(path, "name", "X", "scopes", "cases:read", "expiry", "30");
            assertEquals(403, refused.status(), path);
        }
        assertNull(repository.findById(client.client().id()).orElseThrow().revokedAt());
        assertEquals(client.client().tokenHash(), repository.findById(client.client().id()).orElseThrow().tokenHash());
    }

    @Test
    void aBadRegistrationIsRefusedWithEveryReason() {
        FormClient admin = ApiHttp.admin(ctx, server.getURI());
        long before = repository.count();
        FormClient.Page refused = admin.post("/staff/api-clients", "name", " ", "scopes", "everything", "expiry", "9999");
        assertEquals(422, refused.status());
        assertEquals(3, refused.html().select(".govuk-error-summary__list li").size(), refused.html().select(".govuk-error-summary").text());
        assertEquals(before, repository.count());
    }

    @Test
    void theCsrfFilterWouldNeverAskApiCallsForAToken() {
        String pattern = ctx.getBean(io.micronaut.security.csrf.filter.CsrfFilterConfiguration.class).getRegexPattern();
        assertFalse("/api/v1/cases".matches(pattern));
        assertTrue("/staff/api-clients".matches(pattern));
        assertTrue("/form/save".matches(pattern));
    }
}
