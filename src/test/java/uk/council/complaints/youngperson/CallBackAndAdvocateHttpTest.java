package uk.council.complaints.youngperson;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.council.complaints.cases.CaseChoiceRepository;
import uk.council.complaints.cases.CaseRepository;
import uk.council.complaints.cases.SubmittedCase;
import uk.council.complaints.intake.Journeys;
import uk.council.complaints.journey.SubmissionKind;
import uk.council.complaints.staff.StaffFixtures;
import uk.council.complaints.staff.StaffRole;
import uk.council.complaints.support.FormClient;
import uk.council.complaints.triage.Flag;
import uk.council.complaints.triage.Priority;
import uk.council.complaints.triage.Queue;
import uk.council.complaints.triage.store.StoredTriage;
import uk.council.complaints.triage.store.TriageService;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.council.complaints.intake.Journeys.step;

/** A young person's own call-back pages, and "would you like an advocate for the child?" asked of a parent. */
@MicronautTest(transactional = false)
class CallBackAndAdvocateHttpTest {
    @Inject
    EmbeddedServer server;
    @Inject
    ApplicationContext context;
    @Inject
    CaseRepository cases;
    @Inject
    CaseChoiceRepository choices;
    @Inject
    AdvocacyReferralRepository referrals;
    @Inject
    TriageService triage;

    @Test
    void aYoungPersonsCallBackIsStoredAsACallBackAndTriagedToTheCallBackQueueWithTheirFlag() {
        FormClient client = new FormClient(server.getURI());
        step(client, "what-would-you-like-to-do", "purpose", "callback");
        FormClient.Page who = client.post("/form/who-are-you", "role", "young-person");
        assertEquals("/form/are-you-safe", who.location(), "their own pages, not the adult ones");
        step(client, "are-you-safe", "ypRiskNow", "no");
        step(client, "your-name", "ypName", "Jo Example");
        step(client, "number-to-call", "ypCallbackPhone", "07700 900 982");
        step(client, "days-to-call", "ypCallbackDays", "tuesday", "ypCallbackDays", "thursday");
        step(client, "time-to-call", "ypCallbackTime", "afternoon");
        step(client, "what-to-talk-about", "ypCallbackTopic", "Moving to a new placement.");
        FormClient.Page offer = client.get("/form/would-you-like-an-advocate");
        assertTrue(offer.html().select("a[href=/advocacy]").size() > 0, "the leaflet is offered");
        step(client, "would-you-like-an-advocate", "wantsAdvocate", "yes");
        String reference = Journeys.submit(client);
        assertTrue(client.get("/form/confirmation").html().text().contains("Someone will call you by"));

        SubmittedCase c = cases.findByReference(reference).orElseThrow();
        assertEquals(SubmissionKind.CALLBACK, c.kind());
        assertEquals("young-person", c.who().submitterRole());
        assertEquals("07700 900 982", c.who().phone());
        assertEquals("phone", c.who().preferredContact());
        assertEquals("afternoon", c.callBack().callbackTime());
        assertEquals("Moving to a new placement.", c.callBack().callbackTopic());
        assertEquals("yes", c.child().advocateWanted());
        assertEquals(List.of("thursday", "tuesday"), choices.findByKeyCaseId(c.id()).stream()
                .filter(ch -> ch.question().equals("callbackDays")).map(ch -> ch.choice()).sorted().toList());
        StoredTriage t = triage.find(c.id()).orElseThrow();
        assertEquals(Queue.CALLBACK, t.queue());
        assertEquals(Priority.HIGH, t.priority());
        assertTrue(t.flags().containsAll(List.of(Flag.YOUNG_PERSON, Flag.ADVOCACY_REQUESTED)));
        assertTrue(referrals.findById(c.id()).isPresent());
    }

    @Test
    void aParentWhoWantsAnAdvocateForTheChildMakesTheSameReferralShownToStaffAndExported() {
        FormClient client = new FormClient(server.getURI());
        Journeys.parentComplaint(client, "parent-" + System.nanoTime() + "@example.org");
        FormClient.Page question = client.get("/form/advocate-for-the-child");
        assertEquals("Would you like an advocate for the child?", question.html().selectFirst("h1").text());
        step(client, "advocate-for-the-child", "childAdvocate", "yes");
        String reference = Journeys.submit(client);

        SubmittedCase c = cases.findByReference(reference).orElseThrow();
        assertEquals("yes", c.child().advocateWanted());
        assertTrue(referrals.findById(c.id()).isPresent(), "the same advocacy referral as a young person's");
        StoredTriage t = triage.find(c.id()).orElseThrow();
        assertTrue(t.flags().contains(Flag.ADVOCACY_REQUESTED));
        assertEquals(Priority.HIGH, t.priority());

        FormClient manager = StaffFixtures.signedIn(context, server.getURI(), StaffRole.MANAGER);
        String page = manager.get("/staff/cases/" + reference).html().text();
        assertTrue(page.contains("Advocate wanted") && page.contains("Yes, ask an advocate to contact the child"), page);
        String[] lines = manager.get("/staff/queue/export?status=all").body().split("\r\n");
        int column = Arrays.asList(lines[0].split(",")).indexOf("advocate_wanted");
        assertTrue(column > 0, lines[0]);
        String row = Arrays.stream(lines).filter(l -> l.startsWith(reference + ",")).findFirst().orElseThrow();
        assertEquals("yes", row.split(",", -1)[column]);
    }
}
