package uk.council.complaints.content;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.council.complaints.web.CouncilProperties;
import uk.council.complaints.web.Messages;

import java.io.IOException;
import java.net.HttpCookie;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest
@Property(name = "portal.retention.closed-case-years", value = "7")
// A straight apostrophe, as in the default service name and address: it must survive into every sentence.
@Property(name = "portal.council.name", value = "St Agnes' Borough Council")
class ContentPagesTest {
    private static final List<String> STATEMENT_SECTIONS = List.of(
            "How accessible this website is",
            "Feedback and contact information",
            "Reporting accessibility problems with this website",
            "Enforcement procedure",
            "Technical information about this website’s accessibility",
            "Compliance status",
            "Non-accessible content",
            "Non-compliance with the accessibility regulations",
            "Disproportionate burden",
            "Content that’s not within the scope of the accessibility regulations",
            "What we’re doing to improve accessibility",
            "Preparation of this accessibility statement");

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    CouncilProperties council;

    @Inject
    Messages messages;

    private HttpResponse<String> get(String path) {
        return client.toBlocking().exchange(path, String.class);
    }

    private Document page(String path) {
        HttpResponse<String> response = get(path);
        assertEquals(HttpStatus.OK, response.getStatus(), path);
        return Jsoup.parse(response.body());
    }

    @ParameterizedTest
    @CsvSource({
            "/help, content.help.title",
            "/contact, content.contact.title",
            "/privacy, content.privacy.title",
            "/privacy/young-people, content.privacyYoung.title",
            "/cookies, content.cookies.title",
            "/feedback, content.feedback.title"})
    void eachPageAnswersWithItsHeadingAndTitle(String path, String titleKey) {
        Document doc = page(path);
        String heading = messages.get(titleKey);
        assertFalse(heading.equals(titleKey), "the content bundle is registered: " + titleKey);
        assertEquals(1, doc.select("h1").size(), path);
        assertEquals(heading, doc.selectFirst("h1").text(), path);
        assertTrue(doc.title().startsWith(heading + " - "), doc.title());
    }

