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
    static final List<String> HEADER = java.util.stream.Stream.concat(java.util.stream.Stream.of("reference", "type", "queue", "status", "priority", "received",
            "who_complained", "service", "outcomes_sought", "flags", "acknowledge_by", "acknowledged_on",
            "response_due", "extended", "responded_on", "response_methods", "finding", "actual_outcomes",
            "responded_in_time", "closed_on", "refusal_reason", "assigned_to", "linked_reference",
            // issue 10: how it arrived, its issues' natures, and for feedback the team and who gave it
            "received_via", "issue_natures", "feedback_team", "feedback_giver",
            // Issue 10, the statutory lifecycle
            "paused", "out_of_time_decision", "proceedings_decision", "late_request_decision", "adjudication_on",
            "panel_meeting_due", "panel_meeting_on", "panel_report_due", "panel_report_on", "council_response_due",
            "council_response_on",
            // Evidence (issue 11): how many files the person attached.
            "evidence_files",
            // issue 11: "would you like an advocate?" as answered (yes, no, already)
            "advocate_wanted",
            // Several children (docs/adr/0017-several-children.md): how many; their names stay out, like every name.
            "children",
            // issue 21: how the request for this stage came (a Stage 2 or 3 case)
            "request_via",
            // issue 21: the day the person withdrew the complaint
            "withdrawn_on",
            // issue 21: an enquiry's kind (pre-complaint, ad-hoc, ombudsman, not-recorded); empty for other kinds
            "enquiry_kind"),
            // issue 10: the Ombudsman and learning
            RecordColumns.HEADER.stream()).toList();
    private static final String STAGES = ", case when exists (select 1 from case_pause p where p.case_id = c.id"
            + " and p.resumed_on is null) then 'yes' else 'no' end, " + decision("out-of-time") + ", "
            + decision("proceedings") + ", " + decision("late-request") + ", si.adjudication_on, rp.meeting_due,"
            + " rp.meeting_on, rp.report_due, rp.report_on, rp.council_response_due, rp.council_response_on";
    private static final String COLUMNS = "select c.id, c.reference, c.kind, t.queue, c.status, t.priority,"
            + " c.received_on, c.submitter_role, c.service, t.acknowledge_by,"
            + " cast(h.acknowledged_at as date), t.response_due, case when h.extended_at is null then 'no' else 'yes' end,"
            + " h.responded_on, h.finding, cast(h.closed_at as date), h.refusal_reason, u.display_name, l.reference,"
            + " c.received_via, c.feedback_team, c.feedback_giver" + STAGES
            + ", (select count(*) from evidence_file e where e.case_id = c.id), c.advocate_wanted"
            + ", (select count(*) from case_child k where k.case_id = c.id)"
            + ", (select sr.via from stage_request sr where sr.case_id = c.id), h.withdrawn_on, c.enquiry_kind";
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
        String sql = COLUMNS + QueueQuery.FROM + " left join complaint_case l on l.id = h.linked_case_id"
                + " left join stage_investigation si on si.case_id = c.id left join review_panel rp on rp.case_id = c.id"
                + QueueQuery.where(filter, args) + QueueQuery.orderBy(filter);
        List<String[]> base = jdbc.prepareStatement(sql, st -> {
            QueueQuery.bind(st, args);
            List<String[]> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                while (rs.next()) {
                    String[] row = new String[meta.getColumnCount()];
                    for (int i = 0; i < row.length; i++) {
                        Object v = rs.getObject(i + 1);
                        row[i] = v == null ? "" : String.valueOf(v);
                    }
                    out.add(row);
                }
            }
            return out;
        });
        List<Long> ids = base.stream().map(r -> Long.parseLong(r[0])).toList();
        Map<Long, Map<String, String>> lists = lists(ids);
        Map<Long, List<String>> ombudsmanAndLearning = record.forCases(ids);
        List<List<String>> rows = new ArrayList<>();
        for (String[] r : base) {
            Map<String, String> l = lists.getOrDefault(Long.parseLong(r[0]), Map.of());
            String due = r[11];
            String responded = r[13];
            String inTime = due.isEmpty() || responded.isEmpty() ? "" : (responded.compareTo(due) <= 0 ? "yes" : "no");
            List<String> row = new ArrayList<>(List.of(r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8],
                    l.getOrDefault("outcomes", ""), l.getOrDefault("flags", ""), r[9], r[10], due, r[12], responded,
                    l.getOrDefault("method", ""), r[14], l.getOrDefault("outcome", ""), inTime, r[15], r[16], r[17], r[18],
                    r[19], l.getOrDefault("natures", ""), r[20], r[21]));
            row.addAll(java.util.Arrays.asList(r).subList(22, r.length));
            row.addAll(ombudsmanAndLearning.get(Long.parseLong(r[0])));
            row.add(r[0]);
            rows.add(row);
        }
        return rows;
    }

    /** The newest decision of a kind on the case (case_decision keeps every one). */
    private static String decision(String kind) {
        return "(select d.decision from case_decision d where d.case_id = c.id and d.kind = '" + kind
                + "' order by d.id desc limit 1)";
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
