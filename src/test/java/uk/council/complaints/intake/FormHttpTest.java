package uk.council.complaints.intake;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.council.complaints.cases.CaseChoiceRepository;
import uk.council.complaints.cases.CaseRepository;
import uk.council.complaints.cases.SubmittedCase;
import uk.council.complaints.support.FormClient;
import uk.council.complaints.timeline.CaseEvent;
import uk.council.complaints.timeline.CaseTimeline;
import uk.council.complaints.triage.store.StoredTriage;
import uk.council.complaints.triage.store.TriageService;
import uk.council.complaints.web.Messages;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.council.complaints.intake.Journeys.step;

/** Bad input over HTTP: a clear page, nothing lost, nothing invalid stored, never a 500. */
@MicronautTest(transactional = false)
class FormHttpTest {
    @Inject
    EmbeddedServer server;
    @Inject
    CaseRepository cases;
    @Inject
    uk.council.complaints.cases.CaseChildRepository childRows;
    @Inject
    CaseChoiceRepository choices;
    @Inject
    DraftRepository draftRepository;
    @Inject
    EqualityRepository equality;
    @Inject
    CaseTimeline timeline;
    @Inject
    TriageService triageService;
    @Inject
    Messages messages;

    FormClient client;

    @BeforeEach
    void newBrowser() {
        client = new FormClient(server.getURI());
    }

    private void upToTheChild() {
        step(client, "what-would-you-like-to-do", "purpose", "complaint");
        step(client, "who-are-you", "role", "parent");
        step(client, "is-a-child-at-risk", "riskNow", "no");
    }

    @Test
    void aMissingAnswerGetsTheErrorSummaryAnInlineMessageAndKeepsWhatWasGiven() {
        upToTheChild();
        FormClient.Page page = client.post("/form/about-the-child", "childName", "Sam Example");
        assertEquals(400, page.status());
        Document html = page.html();
        assertTrue(page.title().startsWith("Error: "), page.title());
        assertEquals("Enter the child’s date of birth, or their age if you do not know it",
                html.selectFirst(".govuk-error-summary__list a").text());
        assertEquals("#childDob-day", html.selectFirst(".govuk-error-summary__list a").attr("href"));
        assertTrue(html.selectFirst("#childDob-error").text().contains("Enter the child’s date of birth"));
        assertEquals("Sam Example", html.selectFirst("input[name=childName]").val(), "the name given is kept");
    }

    @Test
    void aFutureOrImpossibleDateIsRefusedWithItsOwnMessage() {
        upToTheChild();
        FormClient.Page future = client.post("/form/about-the-child", "childName", "Sam", "childDob-day", "1",
                "childDob-month", "1", "childDob-year", "2099");
        assertEquals(400, future.status());
        assertEquals("Date of birth must be in the past", future.html().selectFirst(".govuk-error-summary__list a").text());
        FormClient.Page impossible = client.post("/form/about-the-child", "childName", "Sam", "childDob-day", "31",
                "childDob-month", "2", "childDob-year", "2015");
        assertTrue(impossible.html().selectFirst(".govuk-error-summary").text().contains("must be a real date"));
    }

    @Test
    void textOverItsLimitIsRefusedNotTruncated() {
        upToTheChild();
        FormClient.Page page = client.post("/form/about-the-child", "childName", "x".repeat(101), "childAge", "7");
        assertEquals(400, page.status());
        assertEquals("Child’s name must be 100 characters or fewer: you have 101", page.html().selectFirst("#childName-error").ownText());
    }

    @Test
    void malformedEmailAndPhoneAreRefused() {
        step(client, "what-would-you-like-to-do", "purpose", "compliment");
        step(client, "your-feedback", "feedbackType", "thanks", "feedbackMessage", "Thank you");
        FormClient.Page page = client.post("/form/contact-details", "fullName", "Sam", "email", "sam@", "phone", "12ab",
                "preferredContact", "email");
        assertEquals(400, page.status());
        String summary = page.html().selectFirst(".govuk-error-summary").text();
        assertTrue(summary.contains("Enter an email address in the correct format"), summary);
        assertTrue(summary.contains("Enter a phone number"), summary);
    }

    @Test
    void anOptionThatIsNotOnTheListIsRefused() {
        FormClient.Page page = client.post("/form/what-would-you-like-to-do", "purpose", "drop table");
        assertEquals(400, page.status());
        assertEquals("Select one of the options", page.html().selectFirst(".govuk-error-summary__list a").text());
    }

