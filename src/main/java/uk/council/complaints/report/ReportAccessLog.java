package uk.council.complaints.report;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Locale;

/**
 * The audit trail of reports (table report_access): every view, download and narrative saved, with who,
 * when, which format, which period, and whether small numbers were hidden. A report is not a case, so it
 * has its own trail rather than a case timeline.
 */
@Singleton
class ReportAccessLog {
    enum Action { VIEW, PDF, XLSX, CSV, NARRATIVE }

    private final JdbcOperations jdbc;
    private final Clock clock;

    ReportAccessLog(JdbcOperations jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    void record(String actor, Action action, ReportPeriod period, boolean forPublication) {
        jdbc.prepareStatement("insert into report_access (actor, accessed_at, format, period_from, period_to,"
                + " for_publication) values (?, ?, ?, ?, ?, ?)", st -> {
                    st.setString(1, actor);
                    st.setTimestamp(2, Timestamp.from(clock.instant()));
                    st.setString(3, action.name().toLowerCase(Locale.ROOT));
                    st.setDate(4, Date.valueOf(period.from()));
                    st.setDate(5, Date.valueOf(period.to()));
                    st.setBoolean(6, forPublication);
                    return st.executeUpdate();
                });
    }
}
