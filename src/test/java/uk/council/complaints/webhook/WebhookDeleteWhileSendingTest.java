package uk.council.complaints.webhook;

import io.micronaut.context.ApplicationContext;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.council.complaints.webhook.Receivers.inTransaction;
import static uk.council.complaints.webhook.Receivers.newCase;
import static uk.council.complaints.webhook.Receivers.token;
import static uk.council.complaints.webhook.Receivers.url;

/**
 * An admin deletes an endpoint at the moment the dispatcher finishes one of its deliveries. The dispatcher's
 * transaction updates the delivery, then the endpoint's failure count (WebhookStore.sent/failed); the delete took the
 * endpoint first and its deliveries by cascade second, and on PostgreSQL the two deadlocked (one of them failed with
 * "deadlock detected"). Here the dispatcher's order is played on a connection of its own, and the delete must wait
 * for it and then succeed.
 */
class WebhookDeleteWhileSendingTest {

    @Test
    void deletingAnEndpointWhileItsDeliveryIsBeingRecordedWaitsInsteadOfDeadlocking() throws Exception {
        try (ApplicationContext ctx = Receivers.start(Map.of())) {
            WebhookAdmin admin = ctx.getBean(WebhookAdmin.class);
            long endpoint = admin.register(url(9), List.of(WebhookEventType.CASE_OVERDUE), "Test admin").id();
            long caseId = newCase(ctx);
            String event = "evt_" + token();
            // A delivery the dispatcher will not claim (failed): only this test's two transactions touch it.
            sql(ctx, "insert into webhook_event (id, event_type, case_id, payload, occurred_at) values ('" + event
                    + "', 'case.overdue', " + caseId + ", '{}', current_timestamp)");
            sql(ctx, "insert into webhook_delivery (endpoint_id, event_id, status, attempts, next_attempt_at, created_at) values ("
                    + endpoint + ", '" + event + "', 'failed', 1, current_timestamp, current_timestamp)");

            CountDownLatch deliveryHeld = new CountDownLatch(1);
            CompletableFuture<Void> dispatcher = CompletableFuture.runAsync(() -> inTransaction(ctx, () -> {
                JdbcOperations jdbc = ctx.getBean(JdbcOperations.class);
                update(jdbc, "update webhook_delivery set last_error = 'refused' where endpoint_id = ?", endpoint);
                deliveryHeld.countDown();
                sleep(1500); // the delete has started and waits
                return update(jdbc, "update webhook_endpoint set failures_in_row = failures_in_row + 1 where id = ?", endpoint);
            }));
            assertTrue(deliveryHeld.await(10, TimeUnit.SECONDS), () -> dispatcher.handle((v, e) -> String.valueOf(e)).join());
            admin.delete(endpoint); // threw "deadlock detected" (PostgreSQL) before

            dispatcher.get(20, TimeUnit.SECONDS); // and the dispatcher's transaction committed
            assertEquals(0L, count(ctx, "select count(*) from webhook_endpoint where id = " + endpoint));
            assertEquals(0L, count(ctx, "select count(*) from webhook_delivery where endpoint_id = " + endpoint));
        }
    }

    private static int update(JdbcOperations jdbc, String statement, long id) {
        return jdbc.prepareStatement(statement, ps -> {
            ps.setLong(1, id);
            return ps.executeUpdate();
        });
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sql(ApplicationContext ctx, String statement) {
        inTransaction(ctx, () -> ctx.getBean(JdbcOperations.class).prepareStatement(statement, ps -> ps.executeUpdate()));
    }

    private static long count(ApplicationContext ctx, String query) {
        return inTransaction(ctx, () -> ctx.getBean(JdbcOperations.class).prepareStatement(query, ps -> {
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }));
    }
}
