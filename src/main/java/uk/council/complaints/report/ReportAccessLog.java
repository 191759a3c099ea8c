package uk.council.complaints.report;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;

/**
 * Who viewed or downloaded which report, when, and whether small numbers were hidden (table
 * report_page_access, V9_1). When the figures' report_access table (V9) is merged, this is the one place
 * to point at it.
 */
@Singleton
class ReportAccessLog {
    enum Action { VIEW, PDF, XLSX, NARRATIVE }

    private final JdbcOperations jdbc;
    private final Clock clock;

    ReportAccessLog(JdbcOperations jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    void record(String actor, Action action, ReportPeriod period, boolean forPublication) {
        jdbc.prepareStatement("insert into report_page_access (accessed_by, accessed_at, action, period_from, period_to,"
                + " for_publication) values (?, ?, ?, ?, ?, ?)", st -> {
                    st.setString(1, actor);
                    st.setTimestamp(2, Timestamp.from(clock.instant()));
                    st.setString(3, action.name().toLowerCase(java.util.Locale.ROOT));
                    st.setDate(4, Date.valueOf(period.from()));
                    st.setDate(5, Date.valueOf(period.to()));
                    st.setBoolean(6, forPublication);
                    return st.executeUpdate();
                });
    }
}
