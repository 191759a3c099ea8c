package uk.council.complaints.report;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The complaints manager's narrative sections of a report, kept with the period they were written for
 * (table report_narrative, V9_1), with who wrote each one and when. An emptied section is removed.
 */
@Singleton
class Narratives {
    /** The sections, in the order the report prints them. */
    static final List<String> SECTIONS = List.of("effectiveness", "learning", "advocacy");
    static final int MAX_LENGTH = 10_000;
    private final JdbcOperations jdbc;
    private final Clock clock;

    Narratives(JdbcOperations jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    record Narrative(String section, String body, String writtenBy, Instant writtenAt) {
    }

    /** The sections written for this period, by section code. */
    @Transactional
    Map<String, Narrative> find(ReportPeriod period) {
        return jdbc.prepareStatement("select section, body, written_by, written_at from report_narrative"
                + " where period_from = ? and period_to = ?", st -> {
                    st.setDate(1, Date.valueOf(period.from()));
                    st.setDate(2, Date.valueOf(period.to()));
                    Map<String, Narrative> found = new LinkedHashMap<>();
                    try (ResultSet rs = st.executeQuery()) {
                        while (rs.next()) {
                            found.put(rs.getString(1), new Narrative(rs.getString(1), rs.getString(2), rs.getString(3),
                                    rs.getTimestamp(4).toInstant()));
                        }
                    }
                    return found;
                });
    }

    /** Saves the sections that changed (a section left as it was keeps its author and time). */
    @Transactional
    void save(ReportPeriod period, Map<String, String> bodies, String actor) {
        Map<String, Narrative> before = find(period);
        for (String section : SECTIONS) {
            String body = bodies.getOrDefault(section, "");
            Narrative old = before.get(section);
            if (old != null && old.body().equals(body)) {
                continue;
            }
            jdbc.prepareStatement("delete from report_narrative where period_from = ? and period_to = ? and section = ?",
                    st -> {
                        st.setDate(1, Date.valueOf(period.from()));
                        st.setDate(2, Date.valueOf(period.to()));
                        st.setString(3, section);
                        return st.executeUpdate();
                    });
            if (body.isEmpty()) {
                continue;
            }
            jdbc.prepareStatement("insert into report_narrative (period_from, period_to, section, body, written_by,"
                    + " written_at) values (?, ?, ?, ?, ?, ?)", st -> {
                        st.setDate(1, Date.valueOf(period.from()));
                        st.setDate(2, Date.valueOf(period.to()));
                        st.setString(3, section);
                        st.setString(4, body);
                        st.setString(5, actor);
                        st.setTimestamp(6, Timestamp.from(clock.instant()));
                        return st.executeUpdate();
                    });
        }
    }
}
