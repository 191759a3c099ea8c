package uk.council.complaints.evidence;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.council.complaints.intake.Journeys;
import uk.council.complaints.support.FormClient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** The embedded default has no scanner: the evidence page is not offered, and its upload takes nothing. */
@MicronautTest(transactional = false)
class NoScannerNoEvidenceTest {
    @Inject
    EmbeddedServer server;

    @Test
    void withoutAScannerTheJourneyGoesFromCourtToContactDetails() {
        FormClient client = new FormClient(server.getURI());
        Journeys.step(client, "what-would-you-like-to-do", "purpose", "complaint");
        Journeys.step(client, "who-are-you", "role", "parent");
        Journeys.step(client, "is-a-child-at-risk", "riskNow", "no");
        Journeys.step(client, "about-the-child", "childName", "Sam Example", "childAge", "9");
        Journeys.step(client, "parental-responsibility", "parentalResponsibility", "yes");
        Journeys.step(client, "call-back-offer", "wantsCallback", "no");
        Journeys.step(client, "which-service", "service", "children-in-care");
        Journeys.step(client, "what-happened", "whatHappened", "The social worker did not visit.", "stillHappening", "yes");
        Journeys.step(client, "put-it-right", "outcomesSought", "apology");
        Journeys.step(client, "court-proceedings", "courtProceedings", "no");
        FormClient.Page raised = client.post("/form/raised-before", "raisedBefore", "yes");
        assertEquals("/form/advocate-for-the-child", raised.location());
        assertEquals(303, client.get(EvidenceHttpTest.PAGE).status(), "the page sends the person on");
        assertNotEquals(303, client.upload("/form/contact-details", EvidenceHttpTest.UPLOAD, "a.pdf",
                EvidenceSamples.pdf()).status());
    }
}
