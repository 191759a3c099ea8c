package uk.council.complaints.queue;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import uk.council.complaints.cases.CaseStatus;
import uk.council.complaints.journey.SubmissionKind;
import uk.council.complaints.triage.Flag;
import uk.council.complaints.triage.Priority;
import uk.council.complaints.triage.Queue;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The queue in SQL: filters in the WHERE clause on indexed columns, one page at a time
 * (LIMIT/OFFSET in the database), and the page's flags in one more query.
 */
@Singleton
class QueueQuery {
    static final String FROM = """
             from complaint_case c
             join case_triage t on t.case_id = c.id
             left join case_handling h on h.case_id = c.id
             left join staff_user u on u.id = h.assigned_to
            """;
    private static final String COLUMNS = "select c.id, c.reference, c.kind, c.status, c.received_on, t.queue, t.priority,"
            + " t.acknowledge_by, t.response_due, u.display_name";
    private final JdbcOperations jdbc;

    QueueQuery(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    record Page(List<QueueRow> rows, long total) {
    }

    @Transactional
    Page page(QueueFilter filter) {
        List<Object> args = new ArrayList<>();
        String where = where(filter, args);
        long total = jdbc.prepareStatement("select count(*)" + FROM + where, st -> {
            bind(st, args);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(QueueFilter.PAGE_SIZE);
        pageArgs.add((long) (filter.page() - 1) * QueueFilter.PAGE_SIZE);
        List<QueueRow> rows = rows(COLUMNS + FROM + where + orderBy(filter) + " limit ? offset ?", pageArgs);
        return new Page(withFlags(rows), total);
    }

    /** Every matching case, for the export (no paging: the export is the whole filtered queue). */
    @Transactional
    List<QueueRow> all(QueueFilter filter) {
        List<Object> args = new ArrayList<>();
        return rows(COLUMNS + FROM + where(filter, args) + orderBy(filter), args);
    }

    static String where(QueueFilter f, List<Object> args) {
        StringBuilder sql = new StringBuilder(" where 1 = 1");
        if (f.queue() != null) {
            sql.append(" and t.queue = ?");
            args.add(f.queue().name());
        }
        List<String> statuses = f.storedStatuses();
        if (!statuses.isEmpty()) {
            sql.append(" and c.status in (").append(statuses.stream().map(s -> "?").collect(Collectors.joining(", "))).append(")");
            args.addAll(statuses);
        }
        if (f.status().equals(QueueFilter.PAUSED)) {
            sql.append(" and exists (select 1 from case_pause p where p.case_id = c.id and p.resumed_on is null)");
        }
        if (f.priority() != null) {
            sql.append(" and t.priority = ?");
            args.add(f.priority().name());
        }
        if (f.flag() != null) {
            sql.append(" and exists (select 1 from case_flag f where f.case_id = c.id and f.flag = ?)");
            args.add(f.flag().name());
        }
        if (f.assignee().equals("unassigned")) {
            sql.append(" and h.assigned_to is null");
        } else if (!f.assignee().isEmpty()) {
            sql.append(" and h.assigned_to = ?");
            args.add(Long.parseLong(f.assignee()));
        }
        if (!f.via().isEmpty()) {
            sql.append(" and c.received_via = ?");
            args.add(f.via());
        }
        if (!f.nature().isEmpty()) {
            sql.append(" and exists (select 1 from case_issue i where i.case_id = c.id and i.nature = ?)");
            args.add(f.nature());
        }
        if (f.withOmbudsman()) {
            sql.append(" and exists (select 1 from ombudsman_case o where o.case_id = c.id)");
        }
        return sql.toString();
    }

    static String orderBy(QueueFilter f) {
        return switch (f.sort()) {
            case "due-latest" -> " order by coalesce(t.response_due, t.acknowledge_by) desc, c.id desc";
            case "received-newest" -> " order by c.received_on desc, c.submitted_at desc, c.id desc";
            case "received-oldest" -> " order by c.received_on asc, c.submitted_at asc, c.id asc";
            default -> " order by coalesce(t.response_due, t.acknowledge_by) asc,"
                    + " case t.priority when 'URGENT' then 0 when 'HIGH' then 1 else 2 end, c.id asc";
        };
    }

    private List<QueueRow> rows(String sql, List<Object> args) {
        return jdbc.prepareStatement(sql, st -> {
            bind(st, args);
            List<QueueRow> rows = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    java.sql.Date response = rs.getDate(9);
                    rows.add(new QueueRow(rs.getLong(1), rs.getString(2), SubmissionKind.valueOf(rs.getString(3)),
                            CaseStatus.ofCode(rs.getString(4)), rs.getDate(5).toLocalDate(), Queue.valueOf(rs.getString(6)),
                            Priority.valueOf(rs.getString(7)), rs.getDate(8).toLocalDate(),
                            response == null ? null : response.toLocalDate(), rs.getString(10), List.of()));
                }
            }
            return rows;
        });
    }

    private List<QueueRow> withFlags(List<QueueRow> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        String marks = rows.stream().map(r -> "?").collect(Collectors.joining(", "));
        Map<Long, List<Flag>> flags = jdbc.prepareStatement(
                "select case_id, flag from case_flag where case_id in (" + marks + ")", st -> {
                    bind(st, rows.stream().map(r -> (Object) r.caseId()).toList());
                    Map<Long, List<Flag>> byCase = new HashMap<>();
                    try (ResultSet rs = st.executeQuery()) {
                        while (rs.next()) {
                            byCase.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(Flag.valueOf(rs.getString(2)));
                        }
                    }
                    return byCase;
                });
        return rows.stream().map(r -> r.withFlags(flags.getOrDefault(r.caseId(), List.of()).stream().sorted().toList())).toList();
    }

    static void bind(PreparedStatement st, List<Object> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            st.setObject(i + 1, args.get(i));
        }
    }
}
