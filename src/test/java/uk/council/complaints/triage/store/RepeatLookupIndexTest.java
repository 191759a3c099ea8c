package uk.council.complaints.triage.store;

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
 * On PostgreSQL, triage's look-ups at every submit read by index (db.migration.V13__HotPathIndexes): a query whose
 * expression drifted from its index's would scan every case of the last 90 days again. The plans are made over 5,000
 * more cases: on the tests' near-empty table the planner rightly prefers reading the submission-time index backwards.
 * (H2 has no expression indexes: nothing to check there.)
 */
@MicronautTest(transactional = false)
class RepeatLookupIndexTest {
    private static final String CASES = """
            insert into complaint_case (reference, kind, status, submitted_at, submitter_name, preferred_contact,
                still_happening, risk_now, received_on, email, phone, earlier_reference)
            select 'PLAN' || g, case when g % 10 = 0 then 'STAGE2' else 'COMPLAINT' end, 'NEW',
                now() - g * interval '10 minutes', 'Plan Example', 'email', false, false, current_date,
                'plan-' || g || '@example.org', '07700' || lpad(g::text, 6, '0'), 'EARL' || g
            from generate_series(1, 5000) g""";

    @Inject
    ApplicationContext ctx;

    @Test
    void theSamePersonsEarlierCasesAreFoundThroughTheEmailAndPhoneIndexes() throws Exception {
        String plan = GenericPlan.of(ctx, query("findRecentReferences", long.class, long.class, String.class,
                        String.class, String.class, Instant.class),
                List.of("caseId", "madeFrom", "child", "email", "phone", "since"),
                "bigint, bigint, text, text, text, timestamptz", "1, -1, 'sam example', 'a@example.org', '07700900123', now()",
                CASES, "complaint_case");
        assertTrue(plan.contains("complaint_case_email_key"), plan);
        assertTrue(plan.contains("complaint_case_phone_key"), plan);
        assertFalse(plan.contains("Seq Scan on complaint_case"), plan);
    }

    @Test
    void anEarlierStage2RequestIsFoundThroughTheReferenceIndex() throws Exception {
        String plan = GenericPlan.of(ctx, query("findOtherStage2References", long.class, String.class),
                List.of("caseId", "earlierReference"), "bigint, text", "1, 'KD7M-3PQX'", CASES, "complaint_case");
        assertTrue(plan.contains("complaint_case_earlier_reference_key"), plan);
        assertFalse(plan.contains("Seq Scan on complaint_case"), plan);
    }

    private static String query(String method, Class<?>... parameters) throws NoSuchMethodException {
        return CaseTriageRepository.class.getMethod(method, parameters).getAnnotation(Query.class).value();
    }
}
