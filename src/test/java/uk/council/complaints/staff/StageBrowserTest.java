package uk.council.complaints.staff;

import com.microsoft.playwright.options.AriaRole;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import uk.council.complaints.support.FormClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The statutory lifecycle's pages (issue 10) in a real browser, by role and accessible name, with axe at desktop
 * width and at 320 px: the Stage 2 investigator page, the Stage 3 panel's pages and a decision with its error.
 */
@MicronautTest(transactional = false)
class StageBrowserTest extends StaffBrowser {

    @Test
    void theStage2AndStage3PagesAndADecision() {
        FormClient http = StaffFixtures.signedIn(ctx, server.getURI(), StaffRole.OFFICER);
        String stage1 = StaffFixtures.complaint(ctx);
        respondAndClose(http, stage1, "/response", "methods", "written", "finding", "upheld", "outcomes", "explanation");
        String stage2 = escalate(http, stage1);

        signIn(StaffFixtures.user(ctx, StaffRole.OFFICER));
        page.navigate("/staff/cases/" + stage2);
        click(AriaRole.BUTTON, "Name the investigator and independent person");
        heading("Investigating officer and independent person");
        both("Investigating officer and independent person", "normal");
        click(AriaRole.BUTTON, "Save the names");
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter the investigating officer’s name");
        both("Investigating officer and independent person", "error");
        page.getByLabel("Investigating officer’s name").fill("Priya Investigator");
        page.getByLabel("Independent person’s name").fill("Jo Independent");
        click(AriaRole.BUTTON, "Save the names");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("have been saved");

        click(AriaRole.BUTTON, "Decide: proceedings");
        heading("Court or police proceedings");
        click(AriaRole.BUTTON, "Record the decision");
        assertThat(page.locator(".govuk-error-summary")).containsText("Select the decision");
        both("Court or police proceedings", "error");
        page.getByLabel("Paused until the proceedings end").check();
        page.getByLabel("Reason for the decision").fill("Care proceedings are under way.");
        click(AriaRole.BUTTON, "Record the decision");
        assertThat(page.getByRole(AriaRole.HEADING, new com.microsoft.playwright.Page.GetByRoleOptions().setLevel(1)))
                .containsText("Paused");
        both("Case", "Stage 2, paused, with its people");
        click(AriaRole.BUTTON, "Resume after proceedings");
        click(AriaRole.BUTTON, "Resume");

        respondAndClose(http, stage2, "/adjudicate", "finding", "upheld", "outcomes", "explanation");
        String stage3 = escalate(http, stage2);
        page.navigate("/staff/cases/" + stage3);
        click(AriaRole.BUTTON, "Name the review panel");
        heading("Stage 3 review panel");
        both("Stage 3 review panel", "normal");
        page.getByLabel("Chair’s name").fill("Ann Chair");
        page.getByLabel("Second panel member’s name").fill("Jo Independent");
        page.getByLabel("Third panel member’s name").fill("Sam Third");
        click(AriaRole.BUTTON, "Save the panel");
        assertThat(page.locator(".govuk-error-summary")).containsText("may not sit on the review panel");
        both("Stage 3 review panel", "refused: the Stage 2 independent person");
        page.getByLabel("Second panel member’s name").fill("Bea Second");
        click(AriaRole.BUTTON, "Save the panel");

        for (String[] step : new String[][] {{"Record the panel meeting", "Record the meeting"},
                {"Record the panel’s report", "Record the report"}}) {
            click(AriaRole.BUTTON, step[0]);
            heading(step[0]);
            both(step[0], "normal, today filled in");
            click(AriaRole.BUTTON, step[1]);
        }
        click(AriaRole.BUTTON, "Record the council’s response");
        heading("Record the council’s response to the panel");
        click(AriaRole.BUTTON, "Record the response");
        assertThat(page.locator(".govuk-error-summary")).containsText("Select the finding");
        both("Record the council’s response to the panel", "error");
        page.getByLabel("Upheld", new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Explanation", new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true)).check();
        click(AriaRole.BUTTON, "Record the response");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("The council’s response has been recorded.");
        both("Case", "Stage 3 with the panel's dates");

        // Issue 21: the corrections' pages, their error state, and one saved.
        click(AriaRole.BUTTON, "Correct the council’s response");
        heading("Correct the council’s response to the review panel");
        click(AriaRole.BUTTON, "Save the correction");
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter the reason");
        both("Correct the council’s response to the review panel", "error");
        page.getByLabel("Not upheld", new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true)).first().check();
        page.getByLabel("Why is it being corrected?").fill("The finding was typed wrongly.");
        click(AriaRole.BUTTON, "Save the correction");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("The correction has been saved");
        click(AriaRole.BUTTON, "Correct the panel’s report");
        heading("Correct the date of the panel’s report");
        both("Correct the date of the panel’s report", "normal, the recorded date filled in");
        page.navigate("/staff/cases/" + stage3);
        click(AriaRole.BUTTON, "Correct the case details");
        heading("Correct the case details");
        both("Correct the case details", "normal, what is recorded filled in");
    }

    private void both(String pageName, String state) {
        axe(pageName, state);
        page.setViewportSize(320, 640);
        axe(pageName, state + ", 320px");
        assertEquals(Boolean.TRUE, page.evaluate("document.documentElement.scrollWidth <= 320"), "no sideways scroll at 320 px");
        page.setViewportSize(1280, 900);
    }

    private static void respondAndClose(FormClient http, String reference, String action, String... pairs) {
        String c = "/staff/cases/" + reference;
        String[] all = pairs;
        if (action.equals("/adjudicate")) {
            java.time.LocalDate today = java.time.LocalDate.now(uk.council.complaints.web.ClockFactory.COUNCIL_ZONE);
            all = java.util.stream.Stream.concat(java.util.stream.Stream.of(pairs), java.util.stream.Stream.of(
                    "respondedOn-day", String.valueOf(today.getDayOfMonth()), "respondedOn-month",
                    String.valueOf(today.getMonthValue()), "respondedOn-year", String.valueOf(today.getYear())))
                    .toArray(String[]::new);
        }
        assertEquals(303, http.post(c + action, all).status());
        assertEquals(303, http.post(c + "/close").status());
    }

    private String escalate(FormClient http, String reference) {
        String c = "/staff/cases/" + reference;
        assertEquals(303, http.post(c + "/escalate", "reason", "outcomes-not-met", "wantNow", "Look again.", "requestVia", "phone").status());
        String next = http.get(c).html().select("a[href^=/staff/cases/]").eachText().stream()
                .filter(t -> t.matches("[A-Z0-9]{4}-[A-Z0-9]{4}") && !t.equals(reference)).reduce((a, b) -> b).orElseThrow();
        assertTrue(!next.isEmpty());
        return next;
    }
}
