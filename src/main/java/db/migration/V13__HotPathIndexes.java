package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.Statement;

/**
 * Indexes for what runs at every submit and every outbox poll (issue 13; docs/adr/0019-postgresql-only-indexes.md).
 * <ul>
 * <li>Triage's look-ups: the same person's earlier cases by email or by phone, and earlier Stage 2 requests for the same
 * complaint. Each index is on the very expression the queries in {@code triage.store.CaseTriageRepository} compare
 * (email and phone as people typed them, normalised), so a look-up reads a family's few cases instead of every case of
 * the last 90 days.</li>
 * <li>The outbox's due emails in the order they are claimed ({@code notify.OutboxRepository.findDueIdsForUpdate}), over
 * the unsent ones only: a claim then reads its batch and stops, instead of sorting every pending email, which during
 * an SMTP outage is all of them.</li>
 * </ul>
 * PostgreSQL only: H2 has neither expression nor partial indexes, and the small installations it serves scan. A Java
 * migration, not SQL, because one migration history serves both databases.
 */
public class V13__HotPathIndexes extends BaseJavaMigration {
    /** Character for character the expression of the query (PostgreSQL matches an index by its expression). */
    static final String PHONE_KEY =
            "replace(replace(replace(replace(replace(phone, ' ', ''), '-', ''), '(', ''), ')', ''), '+44', '0')";

    @Override
    public void migrate(Context context) throws Exception {
        if (!"PostgreSQL".equals(context.getConnection().getMetaData().getDatabaseProductName())) {
            return;
        }
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute("create index complaint_case_email_key on complaint_case (lower(trim(email)))");
            statement.execute("create index complaint_case_phone_key on complaint_case ((" + PHONE_KEY + "))");
            statement.execute("create index complaint_case_earlier_reference_key on complaint_case "
                    + "((upper(replace(earlier_reference, ' ', ''))))");
            statement.execute("create index outbox_email_due_order on outbox_email (next_attempt_at, id) "
                    + "where status in ('pending', 'sending')");
        }
    }
}
