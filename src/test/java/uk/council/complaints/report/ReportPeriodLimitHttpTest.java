package uk.council.complaints.report;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import uk.council.complaints.staff.StaffFixtures;
import uk.council.complaints.staff.StaffRole;
import uk.council.complaints.support.FormClient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 20.4: one period limit (ten years, the CSV's) for every report output. A 41-year period is refused on the
 * page, with the error on its dates and the dates kept, and the PDF and spreadsheet send the manager to that page.
 */
@MicronautTest(transactional = false)
class ReportPeriodLimitHttpTest {
    private static final String LONG = "from=1990-01-01&to=2030-12-31";
    private static final String ERROR = "A report covers at most ten years: choose an end date within ten years of the start date";

    @Inject
    EmbeddedServer server;
    @Inject
    ApplicationContext ctx;

    @Test
    void aFortyOneYearPeriodIsRefusedOnThePagePdfAndSpreadsheet() {
        FormClient manager = StaffFixtures.signedIn(ctx, server.getURI(), StaffRole.MANAGER);
        refusedOnThePage(manager.get("/staff/reports?" + LONG));
        for (String download : new String[] {"/staff/reports/annual.pdf?", "/staff/reports/annual.xlsx?"}) {
            FormClient.Page answer = manager.get(download + LONG);
            assertEquals(303, answer.status(), download);
            assertEquals("/staff/reports?" + LONG, answer.location(), download);
            refusedOnThePage(manager.get(answer.location()));
        }
        FormClient.Page typed = manager.get("/staff/reports?period=dates&from-day=1&from-month=1&from-year=1990"
                + "&to-day=31&to-month=12&to-year=2030");
        refusedOnThePage(typed);
        assertEquals(400, manager.get("/staff/reports/annual.csv?" + LONG).status(), "the CSV's limit, as before");
        assertEquals(200, manager.get("/staff/reports?from=2016-04-01&to=2026-03-31").status(), "ten years are fine");
    }

    private static void refusedOnThePage(FormClient.Page page) {
        assertEquals(422, page.status());
        Document html = page.html();
        assertTrue(page.title().startsWith("Error: "), page.title());
        assertEquals(ERROR, html.select(".govuk-error-summary a[href=#to-day]").text(),
                () -> html.select(".govuk-error-summary").outerHtml());
        assertEquals("1990", html.selectFirst("input[name=from-year]").val(), "the dates are kept");
        assertEquals("2030", html.selectFirst("input[name=to-year]").val());
    }
}
