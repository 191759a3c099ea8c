package uk.council.complaints.notify;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.micronaut.context.ApplicationContext;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import uk.council.complaints.cases.SubmittedCase;
import uk.council.complaints.journey.SubmissionKind;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.council.complaints.notify.MailTestSupport.*;

/** The acknowledgement and the team notification, sent through a real SMTP server (GreenMail). */
class CaseEmailsDeliveryTest {
    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);
    private static final Duration WAIT = Duration.ofSeconds(20);
    static ApplicationContext context;
    static Outbox outbox;
    static CaseEmails emails;

    @BeforeAll
    static void start() {
        context = MailTestSupport.start(smtp(greenMail.getSmtp().getPort()));
        outbox = context.getBean(Outbox.class);
        emails = context.getBean(CaseEmails.class);
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    @Test
    void acknowledgementArrivesWithWhatHappensNextTheDatesAnAdvocateAndTheLeaflet() throws Exception {
        String reference = "NB" + token(8);
        SubmittedCase saved = inTransaction(context, () -> {
            SubmittedCase c = saveCase(context, reference, "Sam O'Brien", "sam.obrien@example.org", "Robin Child");
            outbox.enqueue(emails.acknowledgement(new AckDetails(c.id(), reference, "sam.obrien@example.org",
                    "Sam O'Brien <b>", SubmissionKind.COMPLAINT, LocalDate.of(2026, 11, 25), LocalDate.of(2026, 12, 7), true)));
            return c;
        });

        List<MimeMessage> arrived = await(greenMail::getReceivedMessages, reference, 1, WAIT);
        assertEquals(1, arrived.size());
        MimeMessage message = arrived.get(0);
        assertEquals("We have received your complaint: reference " + reference, message.getSubject());
        InternetAddress to = (InternetAddress) message.getRecipients(Message.RecipientType.TO)[0];
        assertEquals("sam.obrien@example.org", to.getAddress());
        assertEquals("Sam O'Brien <b>", to.getPersonal());
        assertEquals("no-reply@council.example", ((InternetAddress) message.getFrom()[0]).getAddress());
        assertEquals("complaints@northfield.example", ((InternetAddress) message.getReplyTo()[0]).getAddress());
        assertEquals("auto-generated", message.getHeader("Auto-Submitted", null));
        assertTrue(message.getMessageID().matches("<outbox-\\d+-\\d+@council\\.example>"), message.getMessageID());

        Map<String, String> parts = parts(message);
        String text = parts.get("text/plain");
        String html = parts.get("text/html");
        assertNotNull(text, "plain text part");
        assertNotNull(html, "HTML part");
        for (String expected : List.of("Dear Sam O'Brien <b>,", "Your reference is " + reference,
                "Northfield Borough Council has received your complaint", "What happens next",
                "by Wednesday 25 November 2026", "response by Monday 7 December 2026", "Getting an advocate",
                "https://complaints.council.example/advocacy", "https://complaints.council.example/advocacy/leaflet.pdf",
                "0300 555 0199")) {
            assertTrue(text.contains(expected), "text part has: " + expected + "\n" + text);
        }
        assertTrue(html.contains("Dear Sam O&#39;Brien &lt;b&gt;,"), html);
        assertFalse(html.contains("<b>"), "what a person typed is never markup");
        assertTrue(html.contains("href=\"https://complaints.council.example/advocacy/leaflet.pdf\""), html);
        assertTrue(html.contains("<html lang=\"en-GB\">"), html);

        awaitTrue(() -> outbox.leafletEmailedAt(saved.id()).isPresent(), WAIT, "leaflet recorded as sent");
        // The event is published just after the row is marked sent: wait for it too.
        awaitTrue(() -> !context.getBean(SentEvents.class).forCase(saved.id()).isEmpty(), WAIT, "the sent event");
        List<EmailSent> heard = context.getBean(SentEvents.class).forCase(saved.id());
        assertEquals(1, heard.size());
        assertTrue(heard.get(0).includesLeaflet());
        assertEquals(outbox.leafletEmailedAt(saved.id()).get(), heard.get(0).sentAt());
        List<OutboxEntry> entries = outbox.forCase(saved.id());
        assertEquals(1, entries.size());
        assertEquals("sent", entries.get(0).status());
        assertEquals(EmailPurpose.ACKNOWLEDGEMENT, entries.get(0).purpose());
    }

    @Test
    void acknowledgementOfACallBackWithoutTheLeafletRecordsNoLeaflet() throws Exception {
        String reference = "NB" + token(8);
        SubmittedCase saved = inTransaction(context, () -> {
            SubmittedCase c = saveCase(context, reference, "Ali Parent", "ali@example.org", null);
            outbox.enqueue(emails.acknowledgement(new AckDetails(c.id(), reference, "ali@example.org", "",
                    SubmissionKind.CALLBACK, LocalDate.of(2026, 11, 25), LocalDate.of(2026, 11, 27), false)));
            return c;
        });
        MimeMessage message = await(greenMail::getReceivedMessages, reference, 1, WAIT).get(0);
        String text = parts(message).get("text/plain");
        assertTrue(text.startsWith("Hello,"), text);
        assertTrue(text.contains("A manager will phone you by Friday 27 November 2026"), text);
        assertTrue(text.contains("Getting an advocate"), "how to get an advocate is in every acknowledgement");
        assertFalse(text.contains("leaflet"), text);
        assertTrue(outbox.leafletEmailedAt(saved.id()).isEmpty());
    }

    @Test
    void teamNotificationHasTheReferenceQueuePriorityAndLinkAndNoPersonalData() throws Exception {
        String reference = "NB" + token(8);
        String name = "Alexandra Quennell-Smythe";
        String email = "alexandra.qs@example.org";
        String child = "Jordan Vickerstaff";
        // As the submission will: the case and both emails in one transaction.
        inTransaction(context, () -> {
            SubmittedCase c = saveCase(context, reference, name, email, child);
            outbox.enqueue(emails.acknowledgement(new AckDetails(c.id(), reference, email, name,
                    SubmissionKind.COMPLAINT, LocalDate.of(2026, 11, 25), LocalDate.of(2026, 12, 7), true)));
            outbox.enqueue(emails.teamNotification(new TeamNotice(c.id(), reference, "Statutory Stage 1", "high", null)));
            return c;
        });

        List<MimeMessage> arrived = await(greenMail::getReceivedMessages, reference, 2, WAIT);
        assertEquals(2, arrived.size());
        MimeMessage team = arrived.stream().filter(m -> subject(m).startsWith("New case")).findFirst().orElseThrow();
        assertEquals("New case " + reference + ": Statutory Stage 1, high priority", team.getSubject());
        assertEquals(TEAM_MAILBOX, ((InternetAddress) team.getAllRecipients()[0]).getAddress());
        assertEquals(1, team.getAllRecipients().length);

        Map<String, String> parts = parts(team);
        String link = "https://complaints.council.example/staff/cases/" + reference;
        for (String part : parts.values()) {
            assertTrue(part.contains(reference) && part.contains("Statutory Stage 1") && part.contains("high"), part);
            assertTrue(part.contains(link), part);
        }
        String everything = raw(team) + "\n" + String.join("\n", parts.values());
        for (String personal : List.of("Alexandra", "Quennell", "Smythe", email, "example.org", "Jordan", "Vickerstaff",
                "07700", "Larch Close", "NF2", "Private details", "contact centre")) {
            assertFalse(everything.contains(personal), "staff email must not contain: " + personal);
        }
    }

    @Test
    void anAddressTheServerCanNeverUseIsKeptAsFailedNotSent() throws Exception {
        String reference = "NB" + token(8);
        long id = outbox.enqueue(new OutgoingEmail(null, EmailPurpose.ACKNOWLEDGEMENT, "Name <person@example.org>", null,
                "Bad address " + reference, "text", "<p>html</p>", false));
        OutboxEmail row = context.getBean(OutboxRepository.class).findById(id).orElseThrow();
        assertEquals("failed", row.status());
        assertEquals("Invalid recipient address", row.lastError());
        Thread.sleep(300);
        assertTrue(received(greenMail::getReceivedMessages, reference).isEmpty());
    }
}