    private void upToWhatHappened() {
        upToTheChild();
        step(client, "about-the-child", "childName", "Sam Example", "childAge", "9");
        step(client, "parental-responsibility", "parentalResponsibility", "yes");
        step(client, "call-back-offer", "wantsCallback", "no");
        step(client, "which-service", "service", "children-in-care");
    }

    @Test
    void aLongLetterPastedIntoWhatHappenedComesBackWithBothNumbersAndIsKeptToShorten() {
        upToWhatHappened();
        // The largest paste the request size limit is set for: 100,000 characters of 3 bytes, 900KB encoded.
        String letter = "’".repeat(100_000);
        FormClient.Page page = client.post("/form/what-happened", "whatHappened", letter, "whenHappened-day", "2",
                "whenHappened-month", "3", "whenHappened-year", "2026");
        assertEquals(400, page.status());
        Document html = page.html();
        assertEquals("What happened must be 5,000 characters or fewer: you have 100,000",
                html.selectFirst(".govuk-error-summary__list a").text());
        assertEquals("#whatHappened", html.selectFirst(".govuk-error-summary__list a").attr("href"));
        assertTrue(html.selectFirst("#whatHappened-error").text().endsWith("you have 100,000"));
        assertEquals(letter, html.selectFirst("textarea[name=whatHappened]").wholeText().strip(), "kept to be shortened");
        assertEquals("2", html.selectFirst("input[name=whenHappened-day]").val(), "the date is kept");
    }

    @Test
    void itIsStillHappeningNeedsNoDateButOneOrTheOtherIsAsked() {
        upToWhatHappened();
        FormClient.Page neither = client.post("/form/what-happened", "whatHappened", "The visits stopped");
        assertEquals(400, neither.status());
        assertEquals("Enter when it happened, or select ‘It is still happening’",
                neither.html().selectFirst(".govuk-error-summary__list a").text());
        assertEquals("#whenHappened-day", neither.html().selectFirst(".govuk-error-summary__list a").attr("href"));
        FormClient.Page stillHappening = client.post("/form/what-happened", "whatHappened", "The visits stopped",
                "stillHappening", "yes");
        assertEquals(303, stillHappening.status(), () -> stillHappening.html().select(".govuk-error-summary").text());
        FormClient.Page halfADate = client.post("/form/what-happened", "whatHappened", "The visits stopped",
                "stillHappening", "yes", "whenHappened-month", "3");
        assertEquals(400, halfADate.status(), "a date that is given is still checked");
    }

    @Test
    void markupIsKeptAsTextAndAControlCharacterIsAFieldError() {
        upToWhatHappened();
        FormClient.Page control = client.post("/form/what-happened", "whatHappened", "He said <b>no</b>\u0000 again",
                "stillHappening", "yes");
        assertEquals(400, control.status());
        assertEquals("What happened must only include letters, numbers, spaces and punctuation",
                control.html().selectFirst(".govuk-error-summary__list a").text());
        assertTrue(control.html().select("form b").isEmpty(), "shown as text, never as markup");
        FormClient.Page markup = client.post("/form/what-happened", "whatHappened", "He said <b>no</b> & <script>x</script>",
                "stillHappening", "yes");
        assertEquals(303, markup.status(), "markup on its own is words like any others, and always escaped");
    }

    @Test
    void aComplimentsChoiceIsOnCheckYourAnswers() {
        step(client, "what-would-you-like-to-do", "purpose", "compliment");
        step(client, "your-feedback", "feedbackType", "suggestion", "feedbackMessage", "Longer opening hours");
        step(client, "contact-details", "fullName", "Sam", "email", "sam@example.org", "preferredContact", "email");
        Document check = client.get("/form/check").html();
        assertTrue(check.select(".govuk-summary-list__value").eachText().contains("Make a suggestion"),
                check.select(".govuk-summary-list").text());
        List<String> keys = check.select(".govuk-summary-list__key").eachText();
        assertEquals(keys.size(), new java.util.HashSet<>(keys).size(), "no two rows read the same: " + keys);
    }

