package uk.council.complaints.intake;

import uk.council.complaints.support.FormClient;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Answers whole journeys over HTTP, for tests that need a submission to exist. */
public final class Journeys {
    private Journeys() {
    }

    public static void step(FormClient client, String slug, String... pairs) {
        FormClient.Page page = client.post("/form/" + slug, pairs);
        assertEquals(303, page.status(), () -> slug + " was not accepted: " + page.html().select(".govuk-error-summary").text());
    }

    /** A parent's complaint, answered up to check your answers. */
    public static void parentComplaint(FormClient client, String email) {
        step(client, "what-would-you-like-to-do", "purpose", "complaint");
        step(client, "who-are-you", "role", "parent");
        step(client, "is-a-child-at-risk", "riskNow", "no");
        step(client, "about-the-child", "childName", "Sam Example", "childDob-day", "3", "childDob-month", "4", "childDob-year", "2015");
        step(client, "parental-responsibility", "parentalResponsibility", "yes");
        step(client, "call-back-offer", "wantsCallback", "no");
        step(client, "which-service", "service", "children-in-care");
        step(client, "what-happened", "whatHappened", "The social worker did not visit.", "whenHappened-day", "1",
                "whenHappened-month", "9", "whenHappened-year", "2026");
        step(client, "put-it-right", "outcomesSought", "apology", "outcomesSought", "meeting");
        step(client, "court-proceedings", "courtProceedings", "no");
        step(client, "raised-before", "raisedBefore", "yes");
        step(client, "advocate-for-the-child", "childAdvocate", "no");
        step(client, "contact-details", "fullName", "Alex Parent", "email", email, "preferredContact", "email");
        step(client, "communication-needs", "accessNeeds", "interpreter", "interpreterLanguage", "Polish");
        step(client, "equality-monitoring", "ageBand", "35-44", "disability", "prefer-not");
    }

    public static String submit(FormClient client) {
        FormClient.Page sent = client.submitFrom("/form/check", "/form/submit");
        assertEquals(303, sent.status());
        assertEquals("/form/confirmation", sent.location());
        FormClient.Page confirmation = client.get("/form/confirmation");
        assertEquals(200, confirmation.status());
        return confirmation.html().selectFirst(".govuk-panel__body strong").text();
    }
}
