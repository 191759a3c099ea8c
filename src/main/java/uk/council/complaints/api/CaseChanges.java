package uk.council.complaints.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import uk.council.complaints.journey.SubmissionKind;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The API's read model of "cases changed since": a case changes when something is recorded on its timeline, other
 * than someone reading it. Ordered by that time, then id, so a cursor (the last row's pair) pages without gaps.
 * Codes are the stored ones, as in the CSV export (kind, status, queue, priority).
 */
@Singleton
class CaseChanges {
    /** Timeline events that read a case rather than change it. */
    static final String READS = "'viewed', 'api-read', 'exported', 'evidence-downloaded', 'leaflet-downloaded'";
    private static final String SQL = """
            select c.id, c.reference, c.kind, c.status, t.queue, t.priority, c.received_on, c.submitted_at, m.changed_at
              from complaint_case c
              join case_triage t on t.case_id = c.id
              join (select case_id, max(occurred_at) as changed_at from case_event
                     where event_type not in (%s) group by case_id) m on m.case_id = c.id
             where m.changed_at >= ?""".formatted(READS);
    private final JdbcOperations jdbc;

    CaseChanges(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    record Filter(Instant since, @Nullable ApiCursor after, @Nullable String kind, @Nullable Integer stage,
                  @Nullable String status, @Nullable String queue, int limit) {
    }

    record Row(long id, String reference, String kind, int stage, String status, String queue, String priority,
               LocalDate receivedOn, Instant submittedAt, Instant changedAt) {
    }

    /** The stage a case of this kind is at: each stage of a complaint is a case of its own, linked to the one before. */
    static int stage(String kind) {
        return switch (kind) {
            case "STAGE2", "CORPORATE_STAGE2" -> 2;
            case "STAGE3" -> 3;
            default -> 1;
        };
    }

    static List<String> kindsAt(int stage) {
        return java.util.Arrays.stream(SubmissionKind.values()).map(Enum::name).filter(k -> stage(k) == stage).toList();
    }

    @Transactional
    List<Row> page(Filter f) {
        StringBuilder sql = new StringBuilder(SQL);
        List<Object> args = new ArrayList<>(List.of(utc(f.since())));
        if (f.after() != null) {
            sql.append(" and (m.changed_at > ? or (m.changed_at = ? and c.id > ?))");
            args.addAll(List.of(utc(f.after().changedAt()), utc(f.after().changedAt()), f.after().caseId()));
        }
        if (f.kind() != null) {
            sql.append(" and c.kind = ?");
            args.add(f.kind());
        }
        if (f.stage() != null) {
            List<String> kinds = kindsAt(f.stage());
            sql.append(" and c.kind in (").append(String.join(", ", kinds.stream().map(k -> "?").toList())).append(")");
            args.addAll(kinds);
        }
        if (f.status() != null) {
            sql.append(" and c.status = ?");
            args.add(f.status());
        }
        if (f.queue() != null) {
            sql.append(" and t.queue = ?");
            args.add(f.queue());
        }
        sql.append(" order by m.changed_at, c.id limit ?");
        args.add(f.limit());
        return jdbc.prepareStatement(sql.toString(), st -> {
            bind(st, args);
            List<Row> rows = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    String kind = rs.getString(3);
                    rows.add(new Row(rs.getLong(1), rs.getString(2), kind, stage(kind), rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getObject(7, LocalDate.class), instant(rs, 8), instant(rs, 9)));
                }
            }
            return rows;
        });
    }

    static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

    static void bind(PreparedStatement st, List<Object> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            st.setObject(i + 1, args.get(i));
        }
    }
}
