package uk.council.complaints.feedback;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.council.complaints.staff.StaffFixtures;
import uk.council.complaints.staff.StaffRole;
import uk.council.complaints.support.FormClient;
import uk.council.complaints.web.ClockFactory;

import java.time.Clock;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The feedback form: two questions, stored with the month and the journey kind only, read by managers. */
@MicronautTest(transactional = false)
class FeedbackHttpTest {
    @Inject
    EmbeddedServer server;
    @Inject
    ApplicationContext context;
    @Inject
    ServiceFeedbackRepository repository;
    @Inject
    Clock clock;

    @Test
    void feedbackIsStoredWithTheMonthAndJourneyOnlyAndShownToManagers() {
        FormClient client = new FormClient(server.getURI());
        FormClient.Page form = client.get("/feedback?kind=callback");
        assertEquals(200, form.status());
        assertEquals("callback", form.html().selectFirst("input[name=kind]").attr("value"));
        String words = "The date boxes were hard to use " + System.nanoTime();
        FormClient.Page sent = client.submitFrom("/feedback?kind=callback", "/feedback", "kind", "callback",
                "feedbackEase", "difficult", "feedbackBetter", words);
        assertEquals(303, sent.status());
        assertEquals("/feedback/thanks", sent.location());
        assertEquals(200, client.get("/feedback/thanks").status());

        ServiceFeedback stored = repository.findTop500OrderByIdDesc().stream().filter(f -> words.equals(f.better()))
                .findFirst().orElseThrow();
        assertEquals("callback", stored.journey());
        assertEquals("difficult", stored.ease());
        assertEquals(ClockFactory.today(clock).withDayOfMonth(1), stored.feedbackMonth());

        FormClient officer = StaffFixtures.signedIn(context, server.getURI(), StaffRole.OFFICER);
        assertEquals(403, officer.get("/staff/feedback").status(), "managers only");
        FormClient manager = StaffFixtures.signedIn(context, server.getURI(), StaffRole.MANAGER);
        FormClient.Page page = manager.get("/staff/feedback");
        assertEquals(200, page.status());
        assertTrue(page.html().text().contains(words));
        assertTrue(page.html().text().contains("A call-back request"));
    }

    @Test
    void badInputIsAnsweredWithThePageAndWhatWasTypedKept() {
        FormClient client = new FormClient(server.getURI());
        String tooLong = "a".repeat(1201);
        FormClient.Page bad = client.submitFrom("/feedback", "/feedback", "feedbackBetter", tooLong, "kind", "<b>x</b>");
        assertEquals(422, bad.status());
        assertTrue(bad.title().startsWith("Error: "));
        assertEquals(List.of("Select how easy it was to use this service",
                "What could be better must be 1,200 characters or fewer: you have 1,201"),
                bad.html().select(".govuk-error-summary a").eachText());
        assertEquals(tooLong, bad.html().selectFirst("textarea[name=feedbackBetter]").wholeText().strip());
        assertEquals("none", bad.html().selectFirst("input[name=kind]").attr("value"), "only a known journey kind");

        FormClient.Page offList = client.submitFrom("/feedback", "/feedback", "feedbackEase", "brilliant");
        assertEquals(422, offList.status());
        assertEquals(403, client.postRaw("/feedback", "feedbackEase", "easy").status(), "no CSRF token, refused");
    }
}
