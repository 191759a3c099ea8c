package uk.council.complaints.staff;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The annual report in a real browser, by role and accessible name: the default year, a period typed wrong then
 * right "for publication", the narrative refused then saved; axe on every state at desktop width and at 320 px.
 */
@MicronautTest(transactional = false)
@Property(name = "report.sample-figures", value = "true")
class ReportBrowserTest extends StaffBrowser {

    @Test
    void theReportItsChosenPeriodAndTheNarrative() {
        signIn(StaffFixtures.user(ctx, StaffRole.MANAGER));
        click(AriaRole.LINK, "Reports");
        heading("Annual report");
        assertThat(page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions()
                .setName("A. Representations by type: this period, the previous period and the change"))).isVisible();
        assertThat(page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName("Chart: Representations by type"))).isVisible();
        assertThat(page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName("Chart: Complaints over five years"))).isVisible();
        axeAtBothWidths("Annual report", "the last complete financial year");

        page.getByLabel("Other dates", new Page.GetByLabelOptions().setExact(true)).check();
        dates("Other dates: start date", "31", "2", "2024");
        dates("Other dates: end date", "31", "12", "2024");
        click(AriaRole.BUTTON, "Show the report");
        assertThat(page.locator(".govuk-error-summary")).containsText("The start date must be a real date");
        assertThat(page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Other dates: start date"))
                .getByLabel("Day")).hasValue("31");
        axeAtBothWidths("Annual report", "error: a start date that is not real");

        dates("Other dates: start date", "1", "1", "2024");
        page.getByLabel("Hide small numbers, as the published report does").check();
        click(AriaRole.BUTTON, "Show the report");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                .setName("Report for 1 January 2024 to 31 December 2024"))).isVisible();
        Locator callbacks = page.getByRole(AriaRole.ROW, new Page.GetByRoleOptions().setName("Call-back requests"));
        assertThat(callbacks.getByRole(AriaRole.CELL).first()).hasText("fewer than 5");
        axeAtBothWidths("Annual report", "other dates, for publication");

        Locator effectiveness = page.getByLabel("Effectiveness of the complaints procedure");
        effectiveness.fill("x".repeat(10_001));
        click(AriaRole.BUTTON, "Save the narrative");
        assertThat(page.locator(".govuk-error-summary")).containsText("This must be 10,000 characters or fewer: you have 10,001");
        axeAtBothWidths("Annual report", "narrative error: too long");

        page.getByLabel("Effectiveness of the complaints procedure").fill("Most complaints were answered on time.");
        page.getByLabel("The advocacy provider’s summary").fill("Twelve young people were helped to complain.");
        click(AriaRole.BUTTON, "Save the narrative");
        assertThat(page.getByRole(AriaRole.ALERT).filter(new Locator.FilterOptions()
                .setHasText("The narrative has been saved."))).isVisible();
        assertThat(page.getByText("Twelve young people were helped to complain.").first()).isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                .setName("Report for 1 January 2024 to 31 December 2024"))).isVisible();
        axeAtBothWidths("Annual report", "narrative saved");
    }
}
