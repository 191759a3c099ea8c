package uk.council.complaints.casework;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import uk.council.complaints.casework.stage.StageRecords;
import uk.council.complaints.casework.stage.StageRepositories;
import uk.council.complaints.intake.StaffIntakeHttpTest;
import uk.council.complaints.journey.SubmissionKind;
import uk.council.complaints.support.FormClient;
import uk.council.complaints.triage.Queue;
import uk.council.complaints.triage.store.StoredTriage;
import uk.council.complaints.triage.store.TriageService;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.council.complaints.casework.CaseWalk.done;
import static uk.council.complaints.casework.CaseWalk.status;

/**
 * Issue 21: a corporate complaint's natures are the corporate list ({@code portal.corporate.natures}), a statutory
 * complaint's the statutory list; the forms that choose a nature offer the case's list, and the server refuses a code
 * of the other list (422, on the field, what was given kept). The holiday activity fund is a corporate service.
 */
@MicronautTest(transactional = false)
class CorporateNaturesHttpTest {
    static final MovableClock CLOCK = new MovableClock();
    @Inject
    EmbeddedServer server;
    @Inject
    ApplicationContext ctx;

    @MockBean(Clock.class)
    Clock clock() {
        return CLOCK;
    }

    @Test
    void aHolidayActivityFundComplaintIsCorporateWithItsReason() {
        CaseWalk w = walk();
        String c = corporate(w);
        StoredTriage t = ctx.getBean(TriageService.class).find(w.id(c)).orElseThrow();
        assertEquals(Queue.CORPORATE, t.queue());
        assertTrue(t.reasons().contains(new StoredTriage.StoredReason("queue.corporate.service",
                "Corporate: the service chosen was the holiday activity fund")), t.reasons().toString());
        assertEquals("Early Help and Family Support", t.team(), "routed by portal.routing");
    }

    @Test
    void correctingACorporateIssueOffersTheCorporateNaturesAndRefusesAStatutoryOne() {
        CaseWalk w = walk();
        String c = corporate(w);
        FormClient officer = w.officer();
        List<String> offered = officer.get(c + "/correct-issue").html().select("input[name=nature] + label").eachText();
        assertTrue(offered.containsAll(List.of("Council policy", "Charges or fees", "Delay")), offered.toString());
        assertFalse(offered.contains("Placement"), offered.toString());

        FormClient.Page refused = officer.post(c + "/correct-issue", "issue", "1", "nature", "placement", "reason", "Misheard.");
        status(422, refused);
        Document page = refused.html();
        String error = "“Placement” is a nature of statutory complaints. This is a corporate complaint: select one of the"
                + " corporate natures";
        assertEquals(List.of(error), page.select(".govuk-error-summary a[href=#nature]").eachText());
        assertTrue(page.select("#nature-error").text().contains(error), page.select(".govuk-form-group--error").text());
        assertEquals("placement", page.select("input[name=nature][checked]").val(), "what was given is kept");
        assertEquals("Misheard.", page.select("textarea[name=reason]").text());
        assertEquals("policy", issues(w, c).get(0).nature(), "nothing stored");

        done(officer.post(c + "/correct-issue", "issue", "1", "nature", "charges", "reason", "Misheard."), c, "correct-issue");
        assertEquals("charges", issues(w, c).get(0).nature());
    }

    @Test
    void correctingAStatutoryIssueRefusesACorporateNature() {
        CaseWalk w = walk();
        String c = w.complaint(LocalDate.of(2027, 5, 3), "email", "children-in-care");
        FormClient officer = w.officer();
        assertFalse(officer.get(c + "/correct-issue").html().select("input[name=nature] + label").eachText()
                .contains("Council policy"));
        FormClient.Page refused = officer.post(c + "/correct-issue", "issue", "1", "nature", "policy", "reason", "Misheard.");
        status(422, refused);
        assertTrue(refused.html().select("#nature-error").text().contains("“Council policy” is a nature of corporate"
                + " complaints. This is a statutory complaint"), refused.html().select("#nature-error").text());
    }