    @Test
    void aLaterPageOpenedByAddressSendsThePersonToTheFirstUnansweredOne() {
        FormClient.Page noDraft = client.get("/form/contact-details");
        assertEquals(303, noDraft.status());
        assertEquals("/form/what-would-you-like-to-do", noDraft.location());
        upToTheChild();
        FormClient.Page skipped = client.get("/form/what-happened");
        assertEquals("/form/about-the-child", skipped.location());
        FormClient.Page postSkipped = client.post("/form/what-happened", "whatHappened", "x");
        assertEquals("/form/about-the-child", postSkipped.location(), "answers to an unreachable page are not taken");
        assertEquals("/form/about-the-child", client.get("/form/check").location());
    }

    @Test
    void anUnknownPageIsAFriendlyNotFound() {
        FormClient.Page page = client.get("/form/no-such-page");
        assertEquals(404, page.status());
        assertEquals("Page not found", page.html().selectFirst("h1").text());
    }

    @Test
    void theOldAddressOfTheCourtAndEarlierContactPageLeadsToItsFirstQuestionNeverAnError() {
        Journeys.parentComplaint(client, "alex@example.com");
        FormClient.Page bookmark = client.get("/form/court-and-earlier-contact");
        assertEquals(303, bookmark.status());
        assertEquals("/form/court-proceedings", bookmark.location());
        assertEquals("/form/court-proceedings?change=yes", client.get("/form/court-and-earlier-contact?change=yes").location());
        FormClient.Page oldForm = client.post("/form/court-and-earlier-contact", "courtProceedings", "no", "raisedBefore", "yes");
        assertEquals(303, oldForm.status(), "a page open while the service changed");
        assertEquals("/form/court-proceedings", oldForm.location());

        Document court = client.get("/form/court-proceedings").html();
        assertEquals("Is this part of a court case?", court.selectFirst("h1").text(), "the question is the heading");
        assertEquals(List.of("courtProceedings"), court.select("form input[type=radio]").eachAttr("name").stream().distinct().toList());
        Document check = client.get("/form/check").html();
        assertFalse(check.select("a[href=/form/court-proceedings?change=yes]").isEmpty());
        assertFalse(check.select("a[href=/form/raised-before?change=yes]").isEmpty());
    }

