package uk.council.complaints.report;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import uk.council.complaints.staff.StaffFixtures;
import uk.council.complaints.staff.StaffMember;
import uk.council.complaints.support.FormClient;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What leaves the team: the PDF and the spreadsheet agree with the page "for publication", never show a count
 * from 1 to 4, carry the narrative; the PDF is tagged, titled and in English; every view and download is audited.
 */
@MicronautTest(transactional = false)
@Property(name = "report.sample-figures", value = "true")
class ReportDocumentsHttpTest {
    @Inject
    EmbeddedServer server;
    @Inject
    ApplicationContext ctx;

    @Test
    void thePdfAndSpreadsheetAgreeWithThePublishedPageAndNeverShowASmallCount() throws Exception {
        String period = "from=2024-04-01&to=2025-03-31";
        FormClient manager = StaffFixtures.signIn(server.getURI(), ReportHttpTest.manager(ctx).email());
        Document page = manager.get("/staff/reports?" + period + "&publication=yes").html();
        assertEquals(List.of("Call-back requests", "fewer than 5", "fewer than 5", "–"), ReportHttpTest.row(page, "a", "Call-back requests"));
        assertEquals(List.of("2023 to 2024", "fewer than 5", "fewer than 5", "–"), ReportHttpTest.row(page, "b", "2023 to 2024"));
        assertTrue(page.selectFirst("#report-a desc").text().contains("Call-back requests fewer than 5"));
        assertEquals(4, page.select("#report-a svg rect[fill^=url]").size(), "no bar for the hidden count");

        HttpResponse<byte[]> pdf = ReportDownloadsClient.get(server.getURI(), manager, "/staff/reports/annual.pdf?" + period);
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElseThrow());
        String text = ReportDownloadsClient.pdfText(pdf.body());
        HttpResponse<byte[]> xlsx = ReportDownloadsClient.get(server.getURI(), manager, "/staff/reports/annual.xlsx?" + period);
        assertTrue(xlsx.headers().firstValue("Content-Disposition").orElseThrow().contains("annual-report-2024-04-01-to-2025-03-31.xlsx"));
        Map<String, List<List<String>>> sheets = ReportDownloadsClient.sheets(xlsx.body());

