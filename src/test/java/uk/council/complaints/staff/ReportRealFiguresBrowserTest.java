package uk.council.complaints.staff;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.council.complaints.report.ReportFixture;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The report page on the real figures of the known fixture (every table A to R, with the wide equality and
 * timescale tables), as staff see it and for publication: axe at desktop width and at 320 px. The other report
 * browser test walks the page's states on sample figures.
 */
@MicronautTest(transactional = false)
class ReportRealFiguresBrowserTest extends StaffBrowser {

    @BeforeAll
    void fixture() {
        ReportFixture.write(ctx);
    }

    /** The PostgreSQL schema is shared by every test class: the fixture goes. */
    @AfterAll
    void removeFixture() {
        ReportFixture.remove(ctx);
    }

    @Test
    void everyTableOfTheFixturesYearWithAndWithoutSmallNumbers() {
        signIn(StaffFixtures.user(ctx, StaffRole.MANAGER));
        click(AriaRole.LINK, "Reports");
        page.getByLabel("Other dates", new Page.GetByLabelOptions().setExact(true)).check();
        dates("Other dates: start date", "1", "4", "2015");
        dates("Other dates: end date", "31", "3", "2016");
        click(AriaRole.BUTTON, "Show the report");
        heading("Annual report");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                .setName("Report for 1 April 2015 to 31 March 2016"))).isVisible();
        Locator typeTable = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions()
                .setName("A. Representations by type: this period, the previous period and the change"));
        Locator complaints = typeTable.getByRole(AriaRole.ROW, new Locator.GetByRoleOptions().setName("Complaint")).first();
        assertThat(complaints.getByRole(AriaRole.CELL).first()).hasText("7");
        axeAtBothWidths("Annual report", "real figures of a year");

        page.getByLabel("Hide small numbers, as the published report does").check();
        click(AriaRole.BUTTON, "Show the report");
        assertThat(complaints.getByRole(AriaRole.CELL).first()).hasText("7");
        assertThat(typeTable.getByRole(AriaRole.ROW, new Locator.GetByRoleOptions().setName("Compliment")).first()
                .getByRole(AriaRole.CELL).first()).hasText("fewer than 5");
        axeAtBothWidths("Annual report", "real figures of a year, for publication");
    }
}
