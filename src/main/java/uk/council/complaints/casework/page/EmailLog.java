package uk.council.complaints.casework.page;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import uk.council.complaints.web.Messages;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

/**
 * The emails about a case, read from the outbox (notify feature, table {@code outbox_email}): what went
 * to whom, and whether it was sent. Bodies are not shown: the subject says what it was.
 */
@Singleton
class EmailLog {
    private final JdbcOperations jdbc;
    private final Messages msg;

    EmailLog(JdbcOperations jdbc, Messages msg) {
        this.jdbc = jdbc;
        this.msg = msg;
    }

    record Email(String purpose, String recipient, String subject, String status, String created, String sent,
                 boolean includesLeaflet, String error, long id, boolean failed) {
    }

    @Transactional
    List<Email> forCase(long caseId) {
        return jdbc.prepareStatement("select purpose, recipient, subject, status, created_at, sent_at, includes_leaflet,"
                + " last_error, id from outbox_email where case_id = ? order by id", st -> {
            st.setLong(1, caseId);
            List<Email> emails = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    emails.add(new Email(msg.find("staff.email.purpose." + rs.getString(1)).orElse(rs.getString(1)),
                            rs.getString(2), rs.getString(3),
                            msg.find("staff.email.status." + rs.getString(4)).orElse(rs.getString(4)),
                            time(rs.getTimestamp(5)), time(rs.getTimestamp(6)), rs.getBoolean(7),
                            rs.getString(8) == null ? "" : rs.getString(8), rs.getLong(9), "failed".equals(rs.getString(4))));
                }
            }
            return emails;
        });
    }

    private String time(Timestamp at) {
        return at == null ? "" : msg.time(at.toInstant());
    }
}
