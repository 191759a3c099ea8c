package uk.council.complaints.evidence;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import uk.council.complaints.cases.CaseRepository;
import uk.council.complaints.intake.Journeys;
import uk.council.complaints.staff.StaffFixtures;
import uk.council.complaints.staff.StaffRole;
import uk.council.complaints.support.FormClient;
import uk.council.complaints.support.TestClamd;

import io.micronaut.transaction.TransactionOperations;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Evidence files over HTTP with a real clamd (bin/test starts it with the EICAR test signature). */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "portal.evidence.clamd.host", value = TestClamd.HOST)
@Property(name = "portal.evidence.clamd.port", value = TestClamd.PORT)
class EvidenceHttpTest {
    static final String PAGE = "/form/documents-and-photos";
    static final String UPLOAD = PAGE + "/upload";
    @Inject
    EmbeddedServer server;
    @Inject
    ApplicationContext ctx;
    @Inject
    CaseRepository cases;
    @Inject
    EvidenceRepository files;
    @Inject
    TransactionOperations<Connection> transactions;

    @BeforeAll
    void clamdIsRunning() {
        TestClamd.requireRunning();
    }

    /** A parent's complaint answered up to the evidence page (the page after "court and earlier contact"). */
    static FormClient onTheEvidencePage(EmbeddedServer server) {
        FormClient client = new FormClient(server.getURI());
        Journeys.step(client, "what-would-you-like-to-do", "purpose", "complaint");
        Journeys.step(client, "who-are-you", "role", "parent");
        Journeys.step(client, "is-a-child-at-risk", "riskNow", "no");
        Journeys.step(client, "about-the-child", "childName", "Sam Example", "childAge", "9");
        Journeys.step(client, "parental-responsibility", "parentalResponsibility", "yes");
        Journeys.step(client, "call-back-offer", "wantsCallback", "no");
        Journeys.step(client, "which-service", "service", "children-in-care");
        Journeys.step(client, "what-happened", "whatHappened", "The social worker did not visit.",
                "stillHappening", "yes");
        Journeys.step(client, "put-it-right", "outcomesSought", "apology");
        Journeys.step(client, "court-proceedings", "courtProceedings", "no");
        FormClient.Page raised = client.post("/form/raised-before", "raisedBefore", "yes");
        assertEquals(PAGE, raised.location(), "the evidence page follows the last question about the complaint");
        return client;
    }

    static void refused(FormClient.Page page, String message) {
        assertEquals(422, page.status());
        assertTrue(page.html().select(".govuk-error-summary a[href=#evidence-file]").text().contains(message),
                () -> page.html().select(".govuk-error-summary").text());
        assertTrue(page.html().select("#evidence-file-error").text().contains(message));
    }

    private String draftId(FormClient client) {
        return client.cookieHeader().replaceAll(".*portal-draft=([^;]*).*", "$1");
    }

    @Test
    void theEicarTestFileIsRefusedAsInfectedAndNothingIsStored() {
        FormClient client = onTheEvidencePage(server);
        refused(client.upload(PAGE, UPLOAD, "letter.pdf", EvidenceSamples.eicar()),
                "The selected file contains a virus and has not been attached: letter.pdf");
        assertEquals(0, files.countByDraftId(draftId(client)));
    }

