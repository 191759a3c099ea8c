package uk.council.complaints.staff;

import com.microsoft.playwright.options.AriaRole;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;
import uk.council.complaints.cases.CaseRepository;
import uk.council.complaints.timeline.CaseEventType;
import uk.council.complaints.timeline.CaseTimeline;

import java.net.InetAddress;
import java.util.concurrent.TimeUnit;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** An admin's webhook pages (issue 25), in Chromium, each state scanned with axe at 1280 and at 320 px. */
@MicronautTest(transactional = false)
@Property(name = "portal.webhooks.allow-http-hosts", value = "127.0.0.1")
@Property(name = "portal.webhooks.allow-private-hosts", value = "127.0.0.1")
@Property(name = "portal.webhooks.poll-interval", value = "100ms")
@Property(name = "portal.webhooks.initial-delay", value = "10ms")
class WebhooksBrowserTest extends StaffBrowser {

    @Test
    void anAdminAddsAnEndpointCopiesTheSecretAndSeesItsDeliveries() throws Exception {
        try (MockWebServer receiver = new MockWebServer()) {
            receiver.start(InetAddress.getByName("127.0.0.1"), 0);
            receiver.enqueue(new MockResponse().setResponseCode(200));
            receiver.enqueue(new MockResponse().setResponseCode(200));
            signIn(StaffFixtures.user(ctx, StaffRole.ADMIN));
            click(AriaRole.LINK, "Webhooks");
            heading("Webhooks");
            // On PostgreSQL the suite's contexts share one schema: another test's endpoint may be listed already.
            axeAtBothWidths("Webhooks", "the list");

            click(AriaRole.BUTTON, "Add an endpoint");
            heading("Add an endpoint");
            page.getByLabel("Endpoint URL").fill("https://169.254.169.254/latest/meta-data");
            click(AriaRole.BUTTON, "Add endpoint");
            assertThat(page.getByRole(AriaRole.ALERT)).containsText("private, loopback or link-local");
            assertThat(page.getByRole(AriaRole.ALERT)).containsText("Select at least one event");
            axeAtBothWidths("Add a webhook endpoint", "errors");

            page.getByLabel("Endpoint URL").fill("http://127.0.0.1:" + receiver.getPort() + "/hooks/portal");
            page.getByLabel("case.closed: a case is closed, refused or withdrawn").check();
            click(AriaRole.BUTTON, "Add endpoint");
            heading("Copy the signing secret now");
            assertThat(page.getByLabel("Signing secret for http://127.0.0.1:" + receiver.getPort() + "/hooks/portal"))
                    .hasValue(java.util.regex.Pattern.compile("whsec_.+"));
            axeAtBothWidths("Webhook secret", "shown once");

            String reference = StaffFixtures.complaint(ctx);
            long caseId = ctx.getBean(CaseRepository.class).findByReference(reference).orElseThrow().id();
            ctx.getBean(CaseTimeline.class).record(caseId, CaseTimeline.SYSTEM, CaseEventType.CLOSED, null);
            assertNotNull(receiver.takeRequest(15, TimeUnit.SECONDS));

            click(AriaRole.BUTTON, "Go to the endpoint");
            heading("http://127.0.0.1:" + receiver.getPort() + "/hooks/portal");
            page.reload();
            assertThat(page.getByRole(AriaRole.TABLE)).containsText("case.closed");
            assertThat(page.getByRole(AriaRole.TABLE)).containsText("Delivered");
            axeAtBothWidths("Webhook endpoint", "one delivery");

            page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions()
                    .setName(java.util.regex.Pattern.compile("^Resend"))).click();
            assertThat(page.getByRole(AriaRole.ALERT)).containsText("sent again with the same webhook-id");
            axeAtBothWidths("Webhook endpoint", "resent");
        }
    }
}
