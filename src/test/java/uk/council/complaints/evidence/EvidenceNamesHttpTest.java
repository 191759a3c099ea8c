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

import java.net.http.HttpHeaders;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 20.3: a file is kept, listed and downloaded under the person's name cleaned of control and bidirectional
 * characters, with the extension of the type found from its content; downloads are attachments, with one set of
 * security headers.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "portal.evidence.clamd.host", value = TestClamd.HOST)
@Property(name = "portal.evidence.clamd.port", value = TestClamd.PORT)
class EvidenceNamesHttpTest {
    @Inject
    EmbeddedServer server;
    @Inject
    ApplicationContext ctx;
    @Inject
    CaseRepository cases;
    @Inject
    EvidenceRepository files;

    @BeforeAll
    void clamdIsRunning() {
        TestClamd.requireRunning();
    }

    @Test
    void aPdfNamedAsAProgramIsKeptListedAndDownloadedAsAPdf() {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("complaint-letter.hta", "complaint-letter.pdf");
        expected.put("letter.html", "letter.pdf");
        expected.put("letter from school", "letter from school.pdf");
        expected.put("x\u202Egpj.hta", "xgpj.pdf");
        expected.put("scan.pdf", "scan.png");
        FormClient client = EvidenceHttpTest.onTheEvidencePage(server);
        for (Map.Entry<String, String> name : expected.entrySet()) {
            byte[] content = name.getValue().endsWith(".png") ? EvidenceSamples.png() : EvidenceSamples.pdf();
            assertEquals(303, client.upload(EvidenceHttpTest.PAGE, EvidenceHttpTest.UPLOAD, name.getKey(), content).status());
        }
        String listed = client.get(EvidenceHttpTest.PAGE).html().select(".govuk-summary-list").text();
        for (String name : expected.values()) {
            assertTrue(listed.contains(name), name + " in " + listed);
        }
        assertTrue(!listed.contains(".hta") && !listed.contains(".html") && !listed.contains("\u202E"), listed);

        Journeys.step(client, "documents-and-photos");
        Journeys.step(client, "advocate-for-the-child", "childAdvocate", "no");
        Journeys.step(client, "contact-details", "fullName", "Alex Parent", "preferredContact", "post",
                "address", "1 High Street");
        Journeys.step(client, "communication-needs");
        Journeys.step(client, "equality-monitoring");
        String reference = Journeys.submit(client);
        long caseId = cases.findByReference(reference).orElseThrow().id();
        FormClient officer = StaffFixtures.signedIn(ctx, server.getURI(), StaffRole.OFFICER);
        String casePage = officer.get("/staff/cases/" + reference).html().text();
        List<EvidenceItem> kept = files.listForCase(caseId);
        assertEquals(List.copyOf(expected.values()), kept.stream().map(EvidenceItem::fileName).toList());
        for (EvidenceItem item : kept) {
            assertTrue(casePage.contains(item.fileName()), item.fileName());
            HttpHeaders headers = officer.get("/staff/cases/" + reference + "/evidence/" + item.id()).raw().headers();
            assertEquals("attachment; filename=\"" + item.fileName() + "\"",
                    headers.firstValue("Content-Disposition").orElse("").split("; filename\\*")[0]);
            assertEquals(List.of("nosniff"), headers.allValues("X-Content-Type-Options"), "once");
            assertEquals(List.of("no-store"), headers.allValues("Cache-Control"), "once");
        }
    }

    @Test
    void namesAreCleanedOfControlAndFormatCharactersAndTakeTheContentsExtension() {
        assertEquals("xgpj.hta", EvidenceFiles.cleanName("x\u202Egpj.hta"));
        assertEquals("ab.pdf", EvidenceFiles.cleanName("a\u2066\u200Bb\u0000.pdf"));
        assertEquals("xgpj.pdf", EvidenceFiles.storedName("xgpj.hta", "application/pdf"));
        assertEquals("file.jpg", EvidenceFiles.storedName(".hta", "image/jpeg"));
        assertEquals("notes.v2.docx", EvidenceFiles.storedName("notes.v2.exe",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
        assertEquals(255, EvidenceFiles.storedName("a".repeat(300), "application/pdf").length());
    }
}
