package uk.council.complaints.youngperson;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.council.complaints.cases.CaseRepository;
import uk.council.complaints.cases.SubmittedCase;
import uk.council.complaints.staff.StaffFixtures;
import uk.council.complaints.staff.StaffRole;
import uk.council.complaints.support.FormClient;
import uk.council.complaints.triage.Flag;
import uk.council.complaints.triage.store.TriageService;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The young person's route over HTTP: what it stores, and what the case then says about the leaflet and advocacy. */
@MicronautTest(transactional = false)
class YoungPersonHttpTest {
    @Inject
    EmbeddedServer server;
    @Inject
    ApplicationContext context;
    @Inject
    CaseRepository cases;
    @Inject
    LeafletEvents leaflet;
    @Inject
    AdvocacyReferralRepository referrals;
    @Inject
    HelperContactRepository helpers;
    @Inject
    TriageService triage;

    private static void step(FormClient client, String slug, String... pairs) {
        FormClient.Page page = client.post("/form/" + slug, pairs);
        assertEquals(303, page.status(), () -> slug + ": " + page.html().select(".govuk-error-summary").text());
    }

    private String sendThroughSocialWorker(FormClient client, String wantsAdvocate) {
        assertEquals(303, client.submitFrom("/young-person", "/form/start-young-person").status());
        step(client, "are-you-safe", "ypRiskNow", "no");
        step(client, "your-name", "ypName", "Jo Example");
        step(client, "how-to-reach-you", "ypContactRoute", "social-worker");
        step(client, "who-helps-you", "helperName", "Pat Worker", "helperContact", "pat@council.example");
        step(client, "what-is-wrong", "ypWhatIsWrong", "I have not seen my brother for months.");
        step(client, "what-you-want-to-change", "ypWantToChange", "I want to see him every week.");
        step(client, "would-you-like-an-advocate", "wantsAdvocate", wantsAdvocate);
        assertEquals("/form/confirmation", client.submitFrom("/form/check", "/form/submit").location());
        return client.get("/form/confirmation").html().selectFirst(".govuk-panel__body strong").text();
    }

    @Test
    void aYoungPersonWhoWantsAnAdvocateIsReferredAndTheLeafletIsRecorded() {
        FormClient client = new FormClient(server.getURI());
        String reference = sendThroughSocialWorker(client, "yes");
        SubmittedCase c = cases.findByReference(reference).orElseThrow();

        assertEquals("young-person", c.who().submitterRole());
        assertEquals("Jo Example", c.who().submitterName());
        assertEquals(null, c.who().email(), "no email or phone: they are reached through their social worker");
        assertEquals("helper", c.who().preferredContact());
        assertEquals("Pat Worker", helpers.findById(c.id()).orElseThrow().helperName());
        assertTrue(referrals.findById(c.id()).isPresent(), "an advocacy referral is on the case");
        assertTrue(triage.find(c.id()).orElseThrow().flags().containsAll(List.of(Flag.YOUNG_PERSON, Flag.ADVOCACY_REQUESTED)));

        assertEquals(List.of(LeafletEvent.Type.OFFERED), types(c.id()));
        FormClient.Page pdf = client.get("/form/confirmation/leaflet.pdf");
        assertEquals(200, pdf.status());
        assertEquals(List.of(LeafletEvent.Type.OFFERED, LeafletEvent.Type.DOWNLOADED), types(c.id()),
                "the download from the confirmation page is recorded, with its time");
    }

    @Test
    void theStaffCasePageSaysInWordsThatTheyAreReachedThroughAHelper() {
        String reference = sendThroughSocialWorker(new FormClient(server.getURI()), "no");
        var page = StaffFixtures.signedIn(context, server.getURI(), StaffRole.OFFICER).get("/staff/cases/" + reference);
        assertEquals(200, page.status());
        String text = page.html().text();
        assertTrue(text.contains("Through the person who helps them"), "the preferred way, in words");
        assertTrue(!text.contains("field.preferredContact"), "never the raw message key");
    }

    @Test
    void withoutAnAdvocateThereIsNoReferralButTheLeafletWasStillOffered() {
        String reference = sendThroughSocialWorker(new FormClient(server.getURI()), "no");
        SubmittedCase c = cases.findByReference(reference).orElseThrow();
        assertTrue(referrals.findById(c.id()).isEmpty());
        assertEquals(List.of(LeafletEvent.Type.OFFERED), types(c.id()));
    }

    @Test
    void theConfirmationSpeaksPlainlyAndOffersTheLeaflet() {
        FormClient client = new FormClient(server.getURI());
        sendThroughSocialWorker(client, "yes");
        var html = client.get("/form/confirmation").html();
        assertEquals("We have got your message", html.selectFirst("h1").text());
        assertTrue(html.text().contains("You will not get in trouble for complaining."));
        assertTrue(html.text().contains("You asked for an advocate."));
        assertTrue(html.select("a[href=/form/confirmation/leaflet.pdf]").size() == 1);
    }

    @Test
    void contactingTheYoungPersonDirectlyNeedsAPhoneOrEmail() {
        FormClient client = new FormClient(server.getURI());
        client.submitFrom("/young-person", "/form/start-young-person");
        step(client, "are-you-safe", "ypRiskNow", "no");
        step(client, "your-name", "ypName", "Jo");
        step(client, "how-to-reach-you", "ypContactRoute", "me");
        FormClient.Page page = client.post("/form/your-phone-or-email");
        assertEquals(400, page.status());
        assertEquals("Give us a phone number or an email address", page.html().selectFirst(".govuk-error-summary__list a").text());
    }

    private List<LeafletEvent.Type> types(long caseId) {
        return leaflet.forCase(caseId).stream().map(LeafletEvent::event).toList();
    }
}
