package uk.council.complaints.intake;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import uk.council.complaints.report.ReportFigures;
import uk.council.complaints.report.ReportPeriod;
import uk.council.complaints.report.ReportTable;
import uk.council.complaints.staff.StaffFixtures;
import uk.council.complaints.staff.StaffRole;
import uk.council.complaints.support.FormClient;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.council.complaints.intake.StaffIntakeHttpTest.complaint;
import static uk.council.complaints.intake.StaffIntakeHttpTest.enter;
import static uk.council.complaints.intake.StaffIntakeHttpTest.first;

/**
 * Issue 21: equality monitoring answers a person gives on the phone are recorded at staff intake only with their
 * consent (the page says so; answers without it are refused on the page), stored apart from the case as the online
 * answers are (the month and kind only), and counted in the report's equality tables alike. Each count below is the
 * change the answers entered here make, worked out by hand.
 */
@MicronautTest(transactional = false)
class StaffEqualityHttpTest {
    static final Instant NOW = Instant.parse("2026-12-30T10:00:00Z");
    /** A month no other test enters cases in through staff intake. */
    static final LocalDate RECEIVED = LocalDate.of(2026, 2, 10);
    static final ReportPeriod FEBRUARY = new ReportPeriod(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28));
    @Inject
    EmbeddedServer server;
    @Inject
    ApplicationContext ctx;

    @MockBean(Clock.class)
    Clock clock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }

    @Test
    void answersGivenOnThePhoneWithConsentAreKeptApartAndCountedAsOnlineAnswersAre() {
        FormClient officer = StaffFixtures.signedIn(ctx, server.getURI(), StaffRole.OFFICER);
        List<String> firstPage = first("complaint", "parent", "phone", RECEIVED);
        officer.get("/staff/new");
        Document form = officer.get(officer.post("/staff/new", firstPage.toArray(String[]::new)).location()).html();
        String section = form.select("h2:contains(Equality monitoring) + p").text();
        assertTrue(section.contains("only if the person agrees"), section);
        assertTrue(form.select("legend").eachText().contains("Their age"), () -> "the questions in the third person: " + form.select("legend").eachText());

        Map<String, Long> before = counts();
        long rowsBefore = rows();
        // answers without the consent ticked: refused on the page, what was chosen kept
        List<String> noConsent = complaint("sam@example.org", "issue-1-nature", "delay");
        noConsent.addAll(List.of("ageBand", "35-44", "gender", "woman"));
        FormClient.Page refused = post(officer, firstPage, noConsent);
        assertEquals(422, refused.status());
        assertTrue(refused.html().select(".govuk-error-summary").text()
                .contains("Tick that the person agreed to answer the equality questions, or clear their answers"));
        assertTrue(refused.html().select("input[name=ageBand][value=35-44]").hasAttr("checked"));
        assertEquals(rowsBefore, rows(), "nothing stored");

        List<String> withConsent = complaint("sam@example.org", "issue-1-nature", "delay");
        withConsent.addAll(List.of("equalityConsent", "yes", "ageBand", "35-44", "gender", "woman", "disability", "no"));
        String ref = enter(officer, firstPage, withConsent);
        // consent given, nothing answered: nothing to keep
        List<String> consentOnly = complaint("kim@example.org", "issue-1-nature", "delay");
        consentOnly.addAll(List.of("equalityConsent", "yes"));
        enter(officer, firstPage, consentOnly);
        // a compliment has no equality questions: answers posted with it are not kept
        List<String> compliment = new ArrayList<>(List.of("feedbackMessage", "Thank you.", "feedbackTeam",
                "Children in Care and Care Leavers", "feedbackGiver", "carer", "fullName", "Jo Carer", "phone", "07700 900456",
                "preferredContact", "phone", "equalityConsent", "yes", "ageBand", "18-24"));
        enter(officer, first("compliment", "", "phone", RECEIVED), compliment);

        assertEquals(rowsBefore + 1, rows(), "one set of answers kept");
        Map<String, Long> after = counts();
        assertEquals(before.get("N/35-44") + 1, after.get("N/35-44"));
        assertEquals(before.get("N/18-24"), after.get("N/18-24"));
        assertEquals(before.get("N/total") + 1, after.get("N/total"));
        assertEquals(before.get("N-gender/woman") + 1, after.get("N-gender/woman"));
        assertEquals(before.get("N-disability/no") + 1, after.get("N-disability/no"));
        assertEquals(before.get("N-ethnicity/not-answered") + 1, after.get("N-ethnicity/not-answered"));
        // kept apart: nothing on the case page or in its CSV line says them
        Document page = officer.get("/staff/cases/" + ref).html();
        assertFalse(page.text().contains("35 to 44"), "not on the case page");
        FormClient manager = StaffFixtures.signedIn(ctx, server.getURI(), StaffRole.MANAGER);
        String line = manager.get("/staff/queue/export?status=all&via=phone").body().lines().filter(l -> l.startsWith(ref))
                .findFirst().orElseThrow();
        assertFalse(line.contains("35-44") || line.contains("woman"), line);
    }

    private Map<String, Long> counts() {
        List<ReportTable> tables = ctx.getBean(ReportFigures.class).tables(FEBRUARY);
        return tables.stream().filter(t -> t.letter().startsWith("N")).flatMap(t -> t.rows().stream()
                .map(r -> Map.entry(t.letter() + "/" + r.code(), r.figures().get(0).value().longValue())))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private long rows() {
        javax.sql.DataSource ds = ctx.getBean(io.micronaut.jdbc.DataSourceResolver.class).resolve(ctx.getBean(javax.sql.DataSource.class));
        try (var conn = ds.getConnection(); var st = conn.prepareStatement("select count(*) from equality_monitoring");
             var rs = st.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static FormClient.Page post(FormClient officer, List<String> firstPage, List<String> details) {
        List<String> all = new ArrayList<>(List.of("csrfToken", officer.csrfToken()));
        all.addAll(firstPage);
        all.addAll(details);
        return officer.postRaw("/staff/new/details", all.toArray(String[]::new));
    }
}
