package uk.council.complaints.report;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import uk.council.complaints.staff.StaffFixtures;
import uk.council.complaints.staff.StaffMember;
import uk.council.complaints.staff.StaffRole;
import uk.council.complaints.support.FormClient;
import uk.council.complaints.web.ClockFactory;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The report's page over HTTP: who may see it, every table with the previous period and its chart, the period form. */
@MicronautTest(transactional = false)
@Property(name = "report.sample-figures", value = "true")
class ReportHttpTest {
    static final String YEAR = "from=2025-04-01&to=2026-03-31";
    @Inject
    EmbeddedServer server;
    @Inject
    ApplicationContext ctx;

    @Test
    void officersCannotSeeReportsManagersAndAdminsCan() {
        FormClient officer = StaffFixtures.signedIn(ctx, server.getURI(), StaffRole.OFFICER);
        assertFalse(officer.get("/staff/queue").body().contains("href=\"/staff/reports\""), "no link for officers");
        for (String path : List.of("/staff/reports", "/staff/reports?" + YEAR, "/staff/reports/annual.pdf?" + YEAR,
                "/staff/reports/annual.xlsx?" + YEAR)) {
            assertEquals(403, officer.get(path).status(), path);
        }
        officer.get("/staff/queue");
        assertEquals(403, officer.postRaw("/staff/reports/narrative", "csrfToken", officer.csrfToken(),
                "from", "2025-04-01", "to", "2026-03-31", "effectiveness", "Officers cannot write this").status());
        for (StaffRole role : List.of(StaffRole.MANAGER, StaffRole.ADMIN)) {
            FormClient client = StaffFixtures.signedIn(ctx, server.getURI(), role);
            assertTrue(client.get("/staff/queue").body().contains("href=\"/staff/reports\""), role + " has the link");
            assertEquals(200, client.get("/staff/reports?" + YEAR).status(), role.toString());
            assertEquals(200, ReportDownloadsClient.get(server.getURI(), client, "/staff/reports/annual.pdf?" + YEAR).statusCode());
        }
    }

    @Test
    void theManagerSeesEveryTableBesideThePreviousYearWithChartsAndNoInlineStyleOrScript() {
        FormClient manager = StaffFixtures.signedIn(ctx, server.getURI(), StaffRole.MANAGER);
        Document page = manager.get("/staff/reports?" + YEAR).html();
        assertEquals("Report for 1 April 2025 to 31 March 2026", page.select("h2.govuk-heading-l").first().text());
        assertTrue(page.text().contains("Compared with 1 April 2024 to 31 March 2025"));
        for (String title : List.of("A. Representations by type", "B. Complaints over five years",
                "I. Timescales by quarter", "O. Payments and remedies", "Q. Learning actions")) {
            assertFalse(page.select("section h3:containsOwn(" + title + ")").isEmpty(), title);
        }
        assertEquals(List.of("Complaints", "105", "104", "up 1"), row(page, "a", "Complaints"));
        assertEquals(List.of("Call-back requests", "3", "3", "no change"), row(page, "a", "Call-back requests"));
        assertEquals(List.of("Enquiries", "1,234", "1,234", "no change"), row(page, "a", "Enquiries"));
        assertEquals(List.of("April to June", "87.5%", "87.5%", "no change", "8.8", "8.8", "no change"), row(page, "i", "April to June"));
        assertEquals(List.of("July to September", "90.0%", "90.0%", "no change", "–", "–", "–"), row(page, "i", "July to September"));
        assertEquals(List.of("Payments made", "£1,250.50", "£1,250.50", "no change"), row(page, "o", "Payments made"));
        assertTrue(page.select("#report-q").text().contains("There are no figures for this table in this period."));
        assertTrue(page.select("#report-q table").isEmpty());

        for (Element th : page.select("#main-content th")) {
            assertTrue(List.of("row", "col", "colgroup").contains(th.attr("scope")), "every header has a scope: " + th);
        }
        Element bar = page.selectFirst("#report-a svg[role=img]");
        assertEquals("Chart: Representations by type", bar.selectFirst("title").text());
        assertTrue(bar.selectFirst("desc").text().contains("Call-back requests 3"), bar.selectFirst("desc").text());
        assertFalse(page.select("#report-b svg[role=img] polyline").isEmpty(), "the trend is a line");
        assertTrue(page.select("#report-i svg, #report-o svg, #report-q svg").isEmpty(), "no chart where none is asked for");
        assertTrue(page.select("[style]").isEmpty(), "no style attribute (Content Security Policy)");
        assertTrue(page.select("script:not([src])").isEmpty(), "no inline script");
        assertTrue(page.select("a[href=/staff/reports/annual.pdf?" + YEAR + "]").size() == 1);
    }

