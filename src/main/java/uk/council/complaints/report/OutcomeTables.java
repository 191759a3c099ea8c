package uk.council.complaints.report;

import jakarta.inject.Singleton;
import uk.council.complaints.cases.HowReceived;

import java.math.BigDecimal;
import java.util.List;

import static uk.council.complaints.report.ReportSql.FIRST_STAGE;
import static uk.council.complaints.report.ReportSql.code;
import static uk.council.complaints.report.ReportSql.n;

/** Tables O to R and the corporate Code's report: remedies, compliments, learning, call-backs. */
@Singleton
class OutcomeTables {
    /** The outcomes staff record (casework.StaffChoices.ACTUAL_OUTCOME, not visible outside casework), words staff.outcome.*. */
    private static final List<String> ACTUAL_OUTCOMES = List.of("apology-and-explanation", "explanation", "acknowledgement-of-mistake",
            "meeting-offered", "assessment", "request-fulfilled", "reimbursement", "no-investigation-possible", "service-to-continue");
    private final ReportSql sql;

    OutcomeTables(ReportSql sql) {
        this.sql = sql;
    }

    /** The actual outcomes (remedies) of first-stage complaints. */
    ReportTable o(ReportPeriod p) {
        TableGrid grid = Stages.byScope("O", ReportTable.Chart.BAR).rows(ACTUAL_OUTCOMES, "staff.outcome.");
        sql.grouped("select r.code, t.queue, count(*) from case_resolution r join complaint_case c on c.id = r.case_id"
                + " join case_triage t on t.case_id = c.id where c.received_on between ? and ? and r.kind = 'outcome'"
                + FIRST_STAGE + " group by 1, 2", p).forEach(r -> grid.add(code(r[0], ""), Stages.scope(r[1]), n(r[2])));
        return grid.totalColumn().build();
    }

    /** Outcomes by finding: the remedies of first-stage complaints by the complaint's finding ("upheld with an apology"). */
    ReportTable oFindings(ReportPeriod p) {
        TableGrid grid = TableGrid.of("O-findings", ReportTable.Chart.NONE).rows(ACTUAL_OUTCOMES, "staff.outcome.");
        IssueTables.FINDINGS.forEach(f -> grid.column(f, "staff.finding." + f));
        grid.column(Stages.WITHDRAWN, "report.finding.withdrawn").column("none", "report.finding.none");
        sql.grouped("select r.code, " + ReportSql.finding("h.finding") + ", count(*) from case_resolution r join complaint_case c on c.id = r.case_id"
                + " join case_triage t on t.case_id = c.id left join case_handling h on h.case_id = c.id"
                + " where c.received_on between ? and ? and r.kind = 'outcome'" + FIRST_STAGE + " group by 1, 2", p)
                .forEach(r -> grid.add(code(r[0], ""), code(r[1], "none"), n(r[2])));
        return grid.totalColumn().build();
    }

    /** Ombudsman remedies and payments (pence stored, pounds shown) for the Ombudsman's cases of the period. */
    ReportTable payments(ReportPeriod p) {
        Object[] r = sql.grouped("select sum(case when o.remedy is not null then 1 else 0 end),"
                + " sum(case when o.payment_pence > 0 then 1 else 0 end), coalesce(sum(o.payment_pence), 0)"
                + " from ombudsman_case o where o.received_on between ? and ?", p).get(0);
        return TableGrid.of("O-payments", ReportTable.Chart.NONE).column("value", "report.column.value")
                .row("remedies", "report.row.payments.remedies").row("payments", "report.row.payments.payments")
                .row("amount", "report.row.payments.amount")
                .put("remedies", "value", Figure.count(n(r[0]))).put("payments", "value", Figure.count(n(r[1])))
                .put("amount", "value", Figure.of(Figure.Kind.MONEY, BigDecimal.valueOf(n(r[2]), 2))).build();
    }

    /** Compliments by the team they are about (or the team triage sent them to) and who gave them. */
    ReportTable p(ReportPeriod p) {
        TableGrid grid = TableGrid.of("P", ReportTable.Chart.BAR);
        HowReceived.FEEDBACK_GIVERS.forEach(g -> grid.column(g, HowReceived.giverKey(g)));
        grid.column(Stages.NOT_RECORDED, "report.column.notRecorded");
        sql.grouped("select coalesce(c.feedback_team, t.team), coalesce(c.feedback_giver, '" + Stages.NOT_RECORDED + "'),"
                + " count(*)" + ReportSql.CASES + " and c.kind = 'COMPLIMENT' group by 1, 2 order by 1", p).forEach(r -> {
                    String team = code(r[0], "");
                    String giver = code(r[1], Stages.NOT_RECORDED);
                    grid.row(team, "report.row.name", team)
                            .add(team, HowReceived.FEEDBACK_GIVERS.contains(giver) ? giver : "other", n(r[2]));
                });
        return grid.totalColumn().totalRow().build();
    }

