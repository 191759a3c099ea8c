package uk.council.complaints.report;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import uk.council.complaints.staff.StaffActor;

import java.sql.Timestamp;
import java.time.Clock;

/** The audit trail of reports (table report_access): every view and download, with who, when, what and period. */
@Singleton
public class ReportAccessLog {
    private final JdbcOperations jdbc;
    private final Clock clock;

    ReportAccessLog(JdbcOperations jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records one access; {@code format} is page, csv, pdf or xlsx. */
    @Transactional
    public void record(StaffActor who, String format, ReportPeriod period) {
        jdbc.prepareStatement("insert into report_access (actor, accessed_at, format, period_from, period_to) values (?, ?, ?, ?, ?)",
                st -> {
                    st.setString(1, who.actor());
                    st.setTimestamp(2, Timestamp.from(clock.instant()));
                    st.setString(3, format);
                    st.setObject(4, period.from());
                    st.setObject(5, period.to());
                    return st.executeUpdate();
                });
    }
}
