package uk.council.complaints.notify;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import uk.council.complaints.cases.CaseRepository;
import uk.council.complaints.cases.SubmittedCase;
import uk.council.complaints.journey.SubmissionKind;
import uk.council.complaints.staff.StaffFixtures;
import uk.council.complaints.staff.StaffRole;
import uk.council.complaints.support.FormClient;
import uk.council.complaints.timeline.CaseEventType;
import uk.council.complaints.timeline.CaseTimeline;
import uk.council.complaints.triage.store.TriageService;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The person hears about each step of their complaint (DESIGN section 7): an email with the reference, what happened
 * and what they can do next by when, or, with no address, a letter with the same words to print. Dates hand-worked in
 * working days across Christmas 2026 (25 and 28 December, 1 January are bank holidays), with the clock set.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PersonEmailsTest implements TestPropertyProvider {
    private static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final SetClock CLOCK = new SetClock();

    static {
        SMTP.start();
    }

    @Inject
    EmbeddedServer server;
    @Inject
    ApplicationContext ctx;

    @MockBean(Clock.class)
    Clock clock() {
        return CLOCK;
    }

    @Override
    public Map<String, String> getProperties() {
        return MailTestSupport.sendingTo(SMTP.getSmtp().getPort());
    }

    @AfterAll
    void stop() {
        SMTP.stop();
    }

    @Test
    void extensionResponseAndClosureEmailTheDatesAndStage2ThenOffersTheReviewPanel() throws Exception {
        CLOCK.at("2026-12-07T10:00:00Z");
        String email = "alex." + MailTestSupport.token(6).toLowerCase() + "@example.org";
        String ref = stored(email, "4 Birch Road, Northfield NF3 4AB");
        String c = "/staff/cases/" + ref;

        CLOCK.at("2026-12-10T10:00:00Z");
        FormClient officer = StaffFixtures.signedIn(ctx, server.getURI(), StaffRole.OFFICER);
        assertEquals(303, officer.post(c + "/extend", "reason", "Waiting for the records.").status());
        // Received Monday 7 December 2026 + 20 working days, skipping 25 and 28 December and 1 January: Thursday 7 January.
        String extension = text(one("We need more time to answer your complaint " + ref));
        assertTrue(extension.contains("reference " + ref) && extension.contains("We will now send you our response by 7 January 2027"), extension);

        CLOCK.at("2026-12-14T10:00:00Z");
        officer = StaffFixtures.signedIn(ctx, server.getURI(), StaffRole.OFFICER);
        assertEquals(303, officer.post(c + "/response", "methods", "written", "finding", "not-upheld",
                "outcomes", "explanation").status());
        // Monday 14 December 2026 + 20 working days, skipping 25 and 28 December and 1 January: Thursday 14 January 2027.
        String response = text(one("Our response to your complaint " + ref));
        for (String words : List.of("Dear Alex Example,", "We have responded to your complaint (reference " + ref + ") at Stage 1.",
                "You can ask for Stage 2 until 14 January 2027.", "0300 555 0199")) {
            assertTrue(response.contains(words), words + " in " + response);
        }
        assertEquals(303, officer.post(c + "/close").status());
        String closure = text(one("Your complaint " + ref + " is closed"));
        assertTrue(closure.contains("You can ask for Stage 2 until 14 January 2027."), closure);

        Document page = officer.get(c).html();
        List<String> letters = page.select("#letters ~ ul a").eachText();
        assertEquals(List.of("Letter: deadline extended, 10 December 2026", "Letter: response, 14 December 2026",
                "Letter: complaint closed, 14 December 2026"), letters);
        String href = page.select("#letters ~ ul a").get(1).attr("href");
        List<String> paragraphs = officer.get(href).html().select(".app-letter p").eachText();
        for (String paragraph : response.split("\\R\\R")) {
            assertTrue(paragraphs.contains(paragraph.strip()), "the letter has the email's words: " + paragraph);
        }

        assertEquals(303, officer.post(c + "/escalate", "reason", "outcomes-not-met", "wantNow", "An investigation.", "requestVia", "phone").status());
        String stage2 = officer.get(c).html().select("a[href^=/staff/cases/]").eachText().stream()
                .filter(t -> !t.equals(ref) && t.matches("[A-Z0-9]{4}-[A-Z0-9]{4}")).findFirst().orElseThrow();
        CLOCK.at("2027-01-18T10:00:00Z");
        officer = StaffFixtures.signedIn(ctx, server.getURI(), StaffRole.OFFICER);
        assertEquals(303, officer.post("/staff/cases/" + stage2 + "/investigators", "investigatingOfficer", "Priya Investigator",
                "independentPerson", "Jo Independent").status());
        assertEquals(303, officer.post("/staff/cases/" + stage2 + "/adjudicate", "respondedOn-day", "18", "respondedOn-month", "1",
                "respondedOn-year", "2027", "finding", "upheld", "outcomes", "apology-and-explanation").status());
        // Monday 18 January 2027 + 20 working days (no bank holidays): Monday 15 February 2027.
        String stage2Response = text(one("The outcome of Stage 2 of your complaint " + stage2));
        assertTrue(stage2Response.contains("You can ask for a review panel until 15 February 2027."), stage2Response);
    }

    @Test
    void theStage2AndStage3OutcomesNameTheNextStepAndTheOmbudsman() throws Exception {
        CLOCK.at("2027-02-01T10:00:00Z");
        String email = "sam." + MailTestSupport.token(6).toLowerCase() + "@example.org";
        String ref = stored(email, null);
        long caseId = ctx.getBean(CaseRepository.class).findByReference(ref).orElseThrow().id();
        // The Stage 2 and 3 engines are another feature's; their events are what this one answers.
        MailTestSupport.inTransaction(ctx, () -> ctx.getBean(CaseTimeline.class).record(caseId, "Test", CaseEventType.ADJUDICATED, null));
        String adjudication = text(one("The outcome of Stage 2 of your complaint " + ref));
        // The case is in the Stage 1 queue here, so its next step is Stage 2: what matters is the window, 1 March 2027.
        assertTrue(adjudication.contains("outcome of the Stage 2 investigation") && adjudication.contains("1 March 2027"), adjudication);
        MailTestSupport.inTransaction(ctx, () -> ctx.getBean(CaseTimeline.class).record(caseId, "Test", CaseEventType.COUNCIL_RESPONDED, null));
        String stage3 = text(one("Our response to the review panel on your complaint " + ref));
        assertTrue(stage3.contains("Local Government and Social Care Ombudsman") && stage3.contains("www.lgo.org.uk"), stage3);
    }

    @Test
    void withNoEmailAddressNothingIsSentAndTheLetterHasTheWords() throws Exception {
        CLOCK.at("2026-12-14T10:00:00Z");
        String ref = stored(null, "4 Birch Road, Northfield NF3 4AB");
        String c = "/staff/cases/" + ref;
        FormClient officer = StaffFixtures.signedIn(ctx, server.getURI(), StaffRole.OFFICER);
        assertEquals(303, officer.post(c + "/response", "methods", "written", "finding", "not-upheld", "outcomes", "explanation").status());
        long caseId = ctx.getBean(CaseRepository.class).findByReference(ref).orElseThrow().id();
        assertTrue(ctx.getBean(Outbox.class).forCase(caseId).isEmpty(), "no address, no email");

        Document page = officer.get(c).html();
        FormClient.Page letter = officer.get(page.select("#letters ~ ul a").get(0).attr("href"));
        assertEquals(200, letter.status());
        String words = letter.html().select(".app-letter").text();
        for (String expected : List.of("Northfield Borough Council", "Town Hall", "Alex Example", "4 Birch Road", "Northfield NF3 4AB",
                "14 December 2026", "Our reference: " + ref, "We have responded to your complaint (reference " + ref + ") at Stage 1.",
                "You can ask for Stage 2 until 14 January 2027.")) {
            assertTrue(words.contains(expected), expected + " in " + words);
        }
        assertTrue(letter.html().select(".govuk-inset-text").text().contains("gave no email address"));
        assertEquals(404, officer.get(c + "/letters/999999999").status());
    }

    @Test
    void aFailedEmailIsSentAgainFromTheCasePage() throws Exception {
        CLOCK.at("2026-12-14T10:00:00Z");
        String email = "jo." + MailTestSupport.token(6).toLowerCase() + "@example.org";
        String ref = stored(email, null);
        long caseId = ctx.getBean(CaseRepository.class).findByReference(ref).orElseThrow().id();
        OutgoingEmail mail = new OutgoingEmail(caseId, EmailPurpose.RESPONSE, email, "Jo", "Retry test " + ref, "Text", "<p>Text</p>", false);
        ctx.getBean(OutboxRepository.class).save(OutboxEmail.undeliverable(mail, CLOCK.instant(), "Connection refused"));
        String c = "/staff/cases/" + ref;
        FormClient officer = StaffFixtures.signedIn(ctx, server.getURI(), StaffRole.OFFICER);
        Document page = officer.get(c).html();
        assertTrue(page.select("#emails ~ div table").text().contains("Not sent (failed)"));
        String retry = page.select("form[action$=/retry]").attr("action");
        assertEquals(303, officer.submitFrom(c, retry).status());
        assertEquals(1, MailTestSupport.await(SMTP::getReceivedMessages, "Retry test " + ref, 1, WAIT).size());
        MailTestSupport.awaitTrue(() -> ctx.getBean(Outbox.class).forCase(caseId).get(0).status().equals("sent"), WAIT, "sent");
        FormClient.Page again = officer.submitFrom(c, retry);
        assertEquals(409, again.status());
        assertTrue(again.html().select(".govuk-error-summary").text().contains("Only an email that failed"));
        assertTrue(officer.get(c).html().select(".app-timeline__item").eachText().stream().anyMatch(t -> t.startsWith("Failed email sent again")));
    }

    /** Issue 24: post is not safe at their address: the case page says so beside the address, every letter before printing. */
    @Test
    void aLetterToAnAddressWherePostIsNotSafeSaysSoBeforePrinting() throws Exception {
        CLOCK.at("2026-12-14T10:00:00Z");
        String unsafe = stored(null, "4 Birch Road, Northfield NF3 4AB", "voicemail-only");
        String safe = stored(null, "5 Birch Road, Northfield NF3 4AB", "both");
        FormClient officer = StaffFixtures.signedIn(ctx, server.getURI(), StaffRole.OFFICER);
        for (String ref : List.of(unsafe, safe)) {
            assertEquals(303, officer.post("/staff/cases/" + ref + "/response", "methods", "written", "finding", "not-upheld",
                    "outcomes", "explanation").status());
        }
        Document page = officer.get("/staff/cases/" + unsafe).html();
        List<String> rows = page.select(".govuk-summary-list__row").eachText();
        int address = rows.indexOf(rows.stream().filter(r -> r.startsWith("Postal address")).findFirst().orElseThrow());
        assertEquals("Voicemail and post Voicemail is safe. Do not send post", rows.get(address + 1));
        Document letter = officer.get(page.select("#letters ~ ul a").get(0).attr("href")).html();
        assertTrue(letter.select(".govuk-warning-text").text().contains("Do not post this letter"), letter.text());
        Document safeLetter = officer.get(officer.get("/staff/cases/" + safe).html().select("#letters ~ ul a").get(0).attr("href")).html();
        assertTrue(safeLetter.select(".govuk-warning-text").isEmpty(), "post is safe: no warning");
    }

    private String stored(String email, String address) {
        return stored(email, address, null);
    }

    private String stored(String email, String address, String contactSafety) {
        String ref = "T" + MailTestSupport.token(3) + "-" + MailTestSupport.token(4);
        SubmittedCase sample = StaffFixtures.sample(ref, SubmissionKind.COMPLAINT, "children-in-care", CLOCK.instant());
        SubmittedCase saved = ctx.getBean(CaseRepository.class).save(SubmittedCase.builder(ref, SubmissionKind.COMPLAINT, CLOCK.instant())
                .submitterRole("parent").submitterName("Alex Example").email(email).address(address).preferredContact(email == null ? "post" : "email")
                .answer("contactSafety", contactSafety).answer("parentalResponsibility", "yes").service(sample.complaint().service())
                .whatHappened("The social worker did not visit.").answer("courtProceedings", "no").answer("raisedBefore", "yes")
                .receivedOn(LocalDate.ofInstant(CLOCK.instant(), ZoneId.of("Europe/London"))).build());
        StaffFixtures.child(ctx, saved.id(), "Sam Example", LocalDate.of(2015, 4, 3));
        ctx.getBean(TriageService.class).triageAndStore(saved, List.of(), false);
        return ref;
    }

    private static MimeMessage one(String subject) throws Exception {
        List<MimeMessage> found = MailTestSupport.await(SMTP::getReceivedMessages, subject, 1, WAIT);
        assertEquals(1, found.size(), subject);
        return found.get(0);
    }

    private static String text(MimeMessage message) throws Exception {
        return MailTestSupport.parts(message).get("text/plain");
    }

    /** The app's clock, set by the test. */
    static final class SetClock extends Clock {
        private volatile Instant now = Instant.parse("2026-12-07T10:00:00Z");

        void at(String instant) {
            now = Instant.parse(instant);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(now, zone);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
