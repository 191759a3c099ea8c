package uk.council.complaints.report;

import jakarta.inject.Singleton;
import uk.council.complaints.cases.HowReceived;
import uk.council.complaints.journey.SubmissionKind;
import uk.council.complaints.triage.Queue;

import java.util.List;

import static uk.council.complaints.report.ReportSql.code;
import static uk.council.complaints.report.ReportSql.n;

/** The Stage 2 and Stage 3 requests: table A with and without them, and how they came (issue 22, issue 21's request_via). */
@Singleton
class RequestTables {
    private static final List<String> REQUEST_STAGES = List.of(Queue.STAGE2.name(), Queue.STAGE3.name(), Queue.CORPORATE_STAGE2.name());
    private final ReportSql sql;

    RequestTables(ReportSql sql) {
        this.sql = sql;
    }

    /** Table A's total with and without the Stage 2 and 3 requests (published reports give "total less Stage 2/3 requests"). */
    static ReportTable aRequests(ReportTable a) {
        long requests = 0;
        long all = 0;
        for (ReportTable.Row r : a.rows()) {
            long n = r.figures().get(0).value().longValue();
            boolean request = List.of(SubmissionKind.STAGE2.name(), SubmissionKind.STAGE3.name(),
                    SubmissionKind.CORPORATE_STAGE2.name()).contains(r.code());
            requests += request ? n : 0;
            all += ReportTable.TOTAL.equals(r.code()) ? n : 0;
        }
        return TableGrid.of("A-requests", ReportTable.Chart.NONE).column("count", "report.column.count")
                .row("withoutRequests", "report.row.withoutRequests").put("withoutRequests", "count", Figure.count(all - requests))
                .row("requests", "report.row.requests").put("requests", "count", Figure.count(requests)).totalRow().build();
    }

    /**
     * How the requests for the next stage came (issue 21's stage_request.via; "not recorded" before it), by stage,
     * refused ones not counted: each column's total is table B's received.
     */
    ReportTable cRequests(ReportPeriod p) {
        TableGrid grid = TableGrid.of("C-requests", ReportTable.Chart.NONE);
        REQUEST_STAGES.forEach(s -> grid.column(s, Stages.key(s)));
        HowReceived.ALL.forEach(v -> grid.row(v, HowReceived.viaKey(v)));
        grid.row(Stages.NOT_RECORDED, "report.row.notRecorded");
        sql.grouped("select case when " + ReportSql.THROUGH_ADVOCATE + " then '" + ReportSql.ADVOCATE + "' else sr.via end, t.queue, count(*) from complaint_case c join case_triage t on t.case_id = c.id"
                + " left join stage_request sr on sr.case_id = c.id where c.received_on between ? and ?"
                + " and t.queue in ('" + String.join("', '", REQUEST_STAGES) + "')" + ReportSql.ACCEPTED + " group by 1, 2", p)
                .forEach(r -> grid.add(code(r[0], Stages.NOT_RECORDED), code(r[1], ""), n(r[2])));
        return grid.totalColumn().totalRow().build();
    }
}
