package uk.council.complaints.report;

import io.micronaut.context.ApplicationContext;
import io.micronaut.jdbc.DataSourceResolver;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Writes rows straight into the statutory record's tables, as the other features' services will. */
final class Rows {
    /** Tables keyed by their case, with no id of their own. */
    private static final java.util.Set<String> KEYLESS = java.util.Set.of("case_triage", "case_handling", "case_flag",
            "case_choice", "case_resolution", "stage_investigation", "review_panel", "advocacy_referral", "stage_request");
    private final DataSource ds;

    Rows(ApplicationContext ctx) {
        this.ds = ctx.getBean(DataSourceResolver.class).resolve(ctx.getBean(DataSource.class));
    }

    /** A triaged case: kind, queue, received (UK date and instant), how, by whom, about which service. */
    long representation(String kind, String queue, LocalDate receivedOn, Instant at, String via, String role, String service,
                        LocalDate responseDue) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("reference", "T" + UUID.randomUUID().toString().substring(0, 10));
        c.put("kind", kind);
        c.put("status", "new");
        c.put("submitted_at", Timestamp.from(at));
        c.put("submitter_name", "Fixture Person");
        c.put("preferred_contact", "email");
        c.put("still_happening", false);
        c.put("risk_now", false);
        c.put("received_via", via);
        c.put("received_on", receivedOn);
        c.put("submitter_role", role);
        c.put("service", service);
        long id = insert("complaint_case", c);
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("case_id", id);
        t.put("queue", queue);
        t.put("priority", "NORMAL");
        t.put("team", "Fixture team");
        t.put("team_mailbox", "team@northfield.example");
        t.put("acknowledge_by", receivedOn.plusDays(3));
        t.put("response_due", responseDue);
        t.put("triaged_at", Timestamp.from(at));
        t.put("front_door_alert", false);
        insert("case_triage", t);
        return id;
    }

    long insert(String table, Map<String, Object> values) {
        String sql = "insert into " + table + " (" + String.join(", ", values.keySet()) + ") values ("
                + String.join(", ", values.keySet().stream().map(k -> "?").toList()) + ")";
        try (Connection conn = ds.getConnection(); PreparedStatement st = KEYLESS.contains(table)
                ? conn.prepareStatement(sql) : conn.prepareStatement(sql, new String[] {"id"})) {
            int i = 1;
            for (Object v : values.values()) {
                st.setObject(i++, v);
            }
            st.executeUpdate();
            if (KEYLESS.contains(table)) {
                return 0;
            }
            try (ResultSet keys = st.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    void update(String sql, Object... args) {
        try (Connection conn = ds.getConnection(); PreparedStatement st = conn.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                st.setObject(i + 1, args[i]);
            }
            st.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    long count(String sql, Object... args) {
        try (Connection conn = ds.getConnection(); PreparedStatement st = conn.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                st.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