    @Test
    void aPostWithoutAValidTokenGetsAFriendlyHtmlPage() {
        client.get("/form/what-would-you-like-to-do");
        FormClient.Page none = client.postRaw("/form/what-would-you-like-to-do", "purpose", "complaint");
        assertEquals(403, none.status());
        assertTrue(none.raw().headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertEquals("Sorry, we could not save that page", none.html().selectFirst("h1").text());
        FormClient.Page forged = client.postRaw("/form/what-would-you-like-to-do", "csrfToken", "abc.def", "purpose", "complaint");
        assertEquals(403, forged.status());
        FormClient other = new FormClient(server.getURI());
        other.get("/form/what-would-you-like-to-do");
        FormClient.Page stolen = client.postRaw("/form/what-would-you-like-to-do", "csrfToken", other.csrfToken(), "purpose", "complaint");
        assertEquals(403, stolen.status(), "a token only works with the cookie it was issued with");
    }

    @Test
    void aFilledHoneypotIsRejected() {
        FormClient.Page page = client.post("/form/what-would-you-like-to-do", "purpose", "complaint", "website", "http://spam.example");
        assertEquals(400, page.status());
        assertEquals("Sorry, we could not accept that form", page.html().selectFirst("h1").text());
    }

    @Test
    void anExpiredDraftExplainsAndOffersToStartAgain() {
        upToTheChild();
        draftRepository.findAll().forEach(d -> draftRepository.update(d.id(), Instant.now().minusSeconds(1), Instant.now()));
        FormClient.Page page = client.get("/form/about-the-child");
        assertEquals(410, page.status());
        assertEquals("Your answers have been deleted", page.html().selectFirst("h1").text());
        assertNotNull(page.html().selectFirst("a[href=/]"), "a way to start again");
        assertEquals(200, client.get("/form/what-would-you-like-to-do").status(), "starting again works");
    }

    @Test
    void aCompleteComplaintIsStoredInTypedColumnsOnceEvenWhenSentTwice() {
        Journeys.parentComplaint(client, "alex@example.com");
        String reference = Journeys.submit(client);
        assertTrue(reference.matches("[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}"), reference);

        FormClient.Page again = client.postRaw("/form/submit", "csrfToken", client.csrfToken());
        assertEquals("/form/confirmation", again.location());
        assertEquals(reference, client.get("/form/confirmation").html().selectFirst(".govuk-panel__body strong").text(),
                "the second submit gets the same confirmation");

        SubmittedCase stored = cases.findByReference(reference).orElseThrow();
        assertEquals(1, cases.findAll().stream().filter(c -> stored.draftId().equals(c.draftId())).count());
        List<uk.council.complaints.cases.CaseChild> child = childRows.findByCaseIdOrderByPosition(stored.id());
        assertEquals(List.of("Sam Example"), child.stream().map(uk.council.complaints.cases.CaseChild::name).toList());
        assertEquals(java.time.LocalDate.of(2015, 4, 3), child.get(0).dob());
        assertEquals("children-in-care", stored.complaint().service());
        assertEquals("Polish", stored.who().interpreterLanguage());
        assertFalse(stored.complaint().riskNow());
        assertEquals(java.util.Set.of("outcomesSought:apology", "outcomesSought:meeting", "accessNeeds:interpreter"),
                java.util.Set.copyOf(choices.findByKeyCaseId(stored.id()).stream()
                        .map(c -> c.question() + ":" + c.choice()).toList()));
        assertTrue(equality.findAll().iterator().hasNext(), "equality monitoring is stored, apart from the case");
    }

    @Test
    void aNewCasesTimelineStartsWithItsArrivalThenWhereTriagePutIt() {
        Journeys.parentComplaint(client, "timeline@example.com");
        long caseId = cases.findByReference(Journeys.submit(client)).orElseThrow().id();

        List<CaseEvent> events = timeline.events(caseId);
        assertEquals(List.of("submitted", "triaged"), events.stream().map(CaseEvent::eventType).toList());
        assertEquals(CaseTimeline.PUBLIC, events.get(0).actor());
        assertEquals(CaseTimeline.SYSTEM, events.get(1).actor());
        StoredTriage triage = triageService.find(caseId).orElseThrow();
        assertEquals(messages.get("staff.eventDetail.triaged", messages.get("staff.queue." + triage.queue()),
                messages.get("staff.priority." + triage.priority())), events.get(1).detail(), "where triage put it, in words");
    }

    @Test
    void sendingADraftThatTimedOutOnCheckYourAnswersExplainsAndMakesNoCase() {
        Journeys.parentComplaint(client, "late@example.com");
        String token = client.csrfToken();
        long before = cases.count();
        draftRepository.findAll().forEach(d -> draftRepository.update(d.id(), Instant.now().minusSeconds(1), Instant.now()));

        FormClient.Page page = client.postRaw("/form/submit", "csrfToken", token);
        assertEquals(410, page.status());
        assertEquals("Your answers have been deleted", page.html().selectFirst("h1").text());
        assertEquals(before, cases.count(), "no case from a draft that timed out");
    }

    @Test
    void askingForACallBackFromTheStartPageSkipsTheFirstQuestion() {
        FormClient.Page started = client.submitFrom("/", "/form/start-call-back");
        assertEquals("/form/who-are-you", started.location());
        FormClient.Page who = client.get("/form/who-are-you");
        assertEquals("/form/what-would-you-like-to-do", who.html().selectFirst("a.govuk-back-link").attr("href"));
    }

    @Test
    void keepMyAnswersStartsTheIdleTimerAgain() {
        upToTheChild();
        String draftId = java.util.Arrays.stream(client.cookieHeader().split("; "))
                .filter(c -> c.startsWith("portal-draft=")).findFirst().orElseThrow().substring("portal-draft=".length());
        draftRepository.update(draftId, Instant.now().plusSeconds(60), Instant.now());
        FormClient.Page kept = client.submitFrom("/form/about-the-child", "/form/keep-alive", "returnTo", "/form/about-the-child");
        assertEquals("/form/about-the-child", kept.location());
        assertTrue(draftRepository.findById(draftId).orElseThrow().expiresAt().isAfter(Instant.now().plusSeconds(30 * 60)));
        FormClient.Page offSite = client.submitFrom("/form/about-the-child", "/form/keep-alive", "returnTo", "https://evil.example/");
        assertEquals("/form/check", offSite.location(), "never redirects off the site");
    }

    @Test
    void theConfirmationGivesTheDatesInWorkingDays() {
        Journeys.parentComplaint(client, "dates@example.com");
        Journeys.submit(client);
        String text = client.get("/form/confirmation").html().text();
        assertTrue(text.matches(".*received this by (Monday|Tuesday|Wednesday|Thursday|Friday) \\d+ \\w+ \\d{4}.*"), text);
        assertTrue(text.contains("You should get a full answer to your complaint by"), text);
    }
}