    @Test
    void withNothingChosenTheLastCompleteFinancialYearIsShown() {
        LocalDate today = LocalDate.now(ClockFactory.COUNCIL_ZONE);
        int start = (today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1) - 1;
        Document page = StaffFixtures.signedIn(ctx, server.getURI(), StaffRole.MANAGER).get("/staff/reports").html();
        assertEquals("Report for 1 April " + start + " to 31 March " + (start + 1), page.select("h2.govuk-heading-l").first().text());
        assertEquals("fy-" + start, page.selectFirst("input[name=period][checked]").val());
    }

    @Test
    void badDatesAreRefusedWithAClearErrorAndWhatWasTypedIsKept() {
        FormClient manager = StaffFixtures.signedIn(ctx, server.getURI(), StaffRole.MANAGER);
        FormClient.Page bad = manager.get("/staff/reports?period=dates&from-day=31&from-month=2&from-year=2025"
                + "&to-day=1&to-month=3&to-year=2025");
        assertEquals(422, bad.status());
        assertTrue(bad.title().startsWith("Error: "), bad.title());
        assertEquals("The start date must be a real date, like 1 4 2025", bad.html().select(".govuk-error-summary__list a").text());
        assertEquals("#from-day", bad.html().select(".govuk-error-summary__list a").attr("href"));
        assertEquals("31", bad.html().selectFirst("#from-day").val());
        assertEquals("3", bad.html().selectFirst("#to-month").val());
        assertEquals("dates", bad.html().selectFirst("input[name=period][checked]").val());
        assertTrue(bad.html().select("table").isEmpty(), "no report for a period that is not one");

        FormClient.Page backwards = manager.get("/staff/reports?period=dates&from-day=1&from-month=3&from-year=2025"
                + "&to-day=1&to-month=2&to-year=2025");
        assertEquals(422, backwards.status());
        assertTrue(backwards.body().contains("The end date must be the same as or after the start date"));
        assertEquals(422, manager.get("/staff/reports?period=fy-1990").status());

        FormClient.Page range = manager.get("/staff/reports?period=dates&from-day=1&from-month=1&from-year=2025"
                + "&to-day=30&to-month=6&to-year=2025&publication=yes");
        assertEquals(200, range.status());
        assertEquals("Report for 1 January 2025 to 30 June 2025", range.html().select("h2.govuk-heading-l").first().text());
        assertEquals("30", range.html().selectFirst("#to-day").val());
        assertTrue(range.html().selectFirst("input[name=publication]").hasAttr("checked"));
        assertEquals(404, ReportDownloadsClient.get(server.getURI(), manager, "/staff/reports/annual.pdf?from=2025-02-31&to=2025-03-01").statusCode());
        assertEquals(404, ReportDownloadsClient.get(server.getURI(), manager, "/staff/reports/annual.xlsx?from=2025-03-01").statusCode());
    }

    /** The header and cells of a table's row, as the page shows them. */
    static List<String> row(Document page, String letter, String label) {
        Element tr = page.select("#report-" + letter + " tbody tr").stream()
                .filter(r -> r.selectFirst("th").text().equals(label)).findFirst().orElseThrow(() -> new AssertionError(label));
        return tr.children().eachText();
    }

    static StaffMember manager(ApplicationContext ctx) {
        return StaffFixtures.user(ctx, StaffRole.MANAGER);
    }
}
