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
import uk.council.complaints.journey.SubmissionKind;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.council.complaints.notify.MailTestSupport.*;

/** What a person types into their name cannot add headers or recipients, and long or unusual names are handled. */
class MailHeaderSafetyTest {
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

    private static AckDetails ack(String reference, String email, String name) {
        return new AckDetails(null, reference, email, name, SubmissionKind.COMPLAINT,
                LocalDate.of(2026, 11, 25), LocalDate.of(2026, 12, 7), true);
    }

    /** GreenMail makes a mailbox for every address it delivers to (SMTP RCPT TO): none means no copy went there. */
    private static void assertNoMailbox(String address) {
        assertNull(greenMail.getUserManager().getUserByEmail(address), "a copy was delivered to " + address);
    }

    @Test
    void aNameWithLineBreaksAndHeadersStaysOneDisplayName() throws Exception {
        String reference = "HS" + token(8);
        String name = "Eve\r\nBcc: attacker@evil.example\r\nX-Injected: yes\n\rSubject: spoofed\u0000\u2028Cc: other@evil.example";
        outbox.enqueue(emails.acknowledgement(ack(reference, "eve@example.org", name)));

        List<MimeMessage> arrived = await(greenMail::getReceivedMessages, reference, 1, WAIT);
        Thread.sleep(300);
        arrived = received(greenMail::getReceivedMessages, reference);
        assertEquals(1, arrived.size(), "one delivery: no extra recipient was added");
        assertNoMailbox("attacker@evil.example");
        assertNoMailbox("other@evil.example");
        MimeMessage message = arrived.get(0);
        assertNull(message.getHeader("Bcc"));
        assertNull(message.getHeader("Cc"));
        assertNull(message.getHeader("X-Injected"));
        assertEquals(1, message.getHeader("Subject").length);
        assertEquals("We have received your complaint: reference " + reference, message.getSubject());
        InternetAddress[] to = (InternetAddress[]) message.getRecipients(Message.RecipientType.TO);
        assertEquals(1, to.length);
        assertEquals("eve@example.org", to[0].getAddress());
        assertEquals("Eve Bcc: attacker@evil.example X-Injected: yes Subject: spoofed Cc: other@evil.example", to[0].getPersonal());
        String headers = headers(message);
        for (String line : headers.split("\r\n")) {
            assertFalse(line.matches("(?i)^(Bcc|Cc|X-Injected|Subject: spoofed).*"), "injected header line: " + line);
        }
        String text = parts(message).get("text/plain");
        assertTrue(text.contains("Dear Eve Bcc: attacker@evil.example X-Injected: yes Subject: spoofed Cc: other@evil.example,"), text);
    }

    @Test
    void aSubjectOrAnAddressWithLineBreaksCannotAddARecipient() throws Exception {
        String reference = "HS" + token(8);
        OutgoingEmail subject = new OutgoingEmail(null, EmailPurpose.ACKNOWLEDGEMENT, "someone@example.org", null,
                "Hello " + reference + "\r\nBcc: attacker@evil.example", "text", "<p>html</p>", false);
        assertEquals("Hello " + reference + " Bcc: attacker@evil.example", subject.subject());
        outbox.enqueue(subject);
        long badAddress = outbox.enqueue(new OutgoingEmail(null, EmailPurpose.ACKNOWLEDGEMENT,
                "someone@example.org\r\nBcc: attacker@evil.example", null, "Second " + reference, "text", "<p>html</p>", false));

        List<MimeMessage> arrived = await(greenMail::getReceivedMessages, reference, 1, WAIT);
        Thread.sleep(300);
        arrived = received(greenMail::getReceivedMessages, reference);
        assertEquals(1, arrived.size());
        assertEquals("someone@example.org", arrived.get(0).getAllRecipients()[0].toString());
        assertNull(arrived.get(0).getHeader("Bcc"));
        assertNoMailbox("attacker@evil.example");
        assertEquals("failed", context.getBean(OutboxRepository.class).findById(badAddress).orElseThrow().status());
    }

    @Test
    void aVeryLongUnicodeNameIsCutSafelyAndArrivesIntact() throws Exception {
        String reference = "HS" + token(8);
        String name = "Zoë Ångström-Łukasiewicz 李小龍 \u202Egnissim\u202C 😀 ".repeat(200);
        outbox.enqueue(emails.acknowledgement(ack(reference, "zoe@example.org", name)));

        MimeMessage message = await(greenMail::getReceivedMessages, reference, 1, WAIT).get(0);
        String personal = ((InternetAddress) message.getRecipients(Message.RecipientType.TO)[0]).getPersonal();
        assertTrue(personal.length() <= MailText.MAX_NAME, "cut to the limit: " + personal.length());
        assertTrue(personal.startsWith("Zoë Ångström-Łukasiewicz 李小龍 gnissim 😀 Zoë"), personal);
        assertFalse(personal.contains("\u202E"), "bidi override removed");
        assertTrue(personal.codePoints().noneMatch(cp -> Character.getType(cp) == Character.SURROGATE), "no half emoji");
        Map<String, String> parts = parts(message);
        assertTrue(parts.get("text/plain").contains("Dear " + personal + ","), parts.get("text/plain"));
        assertTrue(parts.get("text/html").contains("Dear " + personal + ","));
        // Folded, encoded header lines stay within the SMTP line limit.
        assertTrue(Arrays.stream(headers(message).split("\r\n")).allMatch(line -> line.length() <= 998));
    }

    @Test
    void oneLineRemovesControlAndFormatCharactersAndCutsOnCharacterBoundaries() {
        assertEquals("a b c", MailText.oneLine(" a\r\n\tb\u0000\u0007 \u2029c ", 100));
        assertEquals("ab", MailText.oneLine("a\u200Bb\u202E", 100));
        assertEquals("x", MailText.oneLine("x\uD800", 100), "a lone surrogate is dropped");
        assertEquals("ab", MailText.oneLine("ab😀", 3), "an emoji that does not fit is not split");
        assertEquals("", MailText.oneLine(null, 10));
    }
}