        int compared = 0;
        for (Element section : page.select("section.app-report-section")) {
            String heading = section.selectFirst("h3").text();
            List<List<String>> sheet = sheets.entrySet().stream().filter(e -> heading.startsWith(e.getKey().substring(0, 2).trim() + "."))
                    .findFirst().orElseThrow(() -> new AssertionError("no sheet for " + heading + " in " + sheets.keySet())).getValue();
            assertTrue(text.contains(heading), heading);
            assertEquals(heading, sheet.get(0).get(0));
            for (Element tr : section.select("tbody tr")) {
                List<String> cells = tr.children().eachText();
                assertTrue(text.contains(String.join(" ", cells)), () -> cells + " not in the PDF: " + text);
                assertTrue(sheet.contains(cells), () -> cells + " not in the spreadsheet: " + sheet);
                compared++;
            }
        }
        assertEquals(5 + 5 + 2 + 1, compared, "every row of every table was compared");
        // "Stage 3" is a name (in the tables' definitions), not a count
        assertFalse(text.replace("Stage 3", "").matches(".*\\b3\\b.*"), "a count of 3 is never printed: " + text);
        assertTrue(text.contains("fewer than 5"));
        assertFalse(ReportDownloadsClient.numbers(xlsx.body()).contains(3.0), "no 3 stored as a number");
        assertTrue(sheets.values().stream().flatMap(List::stream).flatMap(List::stream).noneMatch(c -> c.replace("Stage 3", "").matches(".*\\b3\\b.*")),
                "no 3 as words either (the definitions under the tables name Stage 3)");
    }

    @Test
    void thePdfIsTaggedTitledInEnglishWithEachChartAnImageWithItsFigures() throws Exception {
        FormClient manager = StaffFixtures.signIn(server.getURI(), ReportHttpTest.manager(ctx).email());
        byte[] body = ReportDownloadsClient.get(server.getURI(), manager, "/staff/reports/annual.pdf?from=2023-04-01&to=2024-03-31").body();
        try (PDDocument pdf = Loader.loadPDF(body)) {
            PDDocumentCatalog catalog = pdf.getDocumentCatalog();
            assertTrue(catalog.getMarkInfo().isMarked(), "tagged PDF");
            assertNotNull(catalog.getStructureTreeRoot(), "structure tree (reading order)");
            assertTrue(catalog.getLanguage().startsWith("en"), catalog.getLanguage());
            assertTrue(pdf.getDocumentInformation().getTitle().startsWith(
                    "Annual report on complaints, compliments and representations: 1 April 2023 to 31 March 2024"),
                    pdf.getDocumentInformation().getTitle());
            assertTrue(catalog.getViewerPreferences().displayDocTitle());
            Map<String, List<String>> tags = new TreeMap<>();
            walk(catalog.getStructureTreeRoot(), tags);
            assertTrue(tags.containsKey("H1") && tags.containsKey("H2") && tags.containsKey("H3"), tags.keySet().toString());
            assertTrue(tags.containsKey("Table") && tags.containsKey("TH") && tags.containsKey("TD"), tags.keySet().toString());
            List<String> figures = tags.getOrDefault("Figure", List.of());
            assertEquals(2, figures.size(), "one image per chart: " + figures);
            assertTrue(figures.stream().anyMatch(alt -> alt.startsWith("Bar chart of Number: Complaints 103;")
                    && alt.contains("Call-back requests fewer than 5")), figures.toString());
            assertTrue(figures.stream().anyMatch(alt -> alt.startsWith("Line chart of Number: 2021 to 2022 80;")), figures.toString());
        }
    }

    @Test
    void theNarrativeIsCheckedSavedWithItsPeriodAndShownInThePagePdfAndSpreadsheet() throws Exception {
        StaffMember account = ReportHttpTest.manager(ctx);
        FormClient manager = StaffFixtures.signIn(server.getURI(), account.email());
        String[] period = {"from", "2019-04-01", "to", "2020-03-31"};
        String q = "from=2019-04-01&to=2020-03-31";
        manager.get("/staff/reports?" + q);
        FormClient.Page bad = manager.postRaw("/staff/reports/narrative", with(period, "csrfToken", manager.csrfToken(),
                "effectiveness", "A bell\u0007rang", "learning", "x".repeat(10_001), "advocacy", "Kept as typed"));
        assertEquals(422, bad.status());
        assertTrue(bad.title().startsWith("Error: "));
        assertEquals(List.of("Effectiveness of the complaints procedure has special characters that cannot be saved: remove them",
                "This must be 10,000 characters or fewer: you have 10,001"), bad.html().select(".govuk-error-summary__list a").eachText());
        assertEquals("Kept as typed", bad.html().selectFirst("textarea#advocacy").val());
        assertEquals(10_001, bad.html().selectFirst("textarea#learning").val().length());
        assertTrue(manager.get("/staff/reports?" + q).html().select(".app-report-narrative").isEmpty(), "nothing was saved");
        assertEquals(403, manager.postRaw("/staff/reports/narrative", with(period, "effectiveness", "No token")).status());

        manager.get("/staff/reports?" + q);
        FormClient.Page saved = manager.postRaw("/staff/reports/narrative", with(period, "csrfToken", manager.csrfToken(),
                "effectiveness", "The procedure worked well.\r\n\r\nMost complaints were answered within 10 working days.",
                "learning", "Foster carers now have a named contact.", "advocacy", ""));
        assertEquals(303, saved.status());
        assertEquals("/staff/reports?" + q + "&saved=yes", saved.location());
        Document page = manager.get(saved.location()).html();
        assertTrue(page.text().contains("The narrative has been saved."));
        assertEquals(List.of("The procedure worked well.", "Most complaints were answered within 10 working days.",
                "Foster carers now have a named contact."), page.select(".app-report-narrative").eachText());
        assertTrue(page.text().contains("Last changed by " + account.name() + " (" + account.email() + ")"), page.text());
        assertTrue(page.text().contains("Not written yet."), "the advocacy summary is still to come");
        assertEquals("Foster carers now have a named contact.", page.selectFirst("textarea#learning").val());

        String pdf = ReportDownloadsClient.pdfText(ReportDownloadsClient.get(server.getURI(), manager, "/staff/reports/annual.pdf?" + q).body());
        assertTrue(pdf.contains("Effectiveness of the complaints procedure The procedure worked well. Most complaints were answered"), pdf);
        assertTrue(pdf.contains("Foster carers now have a named contact."));
        List<List<String>> first = ReportDownloadsClient.sheets(ReportDownloadsClient.get(server.getURI(), manager,
                "/staff/reports/annual.xlsx?" + q).body()).values().iterator().next();
        assertTrue(first.stream().anyMatch(r -> r.get(0).equals("Learning and service improvement")
                && r.get(1).equals("Foster carers now have a named contact.") && r.get(2).contains(account.email())), first.toString());
        assertTrue(manager.get("/staff/reports?from=2018-04-01&to=2019-03-31").html().select(".app-report-narrative").isEmpty(),
                "kept with its own period only");
    }

    @Test
    void everyViewAndDownloadIsAudited() throws Exception {
        StaffMember account = ReportHttpTest.manager(ctx);
        FormClient manager = StaffFixtures.signIn(server.getURI(), account.email());
        String q = "from=2017-04-01&to=2018-03-31";
        manager.get("/staff/reports?" + q);
        manager.get("/staff/reports?" + q + "&publication=yes");
        ReportDownloadsClient.get(server.getURI(), manager, "/staff/reports/annual.pdf?" + q);
        ReportDownloadsClient.get(server.getURI(), manager, "/staff/reports/annual.xlsx?" + q);
        manager.postRaw("/staff/reports/narrative", "csrfToken", manager.csrfToken(), "from", "2017-04-01", "to", "2018-03-31",
                "effectiveness", "Audited.");
        assertEquals(List.of("narrative 2017-04-01 2018-03-31 false", "pdf 2017-04-01 2018-03-31 true",
                "view 2017-04-01 2018-03-31 false", "view 2017-04-01 2018-03-31 true", "xlsx 2017-04-01 2018-03-31 true"),
                audit(account.name() + " (" + account.email() + ")"));
        manager.get("/staff/reports?period=fy-1990");
        assertEquals(5, audit(account.name() + " (" + account.email() + ")").size(), "a refused period shows no report");
    }

    @SuppressWarnings("unchecked")
    private List<String> audit(String actor) {
        TransactionOperations<Connection> tx = ctx.getBean(TransactionOperations.class);
        return tx.executeRead(status -> {
            List<String> rows = new ArrayList<>();
            try (PreparedStatement st = status.getConnection().prepareStatement("select format, period_from, period_to,"
                    + " for_publication from report_access where actor = ? order by format, for_publication")) {
                st.setString(1, actor);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        rows.add(rs.getString(1) + " " + rs.getDate(2) + " " + rs.getDate(3) + " " + rs.getBoolean(4));
                    }
                }
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
            return rows;
        });
    }

    private static void walk(PDStructureNode node, Map<String, List<String>> tags) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e) {
                tags.computeIfAbsent(e.getStructureType(), k -> new ArrayList<>())
                        .add(e.getAlternateDescription() == null ? "" : e.getAlternateDescription());
                walk(e, tags);
            }
        }
    }

    private static String[] with(String[] period, String... pairs) {
        List<String> all = new ArrayList<>(List.of(period));
        all.addAll(List.of(pairs));
        return all.toArray(String[]::new);
    }
}
