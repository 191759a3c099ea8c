package uk.council.complaints.api;

import io.micronaut.context.ApplicationContext;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import uk.council.complaints.cases.CaseIssue;
import uk.council.complaints.cases.CaseIssueRepository;
import uk.council.complaints.cases.CaseRepository;
import uk.council.complaints.journey.SubmissionKind;
import uk.council.complaints.staff.StaffFixtures;
import uk.council.complaints.timeline.CaseEventType;
import uk.council.complaints.timeline.CaseTimeline;

import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * A Stage 1 complaint with two issues (one upheld), an evidence file, and its Stage 2 linked to it with its own
 * issue: written here through the repositories and plain SQL, so the API's answers are checked against what was put in.
 */
record ApiCaseData(String stage1, long stage1Id, String stage2, long evidenceId, byte[] evidence) {
    static ApiCaseData create(ApplicationContext ctx) {
        CaseRepository cases = ctx.getBean(CaseRepository.class);
        String stage1 = StaffFixtures.complaint(ctx);
        String stage2 = StaffFixtures.store(ctx, SubmissionKind.STAGE2, "children-in-care", java.util.List.of());
        long id1 = cases.findByReference(stage1).orElseThrow().id();
        long id2 = cases.findByReference(stage2).orElseThrow().id();
        // A stored case changes when something is recorded on its timeline: what the public form's submit records.
        events(ctx, id1);
        events(ctx, id2);
        CaseIssueRepository issues = ctx.getBean(CaseIssueRepository.class);
        issues.save(new CaseIssue(null, id1, 1, "delay", "No visit for six weeks", "upheld"));
        issues.save(new CaseIssue(null, id1, 2, "communication", "Calls not returned", "not-upheld"));
        issues.save(new CaseIssue(null, id2, 1, "delay", "Still no visit", null));
        byte[] content = "%PDF-1.4 the letter".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        JdbcOperations jdbc = ctx.getBean(JdbcOperations.class);
        @SuppressWarnings("unchecked")
        TransactionOperations<java.sql.Connection> tx = ctx.getBean(TransactionOperations.class);
        long evidenceId = tx.executeWrite(status -> jdbc.execute(conn -> {
            try (PreparedStatement st = conn.prepareStatement(
                    "insert into case_handling (case_id, finding, linked_case_id) values (?, ?, ?), (?, null, ?)")) {
                st.setLong(1, id1);
                st.setString(2, "partly-upheld");
                st.setLong(3, id2);
                st.setLong(4, id2);
                st.setLong(5, id1);
                st.executeUpdate();
            }
            try (PreparedStatement st = conn.prepareStatement("insert into evidence_file (case_id, file_name, content_type,"
                    + " size_bytes, content, uploaded_at) values (?, ?, ?, ?, ?, ?)", new String[]{"id"})) {
                st.setLong(1, id1);
                st.setString(2, "letter é.pdf");
                st.setString(3, "application/pdf");
                st.setLong(4, content.length);
                st.setBytes(5, content);
                st.setObject(6, OffsetDateTime.now(ZoneOffset.UTC));
                st.executeUpdate();
                try (var keys = st.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        }));
        return new ApiCaseData(stage1, id1, stage2, evidenceId, content);
    }

    static void events(ApplicationContext ctx, long caseId) {
        ctx.getBean(CaseTimeline.class).record(caseId, java.util.List.of(
                new CaseTimeline.Entry(CaseTimeline.PUBLIC, CaseEventType.SUBMITTED, null),
                new CaseTimeline.Entry(CaseTimeline.SYSTEM, CaseEventType.TRIAGED, null)));
    }

    static String stored(ApplicationContext ctx, SubmissionKind kind) {
        String reference = StaffFixtures.store(ctx, kind, "fostering", java.util.List.of());
        events(ctx, ctx.getBean(CaseRepository.class).findByReference(reference).orElseThrow().id());
        return reference;
    }
}
