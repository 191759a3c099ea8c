package uk.council.complaints.report;

import jakarta.inject.Singleton;
import uk.council.complaints.deadline.DeadlineKind;
import uk.council.complaints.deadline.DeadlineProperties;

import java.util.List;

import static uk.council.complaints.report.ReportSql.code;
import static uk.council.complaints.report.ReportSql.n;

/**
 * Response times per stage and quarter in one query: responded, on time (by the case's own response due
 * date, which already carries an agreed extension or a pause), extended, working days from received to
 * response, and the bands of table J with the limits from {@code portal.deadlines.*}: within the extended limit
 * counts only a case whose time was extended; one answered after the usual limit without an extension is over.
 */
@Singleton
class Timescales {
    private static final String RESPONSE = ReportSql.RESPONSE;
    private static final String QUARTER = "case when extract(month from c.received_on) between 4 and 6 then 1"
            + " when extract(month from c.received_on) between 7 and 9 then 2"
            + " when extract(month from c.received_on) between 10 and 12 then 3 else 4 end";
    private final ReportSql sql;
    private final WorkingDayCalendar calendar;
    private final DeadlineProperties deadlines;

    Timescales(ReportSql sql, WorkingDayCalendar calendar, DeadlineProperties deadlines) {
        this.sql = sql;
        this.calendar = calendar;
        this.deadlines = deadlines;
    }

    /** One stage in one quarter (1 = April to June). */
    record Cell(String stage, int quarter, long received, long responded, long onTime, long extended, long daysSum,
                long daysCounted, long withinTarget, long withinLimit, long overLimit, long withdrawn) {
    }

    List<Cell> cells(ReportPeriod p) {
        String limits = "case when t.queue in ('STAGE2', 'CORPORATE_STAGE2') then ? else ? end";
        String inner = "select t.queue as queue, " + QUARTER + " as q, " + RESPONSE + " as resp,"
                + " case when " + RESPONSE + " <= t.response_due then 1 else 0 end as on_time,"
                + " case when h.extended_at is not null then 1 else 0 end as ext, s.n - r.n as dd,"
                + " case when h.withdrawn_on is not null then 1 else 0 end as wdn,"
                + " " + limits + " as lim1, " + limits + " as lim2"
                + " from complaint_case c join case_triage t on t.case_id = c.id"
                + " left join case_handling h on h.case_id = c.id"
                + ReportSql.RESPONSE_JOINS
                + " left join wd r on r.d = c.received_on left join wd s on s.d = " + RESPONSE
                + " where c.received_on between ? and ? and t.queue in " + Stages.IN + ReportSql.ACCEPTED;
        String query = "with " + calendar.cte(p) + " select queue, q, count(*), count(resp), sum(case when resp is null then 0 else on_time end),"
                + " sum(ext), sum(dd), count(dd), sum(case when dd <= lim1 then 1 else 0 end),"
                + " sum(case when dd > lim1 and dd <= lim2 and ext = 1 then 1 else 0 end),"
                + " sum(case when dd > lim2 or (dd > lim1 and ext = 0) then 1 else 0 end),"
                + " sum(case when resp is null and wdn = 1 then 1 else 0 end)"
                + " from (" + inner + ") x group by queue, q";
        return sql.rows(query, days(DeadlineKind.STAGE2), days(DeadlineKind.STAGE1), days(DeadlineKind.STAGE2_MAX),
                days(DeadlineKind.STAGE1_EXTENDED), p.from(), p.to()).stream()
                .map(r -> new Cell(code(r[0], ""), (int) n(r[1]), n(r[2]), n(r[3]), n(r[4]), n(r[5]), n(r[6]), n(r[7]),
                        n(r[8]), n(r[9]), n(r[10]), n(r[11])))
                .toList();
    }

    private int days(DeadlineKind kind) {
        return deadlines.workingDaysFor(kind);
    }
}
