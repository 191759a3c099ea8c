package uk.council.complaints.intake;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import uk.council.complaints.cases.CaseRepository;
import uk.council.complaints.staff.StaffFixtures;
import uk.council.complaints.staff.StaffRole;
import uk.council.complaints.support.FormClient;
import uk.council.complaints.timeline.CaseTimeline;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.council.complaints.intake.StaffIntakeHttpTest.enter;
import static uk.council.complaints.intake.StaffIntakeHttpTest.first;
import static uk.council.complaints.intake.StaffIntakeHttpTest.row;

/**
 * Issue 21: staff choose the kind of an enquiry (pre-complaint, ad hoc, Ombudsman enquiry) when they record it, checked
 * on the server; it is stored, shown on the case page, exported, and can be corrected later with the old and new kinds
 * on the timeline. An enquiry recorded before the kind was asked says "Kind not recorded", never a guess.
 */
@MicronautTest(transactional = false)
class EnquiryKindHttpTest {
    static final Instant NOW = Instant.parse("2026-12-30T10:00:00Z");
    @Inject
    EmbeddedServer server;
    @Inject
    ApplicationContext ctx;

    @MockBean(Clock.class)
    Clock clock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }

    @Test
    void theKindIsChosenAtIntakeShownExportedAndCorrectedLater() {
        FormClient officer = StaffFixtures.signedIn(ctx, server.getURI(), StaffRole.OFFICER);
        List<String> firstPage = first("enquiry", "", "phone", LocalDate.of(2026, 12, 29));
        officer.get("/staff/new");
        String details = officer.post("/staff/new", firstPage.toArray(String[]::new)).location();
        Document form = officer.get(details).html();
        assertEquals(List.of("pre-complaint", "ad-hoc", "ombudsman"), form.select("input[name=enquiryKind]").eachAttr("value"),
                "the kinds staff choose from (never 'not recorded')");

        FormClient.Page none = post(officer, firstPage, enquiry());
        assertEquals(422, none.status());
        assertTrue(none.html().select(".govuk-error-summary").text().contains("Select the kind of enquiry"));
        assertEquals("#enquiryKind", none.html().select(".govuk-error-summary a").stream()
                .filter(a -> a.text().equals("Select the kind of enquiry")).findFirst().orElseThrow().attr("href"));
        List<String> madeUp = enquiry();
        madeUp.addAll(List.of("enquiryKind", "weather"));
        assertEquals(422, post(officer, firstPage, madeUp).status(), "a code not on the list is refused");

        List<String> ombudsman = enquiry();
        ombudsman.addAll(List.of("enquiryKind", "ombudsman"));
        String ref = enter(officer, firstPage, ombudsman);
        long id = ctx.getBean(CaseRepository.class).findByReference(ref).orElseThrow().id();
        assertEquals("ombudsman", ctx.getBean(CaseRepository.class).findById(id).orElseThrow().enquiryKind());
        String c = "/staff/cases/" + ref;
        assertEquals("Ombudsman enquiry", row(officer.get(c).html(), "Kind of enquiry"));
        FormClient manager = StaffFixtures.signedIn(ctx, server.getURI(), StaffRole.MANAGER);
        String csv = manager.get("/staff/queue/export?status=all&via=phone").body();
        List<String> header = List.of(csv.lines().findFirst().orElseThrow().split(","));
        List<String> line = List.of(csv.lines().filter(l -> l.startsWith(ref)).findFirst().orElseThrow().split(",", -1));
        assertEquals("ombudsman", line.get(header.indexOf("enquiry_kind")));

        // corrected later: offered on the enquiry, starting from what is recorded; the timeline keeps old and new
        assertTrue(officer.get(c).html().select("a, button").eachText().contains("Correct the kind of enquiry"));
        assertTrue(officer.get(c + "/enquiry-kind").html().select("input[name=enquiryKind][value=ombudsman]").hasAttr("checked"));
        FormClient.Page empty = officer.post(c + "/enquiry-kind");
        assertEquals(422, empty.status());
        assertTrue(empty.html().select(".govuk-error-summary").text().contains("Select the kind of enquiry"));
        assertEquals(422, officer.post(c + "/enquiry-kind", "enquiryKind", "not-recorded").status(),
                "'not recorded' is what the migration says, never a choice");
        FormClient.Page saved = officer.post(c + "/enquiry-kind", "enquiryKind", "pre-complaint");
        assertEquals(303, saved.status());
        assertEquals(c + "?done=enquiry-kind", saved.location());
        assertEquals("Pre-complaint (resolved before a formal complaint)", row(officer.get(c).html(), "Kind of enquiry"));
        assertEquals("Kind of enquiry changed from Ombudsman enquiry to Pre-complaint (resolved before a formal complaint)",
                lastCorrection(id));
    }

    @Test
    void anEnquiryRecordedBeforeTheKindWasAskedSaysSoAndOnlyEnquiriesHaveAKind() throws java.sql.SQLException {
        FormClient officer = StaffFixtures.signedIn(ctx, server.getURI(), StaffRole.OFFICER);
        List<String> adHoc = enquiry();
        adHoc.addAll(List.of("enquiryKind", "ad-hoc"));
        String ref = enter(officer, first("enquiry", "", "letter", LocalDate.of(2026, 12, 28)), adHoc);
        long id = ctx.getBean(CaseRepository.class).findByReference(ref).orElseThrow().id();
        assertEquals("ad-hoc", ctx.getBean(CaseRepository.class).findById(id).orElseThrow().enquiryKind());
        // as V22 leaves an enquiry recorded before it
        javax.sql.DataSource ds = ctx.getBean(io.micronaut.jdbc.DataSourceResolver.class).resolve(ctx.getBean(javax.sql.DataSource.class));
        try (var conn = ds.getConnection(); var st = conn.prepareStatement("update complaint_case set enquiry_kind = 'not-recorded' where id = ?")) {
            st.setLong(1, id);
            st.executeUpdate();
        }
        assertEquals("not-recorded", ctx.getBean(CaseRepository.class).findById(id).orElseThrow().enquiryKind());
        String c = "/staff/cases/" + ref;
        assertEquals("Kind not recorded", row(officer.get(c).html(), "Kind of enquiry"));
        assertTrue(officer.get(c + "/enquiry-kind").html().select("input[name=enquiryKind][checked]").isEmpty(), "nothing guessed");
        assertEquals(303, officer.post(c + "/enquiry-kind", "enquiryKind", "ad-hoc").status());
        assertEquals("Kind of enquiry changed from Kind not recorded to Ad hoc enquiry", lastCorrection(id));

        String complaint = "/staff/cases/" + StaffFixtures.complaint(ctx);
        Document page = officer.get(complaint).html();
        assertFalse(page.select("a, button").eachText().contains("Correct the kind of enquiry"), "a complaint has no kind of enquiry");
        assertEquals("", row(page, "Kind of enquiry"));
        assertEquals(200, officer.get(complaint + "/enquiry-kind").status());
        FormClient.Page refused = officer.post(complaint + "/enquiry-kind", "enquiryKind", "ad-hoc");
        assertEquals(409, refused.status());
        assertTrue(refused.html().text().contains("Only an enquiry has a kind of enquiry."));
    }

    private static List<String> enquiry() {
        return new ArrayList<>(List.of("feedbackMessage", "Is the holiday activity fund open to foster carers?",
                "fullName", "Jo Caller", "phone", "07700 900456", "preferredContact", "phone"));
    }

    private static FormClient.Page post(FormClient officer, List<String> firstPage, List<String> details) {
        officer.get("/staff/new/details?" + String.join("&", pairs(firstPage)));
        List<String> all = new ArrayList<>(List.of("csrfToken", officer.csrfToken()));
        all.addAll(firstPage);
        all.addAll(details);
        return officer.postRaw("/staff/new/details", all.toArray(String[]::new));
    }

    private static List<String> pairs(List<String> list) {
        List<String> q = new ArrayList<>();
        for (int i = 0; i < list.size(); i += 2) {
            q.add(list.get(i) + "=" + list.get(i + 1));
        }
        return q;
    }

    private String lastCorrection(long caseId) {
        return ctx.getBean(CaseTimeline.class).events(caseId).stream().filter(e -> e.eventType().equals("details-corrected"))
                .reduce((a, b) -> b).orElseThrow().detail();
    }
}
