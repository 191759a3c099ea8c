package uk.council.complaints.staff;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import uk.council.complaints.support.FormClient;

import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Issue 21, defect 1: on a complaint with three issues, each issue's finding is chosen by its label inside its own
 * question, the overall finding too, and each is read back on the case page as chosen (when the ids collided, the
 * label "Upheld" of issue 2 ticked the overall finding's second option and issue 2 had no accessible name).
 */
@MicronautTest(transactional = false)
class FindingsBrowserTest extends StaffBrowser {

    @Test
    void aDifferentFindingForEachOfThreeIssuesIsChosenByLabelAndReadBack() {
        String reference = StaffFixtures.complaint(ctx);
        FormClient http = StaffFixtures.signedIn(ctx, server.getURI(), StaffRole.OFFICER);
        assertEquals(303, http.post("/staff/cases/" + reference + "/issues", "issue-1-nature", "delay",
                "issue-2-nature", "poor-communication", "issue-3-nature", "placement").status());

        signIn(StaffFixtures.user(ctx, StaffRole.OFFICER));
        page.navigate("/staff/cases/" + reference);
        click(AriaRole.BUTTON, "Record the response");
        heading("Record the response");
        axeAtBothWidths("Record the response", "three issues, one finding question each");
        page.getByLabel("Written response").check();
        option("What was the finding?", "Partly upheld").check();
        option("Finding on issue 1: Delay", "Not upheld").check();
        option("Finding on issue 2: Poor communication", "Upheld").check();
        option("Finding on issue 3: Placement", "Partly upheld").check();
        assertThat(option("What was the finding?", "Partly upheld")).isChecked();
        page.getByLabel("Explanation", exact()).check();
        click(AriaRole.BUTTON, "Save the response");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("The response has been recorded.");

        for (String[] row : List.of(new String[] {"Finding", "Partly upheld"}, new String[] {"Issue 1", "Delay Not upheld"},
                new String[] {"Issue 2", "Poor communication Upheld"}, new String[] {"Issue 3", "Placement Partly upheld"})) {
            Locator term = page.getByRole(AriaRole.TERM).filter(new Locator.FilterOptions()
                    .setHasText(java.util.regex.Pattern.compile("^" + row[0] + "$")));
            assertThat(term.locator("xpath=following-sibling::dd[1]")).hasText(row[1],
                    new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions().setUseInnerText(true));
        }
    }

    private Locator option(String legend, String label) {
        return question(legend).getByLabel(label, new Locator.GetByLabelOptions().setExact(true));
    }

    private Locator question(String legend) {
        return page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(legend));
    }

    private static Page.GetByLabelOptions exact() {
        return new Page.GetByLabelOptions().setExact(true);
    }
}
