package uk.council.complaints.importing;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import uk.council.complaints.cases.CaseRepository;
import uk.council.complaints.cases.ImportedCase;
import uk.council.complaints.journey.SubmissionKind;
import uk.council.complaints.staff.StaffFixtures;
import uk.council.complaints.timeline.CaseEventType;
import uk.council.complaints.timeline.CaseTimeline;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 25: a register's historic cases (closed, some taken to Stage 2) send no webhooks for their history, while a
 * case entered as usual does, and so does what happens to an imported case later, to a receiver that wants every case
 * event (okhttp's MockWebServer). Only this test's cases are looked
 * at: on PostgreSQL other tests' endpoints and cases share the schema.
 */
@MicronautTest(transactional = false)
@Property(name = "portal.webhooks.allow-http-hosts", value = "127.0.0.1")
@Property(name = "portal.webhooks.allow-private-hosts", value = "127.0.0.1")
@Property(name = "portal.webhooks.poll-interval", value = "100ms")
@Property(name = "portal.webhooks.initial-delay", value = "10ms")
class ImportWebhooksTest {
    @Inject
    ApplicationContext ctx;

    @Test
    void anImportSendsNoWebhooksButACaseEnteredAsUsualDoes() throws Exception {
        try (MockWebServer receiver = new MockWebServer()) {
            receiver.start(InetAddress.getByName("127.0.0.1"), 0);
            for (int i = 0; i < 50; i++) {
                receiver.enqueue(new MockResponse().setResponseCode(204));
            }
            long endpoint = endpoint("http://127.0.0.1:" + receiver.getPort() + "/hooks/portal");
            try {
                RegisterFixture register = new RegisterFixture(25, 2019, 8, "WH" + System.nanoTime());
                List<Long> made = ctx.getBean(RegisterImport.class).importAll(
                        RegisterReader.read("register.csv", register.csv()),
                        new RowImport.Importer(ImportRegisterTest.manager(ctx), ImportedCase.FILE));
                assertEquals(8 + register.toStage2(), made.size());
                List<String> imported = made.stream()
                        .map(id -> ctx.getBean(CaseRepository.class).findById(id).orElseThrow().reference()).toList();

                // Later, something happens to an imported case: that is news, and is sent.
                ctx.getBean(CaseTimeline.class).record(made.get(0), CaseTimeline.SYSTEM, CaseEventType.RETRIAGED, null);
                String entered = StaffFixtures.store(ctx, SubmissionKind.COMPLAINT, "children-in-care", List.of("apology"));
                long enteredId = ctx.getBean(CaseRepository.class).findByReference(entered).orElseThrow().id();
                ctx.getBean(CaseTimeline.class).record(enteredId, CaseTimeline.SYSTEM, CaseEventType.TRIAGED, null);

                List<String> received = new ArrayList<>();
                while (about(received, entered) == 0 || about(received, imported.get(0)) == 0) {
                    RecordedRequest r = receiver.takeRequest(20, TimeUnit.SECONDS);
                    assertNotNull(r, "the entered case and the later event are delivered; received: " + received);
                    received.add(r.getBody().readString(StandardCharsets.UTF_8));
                }
                assertEquals(1, about(received, imported.get(0)), received.toString());
                assertTrue(received.stream().anyMatch(b -> b.contains("\"type\":\"case.stage_changed\"")
                        && b.contains(imported.get(0))), received.toString());
                for (String reference : imported.subList(1, imported.size())) {
                    assertEquals(0, about(received, reference), reference + " was imported, yet delivered: " + received);
                }
                assertEquals(1L, deliveriesFor(endpoint, made), "only the later event is queued for the imported cases");
            } finally {
                sql("update webhook_endpoint set active = false where id = " + endpoint);
            }
        }
    }

    private static long about(List<String> bodies, String reference) {
        return bodies.stream().filter(b -> b.contains("\"reference\":\"" + reference + "\"")).count();
    }

    /** An endpoint that wants every case event, as the admin page registers it (secret: 24 bytes, base64). */
    private long endpoint(String url) {
        return tx().executeWrite(status -> ctx.getBean(JdbcOperations.class).execute(conn -> {
            try (PreparedStatement st = conn.prepareStatement("insert into webhook_endpoint (url, event_types, secret, active,"
                    + " created_at, created_by) values (?, ?, ?, true, ?, 'Test admin')", new String[]{"id"})) {
                st.setString(1, url);
                st.setString(2, "case.created case.stage_changed case.closed");
                st.setString(3, "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
                st.setObject(4, OffsetDateTime.now(ZoneOffset.UTC));
                st.executeUpdate();
                try (ResultSet keys = st.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        }));
    }

    private long deliveriesFor(long endpoint, List<Long> cases) {
        String ids = String.join(",", cases.stream().map(String::valueOf).toList());
        return tx().executeRead(status -> ctx.getBean(JdbcOperations.class).execute(conn -> {
            try (var st = conn.createStatement(); ResultSet rs = st.executeQuery("select count(*) from webhook_delivery d"
                    + " join webhook_event e on e.id = d.event_id where d.endpoint_id = " + endpoint
                    + " and e.case_id in (" + ids + ")")) {
                rs.next();
                return rs.getLong(1);
            }
        }));
    }

    private void sql(String statement) {
        tx().executeWrite(status -> ctx.getBean(JdbcOperations.class).execute(conn -> {
            try (var st = conn.createStatement()) {
                return st.executeUpdate(statement);
            }
        }));
    }

    @SuppressWarnings("unchecked")
    private TransactionOperations<java.sql.Connection> tx() {
        return ctx.getBean(TransactionOperations.class);
    }
}
