package uk.council.complaints.evidence;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import uk.council.complaints.support.FormClient;
import uk.council.complaints.support.TestClamd;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A scanner configured on a port nobody listens on: a clear error, the answers kept, and no file stored. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScannerUnreachableHttpTest implements TestPropertyProvider {
    @Inject
    EmbeddedServer server;
    @Inject
    EvidenceRepository files;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("portal.evidence.clamd.host", TestClamd.HOST,
                "portal.evidence.clamd.port", String.valueOf(TestClamd.closedPort()),
                "portal.evidence.clamd.timeout", "3s");
    }

    @Test
    void anUnreachableScannerIsAClearErrorAndNothingIsStored() {
        FormClient client = EvidenceHttpTest.onTheEvidencePage(server);
        FormClient.Page page = client.upload(EvidenceHttpTest.PAGE, EvidenceHttpTest.UPLOAD, "letter.pdf", EvidenceSamples.pdf());
        EvidenceHttpTest.refused(page, "We cannot check files for viruses at the moment, so the file has not been attached");
        String draft = client.cookieHeader().replaceAll(".*portal-draft=([^;]*).*", "$1");
        assertEquals(0, files.countByDraftId(draft));
        assertTrue(client.post(EvidenceHttpTest.PAGE).location().endsWith("/form/advocate-for-the-child"),
                "the person can continue without the file; earlier answers are kept");
    }
}
