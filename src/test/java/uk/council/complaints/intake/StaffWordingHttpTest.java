package uk.council.complaints.intake;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.council.complaints.cases.CaseChoice;
import uk.council.complaints.cases.CaseChoiceRepository;
import uk.council.complaints.cases.CaseRepository;
import uk.council.complaints.staff.StaffFixtures;
import uk.council.complaints.staff.StaffRole;
import uk.council.complaints.support.FormClient;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 21: staff pages speak of the person in the third person (not the online form's "I" and "me"), and staff
 * intake takes "Not specified" as the outcome sought, on its own, so staff need not tick "Something else" and explain.
 */
@MicronautTest(transactional = false)
class StaffWordingHttpTest {
    @Inject
    EmbeddedServer server;
    @Inject
    ApplicationContext ctx;

    @MockBean(Clock.class)
    Clock clock() {
        return Clock.fixed(StaffIntakeHttpTest.NOW, ZoneOffset.UTC);
    }

    @Test
    void staffIntakeAsksInTheThirdPersonAndTakesNotSpecified() {
        FormClient officer = StaffFixtures.signIn(server.getURI(), StaffFixtures.user(ctx, StaffRole.OFFICER).email());
        String start = officer.get("/staff/new").html().text();
        assertTrue(start.contains("The young person it is about, or a care leaver"), start);
        assertFalse(start.contains("I am the young person"));

        String details = officer.get("/staff/new/details?kind=complaint&role=parent&receivedVia=email&receivedOn-day=29"
                + "&receivedOn-month=12&receivedOn-year=2026").html().text();
        for (String third : List.of("What would the person like to happen?", "Their complaint investigated", "Money paid back to them",
                "Not specified", "Does the person have parental responsibility?", "Has the person already raised this with the team?")) {
            assertTrue(details.contains(third), third);
        }
        for (String first : List.of("Money paid back to me", "My complaint investigated", "What would you like to happen?",
                "Do you have parental responsibility", "I am not sure", "Have you already raised")) {
            assertFalse(details.contains(first), first);
        }

        List<String> firstPage = StaffIntakeHttpTest.first("complaint", "parent", "phone", LocalDate.of(2026, 12, 29));
        officer.get("/staff/new");
        List<String> both = new ArrayList<>(List.of("csrfToken", officer.csrfToken()));
        both.addAll(firstPage);
        both.addAll(sought("apology", "not-specified"));
        FormClient.Page refused = officer.postRaw("/staff/new/details", both.toArray(String[]::new));
        assertEquals(422, refused.status());
        assertTrue(refused.html().select(".govuk-error-summary").text().contains("Select ‘Not specified’ on its own"));

        String ref = StaffIntakeHttpTest.enter(officer, firstPage, sought("not-specified"));
        long id = ctx.getBean(CaseRepository.class).findByReference(ref).orElseThrow().id();
        assertEquals(List.of("not-specified"), ctx.getBean(CaseChoiceRepository.class).findByKeyCaseId(id).stream()
                .filter(ch -> ch.question().equals("outcomesSought")).map(CaseChoice::choice).toList());
        String casePage = officer.get("/staff/cases/" + ref).html().text();
        assertTrue(casePage.contains("Outcome sought Not specified"), casePage);
    }

    /** A parent's complaint as in {@link StaffIntakeHttpTest#complaint}, with these outcomes sought. */
    private static List<String> sought(String... codes) {
        List<String> given = StaffIntakeHttpTest.complaint("alex@example.org", "issue-1-nature", "delay");
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < given.size(); i += 2) {
            if (!given.get(i).equals("outcomesSought")) {
                pairs.addAll(List.of(given.get(i), given.get(i + 1)));
            }
        }
        for (String code : codes) {
            pairs.addAll(List.of("outcomesSought", code));
        }
        return pairs;
    }
}