    @Test
    void aCleanPdfIsKeptListedCheckedAndDownloadedByStaffOnlyWithEachDownloadAudited() {
        FormClient client = onTheEvidencePage(server);
        FormClient.Page uploaded = client.upload(PAGE, UPLOAD, "Letter from school.pdf", EvidenceSamples.pdf());
        assertEquals(303, uploaded.status());
        assertTrue(uploaded.location().matches(java.util.regex.Pattern.quote(PAGE) + "\\?uploaded=[0-9]+"),
                uploaded.location());
        // The page after the upload names the file in a success banner; a number not of this draft's files names none.
        assertEquals("Success Letter from school.pdf has been uploaded",
                client.get(uploaded.location()).html().select(".govuk-notification-banner--success[role=alert]").text());
        assertTrue(client.get(PAGE + "?uploaded=" + Long.MAX_VALUE).html().select(".govuk-notification-banner--success").isEmpty());
        FormClient.Page page = client.get(PAGE);
        assertTrue(page.html().select(".govuk-notification-banner--success").isEmpty());
        assertTrue(page.html().select(".govuk-summary-list").text().contains("Letter from school.pdf"));
        assertEquals("Remove Letter from school.pdf", page.html().select("button:contains(Remove)").text());
        Journeys.step(client, "documents-and-photos");
        Journeys.step(client, "advocate-for-the-child", "childAdvocate", "no");
        Journeys.step(client, "contact-details", "fullName", "Alex Parent", "preferredContact", "post",
                "address", "1 High Street");
        Journeys.step(client, "communication-needs");
        Journeys.step(client, "equality-monitoring");
        assertTrue(client.get("/form/check").html().select(".govuk-summary-list").text()
                .contains("Documents and photos Letter from school.pdf"));
        String reference = Journeys.submit(client);
        long caseId = cases.findByReference(reference).orElseThrow().id();
        long fileId = files.listForCase(caseId).get(0).id();
        String download = "/staff/cases/" + reference + "/evidence/" + fileId;

        FormClient.Page anonymous = new FormClient(server.getURI()).get(download);
        assertNotEquals(200, anonymous.status(), "never served to the public");
        assertNotEquals(200, client.get(download).status(), "nor to the person who sent it");

        FormClient officer = StaffFixtures.signedIn(ctx, server.getURI(), StaffRole.OFFICER);
        FormClient.Page casePage = officer.get("/staff/cases/" + reference);
        assertTrue(casePage.html().select("a[href=" + download + "]").text().contains("Letter from school.pdf"));
        FormClient.Page file = officer.get(download);
        assertEquals(200, file.status());
        assertEquals("application/pdf", file.raw().headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertTrue(file.raw().headers().firstValue("Content-Disposition").orElse("").startsWith("attachment;"));
        assertEquals("nosniff", file.raw().headers().firstValue("X-Content-Type-Options").orElse(""));
        assertTrue(file.body().startsWith("%PDF-1.4"));
        assertEquals(200, officer.accepting("application/pdf").get(download).status(), "a request for its own type only");
        officer.accepting(null);
        assertTrue(officer.get("/staff/cases/" + reference).html().text().contains("Attached file downloaded"),
                "the download is on the timeline");

        FormClient manager = StaffFixtures.signedIn(ctx, server.getURI(), StaffRole.MANAGER);
        String csv = manager.get("/staff/queue/export").body();
        List<String> header = List.of(csv.lines().findFirst().orElseThrow().split(","));
        String row = csv.lines().filter(l -> l.startsWith(reference)).findFirst().orElseThrow();
        assertEquals("1", row.split(",")[header.indexOf("evidence_files")]);
    }

    @Test
    void aBodyOverTheServersLimitGetsThePageWithItsErrorAndKeepsTheDraftAndTheFilesAttached() {
        FormClient client = onTheEvidencePage(server);
        assertEquals(303, client.upload(PAGE, UPLOAD, "Letter from school.pdf", EvidenceSamples.pdf()).status());
        // Over micronaut.server.max-request-size (21MB): refused before the file can be read, so not named.
        FormClient.Page page = client.uploadReadingEarly(PAGE, UPLOAD, "Video of the meeting.mp4",
                new byte[22 * 1024 * 1024]);
        assertEquals(413, page.status());
        assertTrue(page.title().startsWith("Error: "), page.title());
        String message = "The selected file must be 10MB or smaller";
        assertEquals(message, page.html().select(".govuk-error-summary a[href=#evidence-file]").text(),
                () -> page.html().select("h1, .govuk-error-summary").text());
        assertTrue(page.html().select("#evidence-file-error").text().endsWith(message));
        assertTrue(page.html().select(".govuk-summary-list").text().contains("Letter from school.pdf"),
                "the files already attached are listed");
        assertEquals(1, files.countByDraftId(draftId(client)), "and kept");
        assertEquals(200, client.get(PAGE).status(), "the draft is kept");
        Journeys.step(client, "documents-and-photos");
    }

    @Test
    void aPngNamedPdfIsKeptAsAPngTheTypeComesFromTheContent() {
        FormClient client = onTheEvidencePage(server);
        assertEquals(303, client.upload(PAGE, UPLOAD, "scan.pdf", EvidenceSamples.png()).status());
        assertEquals("image/png", files.listForDraft(draftId(client)).get(0).contentType());
        refused(client.upload(PAGE, UPLOAD, "notes.pdf", "just some text, not a PDF".getBytes()),
                "The selected file must be a PDF, JPEG, PNG, HEIC or Word document: notes.pdf");
    }

    @Test
    void aFileOver10MbIsRefusedAndEarlierFilesAreKept() {
        FormClient client = onTheEvidencePage(server);
        client.upload(PAGE, UPLOAD, "first.pdf", EvidenceSamples.pdf());
        byte[] big = new byte[11 * 1024 * 1024];
        System.arraycopy(EvidenceSamples.pdf(), 0, big, 0, EvidenceSamples.pdf().length);
        FormClient.Page page = client.upload(PAGE, UPLOAD, "big.pdf", big);
        refused(page, "The selected file must be 10MB or smaller: big.pdf");
        assertTrue(page.html().select(".govuk-summary-list").text().contains("first.pdf"), "earlier files are listed");
        assertEquals(1, files.countByDraftId(draftId(client)));
    }

    @Test
    void aSixthFileIsRefusedAndAFileCanBeRemoved() {
        FormClient client = onTheEvidencePage(server);
        for (int i = 1; i <= 5; i++) {
            assertEquals(303, client.upload(PAGE, UPLOAD, "file" + i + ".png", EvidenceSamples.png()).status());
        }
        FormClient.Page full = client.get(PAGE);
        assertTrue(full.html().select("input[type=file]").isEmpty(), "no upload offered once 5 are attached");
        refused(client.upload(PAGE, UPLOAD, "file6.png", EvidenceSamples.png()),
                "You can only attach 5 files. Remove one to attach a different file");
        assertEquals(5, files.countByDraftId(draftId(client)));

        long first = files.listForDraft(draftId(client)).get(0).id();
        FormClient.Page removed = client.submitFrom(PAGE, PAGE + "/remove/" + first);
        assertEquals(303, removed.status());
        assertEquals(4, files.countByDraftId(draftId(client)));
        assertTrue(!client.get(PAGE).html().select(".govuk-summary-list").text().contains("file1.png"));
    }

    @Test
    void filesGoWithTheCaseByRetentionAndWithTheDraftWhenItExpires() {
        FormClient client = onTheEvidencePage(server);
        client.upload(PAGE, UPLOAD, "kept.pdf", EvidenceSamples.pdf());
        Journeys.step(client, "documents-and-photos");
        Journeys.step(client, "advocate-for-the-child", "childAdvocate", "no");
        Journeys.step(client, "contact-details", "fullName", "Alex Parent", "preferredContact", "post", "address", "1 High St");
        Journeys.step(client, "communication-needs");
        Journeys.step(client, "equality-monitoring");
        long caseId = cases.findByReference(Journeys.submit(client)).orElseThrow().id();
        assertEquals(1, files.countByCaseId(caseId));
        assertEquals(0, files.countByDraftId(draftId(client)), "moved from the draft to the case");
        sql("insert into case_handling (case_id, closed_at) values (?, ?)", caseId,
                Timestamp.from(Instant.now().minus(7 * 366, ChronoUnit.DAYS)));
        // The statement retention.ClosedCaseRetention runs for cases closed longer ago than the retention period.
        assertTrue(cases.deleteClosedBefore(Instant.now().minus(6 * 366, ChronoUnit.DAYS)) >= 1);
        assertEquals(0, files.countByCaseId(caseId), "deleted with the case (foreign key cascade)");

        FormClient drafting = onTheEvidencePage(server);
        drafting.upload(PAGE, UPLOAD, "draft.pdf", EvidenceSamples.pdf());
        assertEquals(1, files.countByDraftId(draftId(drafting)));
        // What DraftStore.deleteExpired does once the draft has expired.
        sql("delete from draft where id = ?", draftId(drafting));
        assertEquals(0, files.countByDraftId(draftId(drafting)), "deleted with the draft");
    }

    private void sql(String statement, Object... args) {
        transactions.executeWrite(status -> {
            try (PreparedStatement st = status.getConnection().prepareStatement(statement)) {
                for (int i = 0; i < args.length; i++) {
                    st.setObject(i + 1, args[i]);
                }
                return st.executeUpdate();
            }
        });
    }

    @Test
    void noFileChosenIsAClearError() {
        FormClient client = onTheEvidencePage(server);
        refused(client.upload(PAGE, UPLOAD, "", new byte[0]), "Select a file to upload");
    }
}
