package uk.council.complaints.notify;

import io.micronaut.context.ApplicationContext;
import io.micronaut.data.annotation.Query;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.council.complaints.support.GenericPlan;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * On PostgreSQL, a claim reads the due emails in order from the unsent ones' index and stops at its batch
 * (db.migration.V13__HotPathIndexes), rather than sorting every pending email, which during an SMTP outage is all of
 * them: 43 ms a claim with 11,000 waiting (docs/benchmarks.md). (H2 has no partial indexes: nothing to check there.)
 */
@MicronautTest(transactional = false)
class OutboxDueIndexTest {

    @Inject
    ApplicationContext ctx;

    @Test
    void aClaimReadsTheDueEmailsInOrderFromTheUnsentOnesIndex() throws Exception {
        String query = OutboxRepository.class.getMethod("findDueIdsForUpdate", Instant.class, int.class)
                .getAnnotation(Query.class).value();
        String plan = GenericPlan.of(ctx, query, List.of("now", "limit"), "timestamptz, int", "now(), 20", """
                insert into outbox_email (purpose, recipient, subject, text_body, html_body, includes_leaflet, status,
                    attempts, next_attempt_at, created_at)
                select 'acknowledgement', 'plan-' || g || '@example.org', 'Plan', 'Plan', '<p>Plan</p>', false,
                    case when g % 4 = 0 then 'pending' else 'sent' end, 1, now() - g * interval '1 minute', now()
                from generate_series(1, 5000) g""", "outbox_email");
        assertTrue(plan.contains("outbox_email_due_order"), plan);
        assertFalse(plan.contains("Sort"), "read in order, not sorted: " + plan);
    }
}
