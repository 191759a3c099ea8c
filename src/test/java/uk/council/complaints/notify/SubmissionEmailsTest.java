package uk.council.complaints.notify;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import uk.council.complaints.cases.CaseRepository;
import uk.council.complaints.intake.Journeys;
import uk.council.complaints.support.FormClient;
import uk.council.complaints.triage.Flag;
import uk.council.complaints.triage.store.TriageService;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** From the public form to real email: what a submission sends, to whom, and what the case then records. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SubmissionEmailsTest implements TestPropertyProvider {
    private static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    private static final Duration WAIT = Duration.ofSeconds(20);

    static {
        SMTP.start();
    }

    @Inject
    EmbeddedServer server;
    @Inject
    CaseRepository cases;
    @Inject
    TriageService triage;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = new HashMap<>();
        MailTestSupport.smtp(SMTP.getSmtp().getPort()).forEach((k, v) -> p.put(k, String.valueOf(v)));
        p.put("portal.mail.poll-interval", "100ms");
        p.put("portal.mail.initial-delay", "10ms");
        return p;
    }

    @AfterAll
    void stopSmtp() {
        SMTP.stop();
    }

    @Test
    void aParentsComplaintIsAcknowledgedWithTheLeafletAndItsTeamToldWithoutPersonalDetails() throws Exception {
        FormClient client = new FormClient(server.getURI());
        Journeys.parentComplaint(client, "alex.parent@example.org");
        String reference = Journeys.submit(client);

        List<MimeMessage> arrived = MailTestSupport.await(SMTP::getReceivedMessages, reference, 2, WAIT);
        assertEquals(2, arrived.size(), "acknowledgement and team notice");
        MimeMessage ack = to("alex.parent@example.org", arrived);
        String ackText = String.join("\n", MailTestSupport.parts(ack).values());
        assertTrue(ackText.contains("/advocacy/leaflet.pdf"), "a parent acting for a child gets the leaflet");
        MimeMessage team = to("cic-complaints@northfield.example", arrived);
        String teamText = String.join("\n", MailTestSupport.parts(team).values()) + team.getSubject();
        assertTrue(teamText.contains("/staff/cases/" + reference));
        for (String personal : List.of("Alex Parent", "alex.parent@example.org", "Sam Example", "social worker did not visit")) {
            assertFalse(teamText.contains(personal), "no personal details in an email to staff: " + personal);
        }

        long caseId = cases.findByReference(reference).orElseThrow().id();
        MailTestSupport.awaitTrue(() -> triage.find(caseId).orElseThrow().flags().contains(Flag.LEAFLET_SENT), WAIT,
                "the case records that the leaflet was sent");
    }

    @Test
    void aYoungPersonWhoWantsAnAdvocateIsReferredToTheAdvocacyService() throws Exception {
        FormClient client = new FormClient(server.getURI());
        client.submitFrom("/young-person", "/form/start-young-person");
        Journeys.step(client, "are-you-safe", "ypRiskNow", "no");
        Journeys.step(client, "your-name", "ypName", "Jo Example");
        Journeys.step(client, "how-to-reach-you", "ypContactRoute", "me");
        Journeys.step(client, "your-phone-or-email", "ypEmail", "jo@example.org");
        Journeys.step(client, "what-is-wrong", "ypWhatIsWrong", "Nobody listens to me.");
        Journeys.step(client, "what-you-want-to-change", "ypWantToChange", "To be listened to.");
        Journeys.step(client, "would-you-like-an-advocate", "wantsAdvocate", "yes");
        String reference = Journeys.submit(client);

        List<MimeMessage> arrived = MailTestSupport.await(SMTP::getReceivedMessages, reference, 3, WAIT);
        MimeMessage referral = to("referrals@northfield-advocacy.example", arrived);
        String text = String.join("\n", MailTestSupport.parts(referral).values());
        assertTrue(text.contains(reference));
        assertFalse(text.contains("Jo Example") || text.contains("jo@example.org"), "the referral carries no personal details");
        assertTrue(String.join("\n", MailTestSupport.parts(to("jo@example.org", arrived)).values()).contains("/advocacy"));
    }

    private static MimeMessage to(String address, List<MimeMessage> messages) throws Exception {
        for (MimeMessage m : messages) {
            if (m.getAllRecipients()[0].toString().contains(address)) {
                return m;
            }
        }
        throw new AssertionError("nothing sent to " + address);
    }
}
