package uk.council.complaints.webhook;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import io.micronaut.transaction.TransactionOperations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.council.complaints.cases.CaseStatus;
import uk.council.complaints.web.ClockFactory;

import java.sql.Connection;
import java.sql.Date;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * case.overdue: the deadlines the queue shows as passed (an open, unpaused case's response date before today, or an
 * unacknowledged one's acknowledgement date), found by a scheduled check and raised once per case per deadline: the
 * deadline and its date are the event's key, so an extended date that passes too is raised again.
 */
@Singleton
class OverdueCheck {
    private static final Logger LOG = LoggerFactory.getLogger(OverdueCheck.class);
    private static final String OPEN = " from complaint_case c join case_triage t on t.case_id = c.id"
            + " where " + CaseStatus.openSql("c.status")
            + " and not exists (select 1 from case_pause p where p.case_id = c.id and p.resumed_on is null)";
    private static final String PASSED = "select c.id, 'response', t.response_due" + OPEN + " and t.response_due < ?"
            + notRaised("response", "t.response_due")
            + " union all select c.id, 'acknowledgement', t.acknowledge_by" + OPEN + " and c.status = " + CaseStatus.NEW.sql()
            + " and t.acknowledge_by < ?"
            + notRaised("acknowledgement", "t.acknowledge_by");
    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> transactions;
    private final WebhookEvents events;
    private final WebhookEventRepository stored;
    private final Clock clock;

    OverdueCheck(JdbcOperations jdbc, TransactionOperations<Connection> transactions, WebhookEvents events,
                 WebhookEventRepository stored, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.events = events;
        this.stored = stored;
        this.clock = clock;
    }

    /** The key {@link Passed#key()} makes, in SQL (ISO dates on both databases). */
    private static String notRaised(String deadline, String column) {
        return " and not exists (select 1 from webhook_event w where w.case_id = c.id and w.overdue_key = '"
                + deadline + ":' || cast(" + column + " as varchar))";
    }

    record Passed(long caseId, String deadline, LocalDate due) {
        String key() {
            return deadline + ":" + due;
        }
    }

    @Scheduled(fixedDelay = "${portal.webhooks.overdue-interval:15m}", initialDelay = "${portal.webhooks.overdue-initial-delay:1m}")
    void check() {
        try {
            int raised = 0;
            for (Passed p : passed()) {
                if (raiseOnce(p)) {
                    raised++;
                }
            }
            if (raised > 0) {
                LOG.info("Raised case.overdue for {} deadline(s) passed", raised);
            }
        } catch (RuntimeException e) {
            LOG.warn("Overdue check failed: {}", e.getClass().getName());
        }
    }

    List<Passed> passed() {
        Date today = Date.valueOf(ClockFactory.today(clock));
        return transactions.executeRead(status -> jdbc.prepareStatement(PASSED, ps -> {
            ps.setDate(1, today);
            ps.setDate(2, today);
            List<Passed> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Passed(rs.getLong(1), rs.getString(2), rs.getDate(3).toLocalDate()));
                }
            }
            return out;
        }));
    }

    /** One transaction a deadline; another instance raising the same one at once meets the unique key and rolls back. */
    private boolean raiseOnce(Passed p) {
        try {
            return transactions.executeWrite(status -> {
                if (stored.existsByCaseIdAndOverdueKey(p.caseId(), p.key())) {
                    return false;
                }
                events.raise(p.caseId(), WebhookEventType.CASE_OVERDUE, Map.of("deadline", p.deadline(), "due", p.due().toString()),
                        p.key());
                return true;
            });
        } catch (RuntimeException e) {
            LOG.info("case.overdue for case {} ({}) not raised here: {}", p.caseId(), p.deadline(), e.getClass().getName());
            return false;
        }
    }
}