    /** Learning actions on the period's cases, by the team that owns them: done, or not yet. */
    ReportTable q(ReportPeriod p) {
        TableGrid grid = TableGrid.of("Q", ReportTable.Chart.BAR).column("implemented", "report.column.implemented")
                .column("notImplemented", "report.column.notImplemented");
        sql.grouped("select a.owner_team, sum(case when a.done_on is not null then 1 else 0 end),"
                + " sum(case when a.done_on is null then 1 else 0 end) from learning_action a"
                + " join complaint_case c on c.id = a.case_id where c.received_on between ? and ? group by 1 order by 1", p)
                .forEach(r -> grid.row(code(r[0], ""), "report.row.name", code(r[0], ""))
                        .add(code(r[0], ""), "implemented", n(r[1])).add(code(r[0], ""), "notImplemented", n(r[2])));
        return grid.totalColumn().totalRow().build();
    }

    /** Call-backs: made, and how many became complaints (a complaint linked from the call-back). */
    ReportTable r(ReportPeriod p) {
        Object[] r = sql.grouped("select count(*), sum(case when h.call_made_at is not null then 1 else 0 end),"
                + " sum(case when lt.queue in " + Stages.IN + " then 1 else 0 end),"
                + " sum(case when h.closed_at is not null and (lt.queue is null or lt.queue not in " + Stages.IN
                + ") then 1 else 0 end) from complaint_case c join case_triage t on t.case_id = c.id"
                + " left join case_handling h on h.case_id = c.id left join case_triage lt on lt.case_id = h.linked_case_id"
                + " where c.received_on between ? and ? and t.queue = 'CALLBACK'", p).get(0);
        return TableGrid.of("R", ReportTable.Chart.BAR).column("count", "report.column.count")
                .row("requested", "report.row.callback.requested").row("called", "report.row.callback.called")
                .row("becameComplaints", "report.row.callback.becameComplaints")
                .row("conversionRate", "report.row.callback.conversionRate").row("closedWithout", "report.row.callback.closedWithout")
                .put("requested", "count", Figure.count(n(r[0]))).put("called", "count", Figure.count(n(r[1])))
                .put("becameComplaints", "count", Figure.count(n(r[2]))).put("closedWithout", "count", Figure.count(n(r[3])))
                .put("conversionRate", "count", TableGrid.percent(n(r[2]), n(r[0]))).build();
    }

    /** The Complaint Handling Code's annual figures for corporate complaints. */
    ReportTable corporate(ReportPeriod p, List<Timescales.Cell> cells) {
        TableGrid grid = TableGrid.of("CORP", ReportTable.Chart.NONE).column("value", "report.column.value");
        for (String stage : List.of("CORPORATE", "CORPORATE_STAGE2")) {
            List<Timescales.Cell> of = cells.stream().filter(c -> c.stage().equals(stage)).toList();
            long responded = TimescaleTables.sum(of, Timescales.Cell::responded);
            long onTime = TimescaleTables.sum(of, Timescales.Cell::onTime);
            grid.row(stage + ".received", "report.row.corp." + stage + ".received")
                    .put(stage + ".received", "value", Figure.count(TimescaleTables.sum(of, Timescales.Cell::received)))
                    .row(stage + ".onTime", "report.row.corp." + stage + ".onTime").put(stage + ".onTime", "value", Figure.count(onTime))
                    .row(stage + ".onTimeRate", "report.row.corp." + stage + ".onTimeRate")
                    .put(stage + ".onTimeRate", "value", TableGrid.percent(onTime, responded));
        }
        Object[] r = sql.grouped("select count(distinct o.id), count(distinct case when o.fault in ('fault-injustice', 'fault-no-injustice')"
                + " then o.id end), count(distinct a.id), count(distinct case when a.done_on is not null then a.id end)"
                + " from complaint_case c join case_triage t on t.case_id = c.id left join ombudsman_case o on o.case_id = c.id"
                + " left join learning_action a on a.case_id = c.id where c.received_on between ? and ?"
                + " and t.queue in ('CORPORATE', 'CORPORATE_STAGE2')", p).get(0);
        String[] rows = {"ombudsman", "fault", "learning", "learningDone"};
        for (int k = 0; k < rows.length; k++) {
            grid.row(rows[k], "report.row.corp." + rows[k]).put(rows[k], "value", Figure.count(n(r[k])));
        }
        return grid.build();
    }
}
