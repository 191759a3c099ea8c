package uk.council.complaints.webhook;

import io.micronaut.context.ApplicationContext;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;
import uk.council.complaints.web.ClockFactory;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static uk.council.complaints.webhook.Receivers.*;

/**
 * case.overdue comes from a scheduled check of the deadlines the queue shows as passed: once per case per deadline,
 * again when an extended date passes too, never for a paused or closed case.
 */
class OverdueCheckTest {

    @Test
    void aPassedResponseDateIsRaisedOnceAndAnExtendedOneAgain() throws Exception {
        try (ApplicationContext ctx = Receivers.start(Map.of()); MockWebServer server = receiver(0)) {
            server.enqueue(new MockResponse().setResponseCode(200));
            server.enqueue(new MockResponse().setResponseCode(200));
            WebhookEndpoint endpoint = ctx.getBean(WebhookAdmin.class).register(url(server.getPort()),
                    List.of(WebhookEventType.CASE_OVERDUE), "Test admin");
            LocalDate today = ClockFactory.today(ctx.getBean(Clock.class));
            long late = newCase(ctx);
            long paused = newCase(ctx);
            long closed = newCase(ctx);
            long onTime = newCase(ctx);
            for (long id : List.of(late, paused, closed)) {
                responseDue(ctx, id, today.minusDays(3));
            }
            responseDue(ctx, onTime, today);
            sql(ctx, "insert into case_pause (case_id, paused_on, reason) values (" + paused + ", current_date, 'Proceedings')");
            sql(ctx, "update complaint_case set status = 'closed' where id = " + closed);
            OverdueCheck check = ctx.getBean(OverdueCheck.class);

            check.check();
            check.check();
            Map<?, ?> event = ctx.getBean(JsonMapper.class).readValue(body(verified(server, endpoint.secret())), Map.class);
            assertEquals("case.overdue", event.get("type"));
            Map<?, ?> data = (Map<?, ?>) event.get("data");
            assertEquals("response", data.get("deadline"));
            assertEquals(today.minusDays(3).toString(), data.get("due"));
            assertNull(server.takeRequest(1000, TimeUnit.MILLISECONDS), "once, whatever the number of checks");
            assertEquals(1, overdueEvents(ctx, late));
            assertEquals(0, overdueEvents(ctx, paused) + overdueEvents(ctx, closed) + overdueEvents(ctx, onTime));

            responseDue(ctx, late, today.minusDays(1)); // extended, and that date passed too
            check.check();
            Map<?, ?> again = ctx.getBean(JsonMapper.class).readValue(body(verified(server, endpoint.secret())), Map.class);
            assertEquals(today.minusDays(1).toString(), ((Map<?, ?>) again.get("data")).get("due"));
            assertEquals(2, overdueEvents(ctx, late));
            ctx.getBean(WebhookAdmin.class).delete(endpoint.id());
        }
    }

    private static void responseDue(ApplicationContext ctx, long caseId, LocalDate due) {
        inTransaction(ctx, () -> ctx.getBean(JdbcOperations.class).prepareStatement(
                "update case_triage set response_due = ? where case_id = ?", ps -> {
                    ps.setDate(1, Date.valueOf(due));
                    ps.setLong(2, caseId);
                    return ps.executeUpdate();
                }));
    }

    private static void sql(ApplicationContext ctx, String statement) {
        inTransaction(ctx, () -> ctx.getBean(JdbcOperations.class).prepareStatement(statement, ps -> ps.executeUpdate()));
    }

    private static long overdueEvents(ApplicationContext ctx, long caseId) {
        return inTransaction(ctx, () -> ctx.getBean(JdbcOperations.class).prepareStatement(
                "select count(*) from webhook_event where event_type = 'case.overdue' and case_id = ?", ps -> {
                    ps.setLong(1, caseId);
                    try (var rs = ps.executeQuery()) {
                        rs.next();
                        return rs.getLong(1);
                    }
                }));
    }
}