    @Test
    void recordingACorporateComplaintsIssuesOffersTheCorporateListAndRefusesAStatutoryNature() {
        CaseWalk w = walk();
        String c = corporate(w);
        FormClient officer = w.officer();
        List<String> offered = officer.get(c + "/issues").html().select("#issue-2-nature option").eachAttr("value");
        assertTrue(offered.contains("policy") && !offered.contains("safeguarding"), offered.toString());

        FormClient.Page refused = officer.post(c + "/issues", "issue-1-nature", "policy", "issue-2-nature", "safeguarding",
                "issue-2-summary", "Said on the phone");
        status(422, refused);
        Document page = refused.html();
        assertEquals(List.of("Issue 2: “Safeguarding” is a nature of statutory complaints. This is a corporate complaint:"
                + " choose one of the corporate natures"), page.select(".govuk-error-summary a[href=#issue-2-nature]").eachText());
        assertEquals("safeguarding", page.select("#issue-2-nature option[selected]").val(), "what was given is kept");
        assertEquals("Said on the phone", page.select("#issue-2-summary").val());
        assertEquals(1, issues(w, c).size(), "nothing stored");
    }

    @Test
    void staffIntakeAcceptsTheNaturesOfTheProcedureTheServiceLeadsTo() {
        CaseWalk w = walk();
        FormClient officer = w.officer();
        List<String> first = StaffIntakeHttpTest.first("complaint", "parent", "phone", LocalDate.of(2027, 5, 7));
        List<String> details = new ArrayList<>(StaffIntakeHttpTest.complaint("sam@example.org", "issue-1-nature", "placement"));
        details.set(details.indexOf("children-in-care"), "holiday-activity-fund");

        FormClient.Page refused = intake(officer, first, details);
        status(422, refused);
        assertEquals(List.of("Issue 1: “Placement” is a nature of statutory complaints. This is a corporate complaint:"
                + " choose one of the corporate natures"), refused.html().select(".govuk-error-summary a[href=#issue-1-nature]").eachText());
        assertEquals("placement", refused.html().select("#issue-1-nature option[selected]").val(), "what was given is kept");

        details.set(details.indexOf("placement"), "policy");
        String reference = StaffIntakeHttpTest.enter(officer, first, details);
        long id = ctx.getBean(uk.council.complaints.cases.CaseRepository.class).findByReference(reference).orElseThrow().id();
        assertEquals(Queue.CORPORATE, ctx.getBean(TriageService.class).find(id).orElseThrow().queue());
        assertEquals("policy", ctx.getBean(StageRepositories.Issues.class).findByCaseIdOrderByPosition(id).get(0).nature());
    }

    /** Both intake pages posted as an officer fills them in; the answer to the second. */
    private static FormClient.Page intake(FormClient officer, List<String> first, List<String> details) {
        officer.get("/staff/new");
        FormClient.Page form = officer.get(officer.post("/staff/new", first.toArray(String[]::new)).location());
        List<String> all = new ArrayList<>(List.of("csrfToken", officer.csrfToken()));
        form.html().select("input[type=hidden]").stream().filter(h -> !h.attr("name").equals("csrfToken"))
                .forEach(h -> all.addAll(List.of(h.attr("name"), h.attr("value"))));
        all.addAll(details);
        return officer.postRaw("/staff/new/details", all.toArray(String[]::new));
    }

    /** A walk on Monday 10 May 2027. */
    private CaseWalk walk() {
        CaseWalk w = new CaseWalk(ctx, server, CLOCK);
        w.on(LocalDate.of(2027, 5, 10));
        return w;
    }

    /** A complaint about the holiday activity fund with one corporate issue (council policy); its case path. */
    private static String corporate(CaseWalk w) {
        return "/staff/cases/" + w.store(SubmissionKind.COMPLAINT, LocalDate.of(2027, 5, 3), "email", "holiday-activity-fund",
                List.of(new StageRecords.Issue(null, 0, 1, "policy", null, null))).reference();
    }

    private List<StageRecords.Issue> issues(CaseWalk w, String c) {
        return ctx.getBean(StageRepositories.Issues.class).findByCaseIdOrderByPosition(w.id(c));
    }
}