    @Test
    void accessibilityStatementIsNamedForTheService() {
        Document doc = page("/accessibility");
        assertEquals("Accessibility statement for " + council.getServiceName(), doc.selectFirst("h1").text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/help", "/contact", "/accessibility", "/privacy", "/privacy/young-people", "/cookies", "/feedback"})
    void everyPageHasTheFooterLinksTheExitButtonAndNoMissingText(String path) {
        HttpResponse<String> response = get(path);
        Document doc = Jsoup.parse(response.body());
        Set<String> footerLinks = doc.select("footer a[href]").stream().map(a -> a.attr("href")).collect(Collectors.toSet());
        assertTrue(footerLinks.containsAll(List.of("/help", "/contact", "/accessibility", "/privacy", "/cookies")), path + " " + footerLinks);
        Element exit = doc.selectFirst(".govuk-exit-this-page a.govuk-exit-this-page__button");
        assertNotNull(exit, path);
        assertTrue(exit.text().contains("Exit this page"), exit.text());
        assertEquals(council.getExitPageUrl(), exit.attr("href"));
        assertNotNull(doc.selectFirst("a.govuk-skip-link[href=#main-content]"), path);
        assertFalse(response.body().contains("??"), path + " has a message key with no text");
        assertFalse(response.body().contains("content."), path + " shows a raw message key");
        assertEquals("en-GB", doc.selectFirst("html").attr("lang"));
    }

    @Test
    void phaseBannerFeedbackLinkLeadsToTheFeedbackPage() {
        Document doc = page("/help");
        Element link = doc.selectFirst(".govuk-phase-banner a");
        assertNotNull(link);
        assertEquals("/feedback", link.attr("href"));
        Document feedback = page(link.attr("href"));
        String text = feedback.select("main").text();
        assertTrue(text.contains(council.getPhone()), text);
        assertNotNull(feedback.selectFirst("main a[href=mailto:" + council.getEmail() + "]"));
    }

    @Test
    void contactPageGivesTheTeamsDetailsAndWhatToDoIfAChildIsAtRisk() {
        Document doc = page("/contact");
        String text = doc.select("main").text();
        assertTrue(text.contains(council.getPhone()), text);
        assertTrue(text.contains(council.getAddress()), text);
        assertTrue(text.contains(council.getOpeningHours()), text);
        assertNotNull(doc.selectFirst("main a[href=mailto:" + council.getEmail() + "]"));
        assertTrue(text.contains("call 999"), text);
        assertTrue(text.contains(council.getFrontDoorPhone()), text);
        assertTrue(text.contains(council.getEmergencyDutyPhone()), text);
        // The risk help comes before the team's ordinary contact details.
        assertTrue(text.indexOf("999") < text.indexOf(council.getAddress()), text);
    }

    @Test
    void helpPageCoversContactAdvocacyQuickExitAndInterpreters() {
        Document doc = page("/help");
        String text = doc.select("main").text();
        assertTrue(text.contains(council.getPhone()), text);
        assertNotNull(doc.selectFirst("main a[href=mailto:" + council.getEmail() + "]"));
        assertNotNull(doc.selectFirst("main a[href=/advocacy]"));
        assertNotNull(doc.selectFirst("main a[href=/contact]"));
        assertTrue(text.contains("Exit this page"), text);
        assertTrue(text.contains("Shift key 3 times"), text);
        assertTrue(text.contains("British Sign Language"), text);
        assertTrue(text.contains("Easy Read"), text);
        assertTrue(text.contains("interpreter"), text);
    }

    @Test
    void accessibilityStatementHasEverySectionOfTheSampleStatement() {
        Document doc = page("/accessibility");
        List<String> headings = doc.select("main h2, main h3").eachText();
        assertEquals(STATEMENT_SECTIONS, headings.stream().filter(STATEMENT_SECTIONS::contains).toList(),
                "sections in the sample statement’s order: " + headings);
        String text = doc.select("main").text();
        assertTrue(text.contains("partially compliant with the Web Content Accessibility Guidelines version 2.2 AA standard"), text);
        assertTrue(text.contains("Equality and Human Rights Commission (EHRC)"), text);
        assertTrue(text.contains("Equality Advisory and Support Service (EASS)"), text);
        assertTrue(text.contains("prepared on 22 November 2026"), text);
        assertTrue(text.contains("axe-core"), text);
        assertTrue(text.contains(council.getName()), text);
        assertTrue(text.contains(council.getPhone()), text);
        assertNotNull(doc.selectFirst("main a[href=mailto:" + council.getEmail() + "]"));
    }

    @Test
    void statementInTheAccessibilityFolderHasTheSameSectionsAsThePage() throws IOException {
        List<String> pageHeadings = page("/accessibility").select("main h2, main h3").eachText();
        List<String> fileHeadings = Files.readAllLines(Path.of("accessibility", "accessibility-statement.md")).stream()
                .filter(line -> line.startsWith("## ") || line.startsWith("### "))
                .map(line -> line.replaceFirst("^#+ ", ""))
                .toList();
        assertEquals(pageHeadings, fileHeadings);
    }

    @Test
    void cookiesPageListsBothEssentialCookiesInATable() {
        Document doc = page("/cookies");
        Element table = doc.selectFirst("main table.govuk-table");
        assertNotNull(table);
        assertNotNull(table.selectFirst("caption"));
        List<String> names = table.select("tbody tr > :first-child").eachText();
        assertEquals(List.of("portal-draft", "portal-csrf"), names);
        assertNull(doc.selectFirst(".govuk-cookie-banner"), "only essential cookies, so no banner");
    }

    @Test
    void everyCookieAPageSetsIsListedOnTheCookiesPage() {
        HttpResponse<String> response = get("/cookies");
        List<String> listed = Jsoup.parse(response.body()).select("main tbody tr > :first-child").eachText();
        List<String> set = response.getHeaders().getAll("Set-Cookie").stream()
                .flatMap(header -> HttpCookie.parse(header).stream()).map(HttpCookie::getName).toList();
        assertFalse(set.isEmpty(), "a GET issues the form security cookie");
        assertTrue(listed.containsAll(set), "set " + set + ", listed " + listed);
    }

    @Test
    void councilDetailsKeepTheirApostrophesInsideSentences() {
        String statement = page("/accessibility").select("main").text();
        assertTrue(statement.contains("This website is run by St Agnes' Borough Council."), statement);
        assertTrue(statement.contains("St Agnes' Borough Council is committed"), statement);
        String privacy = page("/privacy").select("main").text();
        assertTrue(privacy.contains("St Agnes' Borough Council is responsible"), privacy);
        assertTrue(privacy.contains(council.getAddress()) && council.getAddress().contains("'"), privacy);
    }

    @Test
    void privacyNoticeGivesTheDpoEmailTheRetentionPeriodFromConfigAndTheYoungPeoplesVersion() {
        Document doc = page("/privacy");
        assertNotNull(doc.selectFirst("main a[href=mailto:" + council.getDpoEmail() + "]"));
        assertTrue(doc.select("main").text().contains(council.getDpoEmail()));
        String retention = doc.selectFirst("#retention").text();
        assertTrue(retention.contains("for 7 years after it is closed"), retention);
        assertNotNull(doc.selectFirst("main a[href=/privacy/young-people]"));
        String text = doc.select("main").text();
        assertTrue(text.contains("Children Act 1989 Representations Procedure (England) Regulations 2006"), text);
        assertTrue(text.contains("Article 6(1)(e)"), text);
        assertTrue(text.contains("Article 9(2)(g)"), text);
        assertTrue(text.contains("Local Government and Social Care Ombudsman"), text);
        assertTrue(text.contains("Information Commissioner’s Office (ICO)"), text);
    }

    @Test
    void youngPeoplesPrivacyNoticeUsesTheSameRetentionPeriod() {
        Document doc = page("/privacy/young-people");
        String retention = doc.selectFirst("#retention").text();
        assertTrue(retention.contains("7 years"), retention);
        assertNotNull(doc.selectFirst("main a[href=mailto:" + council.getDpoEmail() + "]"));
        assertNotNull(doc.selectFirst("main a[href=/privacy]"));
    }

    @Test
    void retentionDefaultsToSixYears() {
        assertEquals(6, new uk.council.complaints.retention.RetentionProperties().getClosedCaseYears());
    }
}
