package uk.council.complaints.webhook;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.council.complaints.staff.StaffFixtures;
import uk.council.complaints.staff.StaffRole;
import uk.council.complaints.support.FormClient;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.council.complaints.webhook.Receivers.body;
import static uk.council.complaints.webhook.Receivers.receiver;
import static uk.council.complaints.webhook.Receivers.url;
import static uk.council.complaints.webhook.Receivers.verified;

/**
 * The admins' webhook pages over HTTP: only admins; a URL that is not https, or reaches a private, loopback or
 * link-local address, is refused with its reason; the secret is shown once; a case re-triaged on the staff pages is
 * delivered, signed with that secret; the delivery is listed and resent; the secret rotated; the endpoint switched
 * off and deleted.
 */
@MicronautTest(transactional = false)
@Property(name = "portal.webhooks.allow-http-hosts", value = "127.0.0.1")
@Property(name = "portal.webhooks.allow-private-hosts", value = "127.0.0.1")
@Property(name = "portal.webhooks.poll-interval", value = "100ms")
@Property(name = "portal.webhooks.initial-delay", value = "10ms")
class WebhookPagesHttpTest {
    @Inject
    EmbeddedServer server;
    @Inject
    ApplicationContext ctx;

    @AfterEach
    void deleteEndpoints() {
        ctx.getBean(WebhookEndpointRepository.class).findAllOrderById().stream()
                .filter(e -> e.url().startsWith("http://127.0.0.1:")).forEach(e -> ctx.getBean(WebhookAdmin.class).delete(e.id()));
    }

    @Test
    void onlyAdminsReachTheWebhookPages() {
        FormClient manager = StaffFixtures.signedIn(ctx, server.getURI(), StaffRole.MANAGER);
        assertEquals(403, manager.get("/staff/webhooks").status());
        assertEquals(403, manager.get("/staff/webhooks/new").status());
        FormClient admin = StaffFixtures.signedIn(ctx, server.getURI(), StaffRole.ADMIN);
        assertEquals(200, admin.get("/staff/webhooks").status());
        assertEquals(404, admin.get("/staff/webhooks/999999").status());
    }

    @Test
    void addressesThatAreNotHttpsOrReachInsideAreRefusedWithTheirReason() {
        FormClient admin = StaffFixtures.signedIn(ctx, server.getURI(), StaffRole.ADMIN);
        // Other tests' endpoints may exist on PostgreSQL (one shared schema): none is added by a refused post.
        long endpoints = ctx.getBean(WebhookEndpointRepository.class).count();
        Map<String, String> refused = Map.of(
                "https://10.0.0.1/hooks", "private, loopback or link-local",
                "https://169.254.169.254/latest/meta-data", "private, loopback or link-local",
                "https://127.0.0.2/hooks", "private, loopback or link-local",
                "https://[::1]/hooks", "private, loopback or link-local",
                "http://93.184.216.34/hooks", "must start with https://",
                "ftp://93.184.216.34/hooks", "full URL");
        refused.forEach((url, reason) -> {
            FormClient.Page page = admin.submitFrom("/staff/webhooks/new", "/staff/webhooks", "url", url, "events", "case.created");
            assertEquals(422, page.status(), url);
            assertTrue(page.html().select(".govuk-error-summary").text().contains(reason), url + ": " + page.html().select(".govuk-error-summary").text());
        });
        FormClient.Page noEvents = admin.submitFrom("/staff/webhooks/new", "/staff/webhooks", "url", "https://93.184.216.34/hooks");
        assertEquals(422, noEvents.status());
        assertTrue(noEvents.html().select(".govuk-error-summary").text().contains("Select at least one event"));
        FormClient.Page unknown = admin.submitFrom("/staff/webhooks/new", "/staff/webhooks", "url", "https://93.184.216.34/hooks",
                "events", "case.deleted");
        assertEquals(422, unknown.status());
        assertEquals(endpoints, ctx.getBean(WebhookEndpointRepository.class).count());
        // A form post without the CSRF token changes nothing.
        assertEquals(403, admin.postRaw("/staff/webhooks", "url", "https://93.184.216.34/hooks", "events", "case.created").status());
        assertEquals(endpoints, ctx.getBean(WebhookEndpointRepository.class).count());
    }

    @Test
    void anEndpointRegisteredOnThePageReceivesARetriagedCaseSignedWithTheSecretShownOnce() throws Exception {
        try (MockWebServer receiver = receiver(0)) {
            receiver.enqueue(new MockResponse().setResponseCode(200));
            receiver.enqueue(new MockResponse().setResponseCode(200));
            FormClient admin = StaffFixtures.signedIn(ctx, server.getURI(), StaffRole.ADMIN);
            FormClient.Page added = admin.submitFrom("/staff/webhooks/new", "/staff/webhooks", "url", url(receiver.getPort()),
                    "events", "case.stage_changed", "events", "case.closed");
            assertEquals(200, added.status(), () -> added.html().select(".govuk-error-summary").text());
            String secret = added.html().selectFirst("input#secret").val();
            assertTrue(secret.startsWith("whsec_"), secret);
            String endpointPath = added.html().select("a[href^=/staff/webhooks/]").attr("href");
            assertTrue(admin.get(endpointPath).body().indexOf(secret) < 0, "the secret is not shown again");

            String reference = StaffFixtures.complaint(ctx);
            FormClient.Page retriaged = admin.post("/staff/cases/" + reference + "/retriage", "queue", "CORPORATE",
                    "priority", "HIGH", "reason", "About school transport.");
            assertEquals(303, retriaged.status());
            RecordedRequest request = verified(receiver, secret);
            Map<?, ?> event = ctx.getBean(JsonMapper.class).readValue(body(request), Map.class);
            assertEquals("case.stage_changed", event.get("type"));
            assertEquals(reference, ((Map<?, ?>) event.get("data")).get("reference"));
            assertEquals("CORPORATE", ((Map<?, ?>) event.get("data")).get("stage"));

            Receivers.await(() -> admin.get(endpointPath).html().select("tbody tr").text().contains("Delivered"),
                    java.time.Duration.ofSeconds(10), "listed as delivered");
            Document page = admin.get(endpointPath).html();
            assertTrue(page.select("tbody tr").text().contains(request.getHeader("webhook-id")), page.select("tbody").text());
            FormClient.Page resent = admin.submitFrom(endpointPath, page.selectFirst("form[action$=/resend]").attr("action"));
            assertEquals(303, resent.status());
            assertEquals(request.getHeader("webhook-id"), verified(receiver, secret).getHeader("webhook-id"));

            FormClient.Page rotated = admin.submitFrom(endpointPath, endpointPath + "/rotate");
            String newSecret = rotated.html().selectFirst("input#secret").val();
            assertNotEquals(secret, newSecret);
            admin.submitFrom(endpointPath, endpointPath + "/active", "active", "no");
            assertTrue(admin.get("/staff/webhooks").html().select("tbody").text().contains("Switched off"));
            assertEquals(303, admin.submitFrom(endpointPath, endpointPath + "/delete").status());
            assertEquals(List.of(), admin.get("/staff/webhooks").html().select("tbody tr").eachText());
        }
    }
}
