package uk.council.complaints.report;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Writes planned demo cases with JDBC batches: the cases, then their triage, handling, issues and choices. */
@Singleton
class DemoWriter {
    private static final ZoneId UK = ZoneId.of("Europe/London");
    private final JdbcOperations jdbc;

    DemoWriter(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes the cases (the caller holds the transaction); their ids by index. */
    Map<Integer, Long> write(List<DemoCase> cases) {
        batch("insert into complaint_case (reference, kind, status, submitted_at, submitter_name, preferred_contact, still_happening,"
                + " risk_now, received_via, received_on, submitter_role, service, feedback_team, feedback_giver, enquiry_kind, demo)"
                + " values (?, ?, ?, ?, ?, 'email', false, false, ?, ?, ?, ?, ?, ?, ?, true)", cases, (st, c, id) -> {
                    set(st, c.reference(), c.kind, c.closed ? "closed" : "new",
                            Timestamp.from(c.received.atTime(10, 0).atZone(UK).toInstant()),
                            "Demo Person " + c.index + " (fictional)", c.via, c.received, c.role, c.service, c.team, c.giver,
                            c.enquiryKind);
                    return true;
                }, Map.of());
        Map<Integer, Long> ids = ids(cases);
        batch("insert into case_triage (case_id, queue, priority, team, team_mailbox, acknowledge_by, response_due, triaged_at,"
                + " front_door_alert) values (?, ?, 'NORMAL', ?, 'demo-team@example.invalid', ?, ?, ?, false)", cases, (st, c, id) -> {
                    set(st, id.get(c.index), c.queue, c.team == null ? "Demo team" : c.team, c.received.plusDays(3), c.due,
                            Timestamp.from(c.received.atTime(10, 1).atZone(UK).toInstant()));
                    return true;
                }, ids);
        batch("insert into case_handling (case_id, responded_on, finding, extended_at, call_made_at, closed_at, linked_case_id)"
                + " values (?, ?, ?, ?, ?, ?, ?)", cases, (st, c, id) -> {
                    Integer linked = c.next >= 0 ? Integer.valueOf(c.next) : c.from >= 0 ? Integer.valueOf(c.from) : null;
                    Timestamp later = Timestamp.from(c.received.plusDays(2).atTime(11, 0).atZone(UK).toInstant());
                    set(st, id.get(c.index), c.responded, c.finding, c.extended ? later : null, c.callMade ? later : null,
                            c.closed ? Timestamp.from((c.responded == null ? c.received.plusDays(3) : c.responded).atTime(16, 0)
                                    .atZone(UK).toInstant()) : null, linked == null ? null : id.get(linked));
                    return c.isComplaint() || c.queue.equals("CALLBACK");
                }, ids);
        DemoExtras.write(this, cases, ids);
        return ids;
    }

    interface Binder {
        /** Binds one case's row; false to skip it. */
        boolean bind(PreparedStatement st, DemoCase c, Map<Integer, Long> ids) throws SQLException;
    }

    void batch(String sql, List<DemoCase> cases, Binder binder, Map<Integer, Long> ids) {
        jdbc.prepareStatement(sql, st -> {
            int pending = 0;
            for (DemoCase c : cases) {
                if (binder.bind(st, c, ids)) {
                    st.addBatch();
                    if (++pending % 1000 == 0) {
                        st.executeBatch();
                    }
                }
            }
            st.executeBatch();
            return null;
        });
    }

    static void set(PreparedStatement st, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            st.setObject(i + 1, values[i]);
        }
    }

    private Map<Integer, Long> ids(List<DemoCase> cases) {
        Map<Integer, Long> ids = new HashMap<>();
        String first = cases.get(0).reference();
        String last = cases.get(cases.size() - 1).reference();
        jdbc.prepareStatement("select id, reference from complaint_case where reference between ? and ? and demo = true", st -> {
            st.setString(1, first);
            st.setString(2, last);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    ids.put(Integer.parseInt(rs.getString(2).substring(4)), rs.getLong(1));
                }
            }
            return null;
        });
        return ids;
    }
}
