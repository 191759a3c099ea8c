package uk.council.complaints.demo;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import uk.council.complaints.importing.DemoImport;
import uk.council.complaints.staff.StaffActor;
import uk.council.complaints.staff.StaffRole;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Writes planned demo cases: through the register import, then what it does not take with JDBC batches. */
@Singleton
class DemoWriter {
    private static final ZoneId UK = ZoneId.of("Europe/London");
    /** The demo's importer: a manager of no one's account, named as fictional on every timeline. */
    private static final StaffActor BY = new StaffActor(0, "Demo Manager (fictional)", "demo-data@example.invalid",
            List.of(StaffRole.MANAGER.name()), false);
    private final JdbcOperations jdbc;
    private final DemoImport importer;

    DemoWriter(JdbcOperations jdbc, DemoImport importer) {
        this.jdbc = jdbc;
        this.importer = importer;
    }

    /**
     * Brings the cases in through the register import (the caller holds the transaction), then marks them demo and
     * writes what the import does not take (DemoExtras); their ids by index.
     */
    Map<Integer, Long> write(List<DemoCase> cases, LocalDate today) {
        Map<Integer, DemoCase> byIndex = new HashMap<>();
        cases.forEach(c -> byIndex.put(c.index, c));
        List<List<DemoCase>> chains = DemoRows.firsts(cases, byIndex).stream().map(f -> DemoRows.chain(f, byIndex)).toList();
        List<List<Long>> made = importer.importRows(chains.stream().map(ch -> DemoRows.row(ch, today)).toList(), BY);
        Map<Integer, Long> ids = new HashMap<>();
        for (int i = 0; i < chains.size(); i++) {
            List<DemoCase> chain = chains.get(i);
            if (made.get(i).size() != chain.size()) {
                throw new IllegalStateException("Demo row " + chain.get(0).index + " made " + made.get(i) + " for " + chain.size());
            }
            for (int k = 0; k < chain.size(); k++) {
                ids.put(chain.get(k).index, made.get(i).get(k));
            }
        }
        // the public form's cases came in by staff intake (which takes neither the form's way in nor a suggestion): marked
        // as the form's
        batch("update complaint_case set demo = true, received_via = ?, kind = ? where id = ?", cases, (st, c, id) -> {
            set(st, c.via, c.kind, id.get(c.index));
            return true;
        }, ids);
        batch("update case_handling set extended_at = ? where case_id = ?", cases, (st, c, id) -> {
            set(st, Timestamp.from(c.received.plusDays(2).atTime(11, 0).atZone(UK).toInstant()), id.get(c.index));
            return c.extended;
        }, ids);
        batch("update case_handling set linked_case_id = ? where case_id = ?", cases, (st, c, id) -> {
            boolean converted = c.queue.equals("CALLBACK") && c.next >= 0;
            boolean from = c.from >= 0 && byIndex.get(c.from).queue.equals("CALLBACK");
            set(st, converted ? id.get(c.next) : from ? id.get(c.from) : null, id.get(c.index));
            return converted || from;
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
}
