package uk.council.complaints.queue;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The export's Ombudsman and learning columns (issue 10; DESIGN section 7, report tables M, O and Q): codes and
 * counts, never the free text of a remedy or an action. Read for 500 cases at a time.
 */
@Singleton
class RecordColumns {
    static final List<String> HEADER = List.of("ombudsman_cases", "ombudsman_decisions", "ombudsman_faults",
            "ombudsman_payment", "ombudsman_recommendations", "ombudsman_recommendations_complied",
            "learning_actions", "learning_actions_done");
    private static final String SQL = """
            select o.case_id, count(*), string_agg(coalesce(o.decision, ''), '; ' order by o.id),
                   string_agg(coalesce(o.fault, ''), '; ' order by o.id), sum(o.payment_pence),
                   (select count(*) from ombudsman_recommendation r join ombudsman_case x on x.id = r.ombudsman_case_id
                     where x.case_id = o.case_id),
                   (select count(r.complied_on) from ombudsman_recommendation r join ombudsman_case x on x.id = r.ombudsman_case_id
                     where x.case_id = o.case_id),
                   0, 0
              from ombudsman_case o where o.case_id in (%1$s) group by o.case_id
            union all
            select l.case_id, 0, '', '', null, 0, 0, count(*), count(l.done_on)
              from learning_action l where l.case_id in (%1$s) group by l.case_id
            """;
    private final JdbcOperations jdbc;

    RecordColumns(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** The columns of {@link #HEADER} for each case; a case with neither gets zeros and blanks. */
    Map<Long, List<String>> forCases(List<Long> ids) {
        Map<Long, String[]> found = new HashMap<>();
        for (int from = 0; from < ids.size(); from += 500) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
            String marks = chunk.stream().map(i -> "?").collect(Collectors.joining(", "));
            List<Object> args = new ArrayList<>(chunk);
            args.addAll(chunk);
            jdbc.prepareStatement(String.format(SQL, marks), st -> {
                QueueQuery.bind(st, args);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        String[] row = found.computeIfAbsent(rs.getLong(1), k -> empty());
                        if (rs.getLong(2) > 0) {
                            row[0] = String.valueOf(rs.getLong(2));
                            row[1] = rs.getString(3);
                            row[2] = rs.getString(4);
                            long pence = rs.getLong(5);
                            row[3] = rs.wasNull() ? "" : BigDecimal.valueOf(pence, 2).toPlainString();
                            row[4] = String.valueOf(rs.getLong(6));
                            row[5] = String.valueOf(rs.getLong(7));
                        } else {
                            row[6] = String.valueOf(rs.getLong(8));
                            row[7] = String.valueOf(rs.getLong(9));
                        }
                    }
                }
                return null;
            });
        }
        Map<Long, List<String>> out = new HashMap<>();
        ids.forEach(id -> out.put(id, List.of(found.getOrDefault(id, empty()))));
        return out;
    }

    private static String[] empty() {
        return new String[] {"0", "", "", "", "0", "0", "0", "0"};
    }
}
