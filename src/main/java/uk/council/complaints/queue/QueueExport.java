package uk.council.complaints.queue;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The filtered queue as the annual report counts it: one line per case, codes not names, and no
 * personal details (no names, contacts or free text). Equality answers are only ever counted.
 */
@Singleton
class QueueExport {
    static final List<String> HEADER = ExportColumns.HEADER;
    private final JdbcOperations jdbc;
    private final RecordColumns record;

    QueueExport(JdbcOperations jdbc, RecordColumns record) {
        this.jdbc = jdbc;
        this.record = record;
    }

    /** Rows in {@link #HEADER} order, plus the case id at the end for the audit. */
    @Transactional
    List<List<String>> rows(QueueFilter filter) {
        List<Object> args = new ArrayList<>();
        String sql = ExportColumns.select() + QueueQuery.FROM + " left join complaint_case l on l.id = h.linked_case_id"
                + " left join stage_investigation si on si.case_id = c.id left join review_panel rp on rp.case_id = c.id"
                + QueueQuery.where(filter, args) + QueueQuery.orderBy(filter);
        List<Object[]> base = jdbc.prepareStatement(sql, st -> {
            QueueQuery.bind(st, args);
            List<Object[]> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                while (rs.next()) {
                    Object[] row = new Object[meta.getColumnCount()];
                    for (int i = 0; i < row.length; i++) {
                        row[i] = rs.getObject(i + 1);
                    }
                    out.add(row);
                }
            }
            return out;
        });
        List<Long> ids = base.stream().map(r -> ((Number) r[0]).longValue()).toList();
        Map<Long, Map<String, String>> lists = lists(ids);
        Map<Long, List<String>> ombudsmanAndLearning = record.forCases(ids);
        List<List<String>> rows = new ArrayList<>();
        for (Object[] r : base) {
            long id = ((Number) r[0]).longValue();
            Map<String, String> l = lists.getOrDefault(id, Map.of());
            List<String> row = new ArrayList<>();
            int next = 1;
            for (ExportColumns.Column c : ExportColumns.ALL) {
                row.add(c.sql() == null ? l.getOrDefault(c.list(), "") : c.format().apply(r[next++]));
            }
            row.addAll(ombudsmanAndLearning.get(id));
            row.add(String.valueOf(id));
            rows.add(row);
        }
        return rows;
    }

    /** Multiple choices joined with "; ", fetched for 500 cases at a time. */
    private Map<Long, Map<String, String>> lists(List<Long> ids) {
        Map<Long, Map<String, List<String>>> found = new HashMap<>();
        for (int from = 0; from < ids.size(); from += 500) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
            String marks = chunk.stream().map(i -> "?").collect(Collectors.joining(", "));
            String sql = "select case_id, 'outcomes', choice from case_choice where question = 'outcomesSought' and case_id in (" + marks + ")"
                    + " union all select case_id, 'flags', flag from case_flag where case_id in (" + marks + ")"
                    + " union all select case_id, kind, code from case_resolution where case_id in (" + marks + ")"
                    + " union all select case_id, 'natures', nature from case_issue where case_id in (" + marks + ")";
            List<Object> args = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                args.addAll(chunk);
            }
            jdbc.prepareStatement(sql, st -> {
                QueueQuery.bind(st, args);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        found.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                                .computeIfAbsent(rs.getString(2), k -> new ArrayList<>()).add(rs.getString(3));
                    }
                }
                return null;
            });
        }
        Map<Long, Map<String, String>> joined = new HashMap<>();
        found.forEach((id, m) -> {
            Map<String, String> j = new HashMap<>();
            m.forEach((k, v) -> j.put(k, v.stream().sorted().collect(Collectors.joining("; "))));
            joined.put(id, j);
        });
        return joined;
    }

    /** Equality monitoring counted by question and answer; counts under 5 are not shown, so nobody can be picked out. */
    @Transactional
    List<List<String>> equalityProfile() {
        List<List<String>> rows = new ArrayList<>();
        for (String column : List.of("age_band", "gender", "disability", "ethnicity", "sexual_orientation")) {
            jdbc.prepareStatement("select coalesce(" + column + ", 'not-answered'), count(*) from equality_monitoring group by 1 order by 1", st -> {
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        long n = rs.getLong(2);
                        rows.add(List.of(column, rs.getString(1), n < 5 ? "fewer than 5" : String.valueOf(n)));
                    }
                }
                return null;
            });
        }
        return rows;
    }
}
