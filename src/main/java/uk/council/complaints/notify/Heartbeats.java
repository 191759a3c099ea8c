package uk.council.complaints.notify;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/** The outbox_instance table (ADR 0024): when each run of an instance was last seen. Plain SQL for H2 and PostgreSQL. */
@Singleton
class Heartbeats {
    private final JdbcOperations jdbc;

    Heartbeats(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** This run is alive at {@code now}. Only this run writes its row, so update-then-insert does not race. */
    @Transactional
    void beat(String run, Instant now) {
        int updated = jdbc.prepareStatement("UPDATE outbox_instance SET seen_at = ? WHERE run = ?", ps -> {
            ps.setTimestamp(1, Timestamp.from(now));
            ps.setString(2, run);
            return ps.executeUpdate();
        });
        if (updated == 0) {
            jdbc.prepareStatement("INSERT INTO outbox_instance (run, seen_at) VALUES (?, ?)", ps -> {
                ps.setString(1, run);
                ps.setTimestamp(2, Timestamp.from(now));
                return ps.executeUpdate();
            });
        }
    }

    /** The runs last seen before {@code before}. */
    @Transactional
    Set<String> lastSeenBefore(Instant before) {
        return jdbc.prepareStatement("SELECT run FROM outbox_instance WHERE seen_at < ?", ps -> {
            ps.setTimestamp(1, Timestamp.from(before));
            Set<String> runs = new HashSet<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    runs.add(rs.getString(1));
                }
            }
            return runs;
        });
    }

    /** Rows of runs whose claims were taken back: a run that was only cut off, not dead, writes its row again. */
    @Transactional
    void forget(Set<String> runs) {
        for (String run : runs) {
            jdbc.prepareStatement("DELETE FROM outbox_instance WHERE run = ?", ps -> {
                ps.setString(1, run);
                return ps.executeUpdate();
            });
        }
    }
}
