package uk.council.complaints.retention;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.council.complaints.cases.CaseChildRepository;
import uk.council.complaints.cases.CaseChoiceRepository;
import uk.council.complaints.cases.CaseRepository;
import uk.council.complaints.intake.Journeys;
import uk.council.complaints.support.FormClient;
import uk.council.complaints.triage.store.TriageService;

import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Closed cases go once the retention period (6 years by default) has passed, with all that was recorded about them. */
@MicronautTest(transactional = false)
class ClosedCaseRetentionTest {
    @Inject
    EmbeddedServer server;
    @Inject
    ClosedCaseRetention retention;
    @Inject
    CaseRepository cases;
    @Inject
    CaseChoiceRepository choices;
    @Inject
    TriageService triage;
    @Inject
    CaseChildRepository children;
    @Inject
    TransactionOperations<Connection> transactions;

    private long submitAndClose(String email, Instant closedAt) throws Exception {
        FormClient client = new FormClient(server.getURI());
        Journeys.parentComplaint(client, email);
        long id = cases.findByReference(Journeys.submit(client)).orElseThrow().id();
        transactions.executeWrite(status -> {
            try (PreparedStatement insert = status.getConnection()
                    .prepareStatement("insert into case_handling (case_id, closed_at) values (?, ?)")) {
                insert.setLong(1, id);
                insert.setTimestamp(2, Timestamp.from(closedAt));
                return insert.executeUpdate();
            }
        });
        return id;
    }

    @Test
    void aCaseClosedLongerAgoThanTheRetentionPeriodIsDeletedWithItsRecords() throws Exception {
        long old = submitAndClose("old@example.org", Instant.now().minus(7 * 366, ChronoUnit.DAYS));
        long recent = submitAndClose("recent@example.org", Instant.now().minus(30, ChronoUnit.DAYS));

        assertTrue(retention.deleteExpired() >= 1);

        assertTrue(cases.findById(old).isEmpty(), "the old closed case is gone");
        assertTrue(choices.findByKeyCaseId(old).isEmpty(), "with its answers");
        assertTrue(triage.find(old).isEmpty(), "and its triage");
        assertTrue(children.findByCaseIdOrderByPosition(old).isEmpty(), "and its children (case_child)");
        assertEquals(1, children.findByCaseIdOrderByPosition(recent).size());
        assertTrue(cases.findById(recent).isPresent(), "a case closed last month is kept");
    }
}
