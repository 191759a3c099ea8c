package uk.council.complaints.report;

import jakarta.inject.Singleton;

import java.util.List;
import java.util.function.ToLongFunction;

import static uk.council.complaints.report.ReportSql.n;

/** Tables I and J: timescale compliance per stage and quarter, and the working-day bands. */
@Singleton
class TimescaleTables {
    private static final List<String> QUARTERS = List.of("1", "2", "3", "4");
    private static final List<String> BANDED = List.of("STAGE1", "CORPORATE", "STAGE2", "CORPORATE_STAGE2");
    private final ReportSql sql;

    TimescaleTables(ReportSql sql) {
        this.sql = sql;
    }

    ReportTable i(List<Timescales.Cell> cells) {
        TableGrid grid = TableGrid.of("I", ReportTable.Chart.BAR).column("responded", "report.column.responded")
                .column("onTime", "report.column.onTime").column("onTimeRate", "report.column.onTimeRate")
                .column("averageDays", "report.column.averageDays").column("extended", "report.column.extended")
                .column(Stages.WITHDRAWN, "report.column.withdrawn").column("notResponded", "report.column.notResponded")
                .rows(Stages.ALL, "staff.queue.");
        for (String stage : Stages.ALL) {
            List<Timescales.Cell> of = cells.stream().filter(c -> c.stage().equals(stage)).toList();
            long responded = sum(of, Timescales.Cell::responded);
            long onTime = sum(of, Timescales.Cell::onTime);
            grid.put(stage, "responded", Figure.count(responded)).put(stage, "onTime", Figure.count(onTime))
                    .put(stage, "onTimeRate", TableGrid.percent(onTime, responded))
                    .put(stage, "averageDays", TableGrid.average(sum(of, Timescales.Cell::daysSum), sum(of, Timescales.Cell::daysCounted)))
                    .put(stage, "extended", Figure.count(sum(of, Timescales.Cell::extended)));
            // withdrawn before a response: neither answered nor waiting (issue 21); the rest are still to be answered
            long withdrawn = sum(of, Timescales.Cell::withdrawn);
            grid.put(stage, Stages.WITHDRAWN, Figure.count(withdrawn))
                    .put(stage, "notResponded", Figure.count(sum(of, Timescales.Cell::received) - responded - withdrawn));
        }
        return grid.build();
    }

    /** The share answered on time per quarter of the year (April to June first), one line per stage. */
    ReportTable quarters(List<Timescales.Cell> cells) {
        TableGrid grid = TableGrid.of("I-quarters", ReportTable.Chart.LINE).rows(QUARTERS, "report.row.quarter.");
        Stages.ALL.forEach(s -> grid.column(s, Stages.key(s)));
        for (String q : QUARTERS) {
            for (String stage : Stages.ALL) {
                List<Timescales.Cell> of = cells.stream()
                        .filter(c -> c.stage().equals(stage) && String.valueOf(c.quarter()).equals(q)).toList();
                grid.put(q, stage, TableGrid.percent(sum(of, Timescales.Cell::onTime), sum(of, Timescales.Cell::responded)));
            }
        }
        return grid.build();
    }

    /** Responses by working days taken: within the usual limit, within the extended limit, over it. */
    ReportTable j(List<Timescales.Cell> cells) {
        TableGrid grid = TableGrid.of("J", ReportTable.Chart.BAR).column("withinTarget", "report.column.withinTarget")
                .column("withinLimit", "report.column.withinLimit").column("overLimit", "report.column.overLimit")
                .rows(BANDED, "staff.queue.");
        for (String stage : BANDED) {
            List<Timescales.Cell> of = cells.stream().filter(c -> c.stage().equals(stage)).toList();
            grid.put(stage, "withinTarget", Figure.count(sum(of, Timescales.Cell::withinTarget)))
                    .put(stage, "withinLimit", Figure.count(sum(of, Timescales.Cell::withinLimit)))
                    .put(stage, "overLimit", Figure.count(sum(of, Timescales.Cell::overLimit)));
        }
        return grid.totalColumn().build();
    }

    /** Stage 3: each step of the review panel against its own due date. */
    ReportTable jLimits(ReportPeriod p) {
        TableGrid grid = TableGrid.of("J-limits", ReportTable.Chart.BAR).column("onTime", "report.column.onTime")
                .column("late", "report.column.late").column(Stages.WITHDRAWN, "report.column.withdrawnFirst")
                .column("notYet", "report.column.notYet");
        String[][] steps = {{"meeting", "meeting_on", "meeting_due"}, {"report", "report_on", "report_due"},
            {"councilResponse", "council_response_on", "council_response_due"}};
        StringBuilder select = new StringBuilder("select count(*)");
        for (String[] s : steps) {
            grid.row(s[0], "report.row.panel." + s[0]);
            select.append(", sum(case when rp.").append(s[1]).append(" <= rp.").append(s[2]).append(" then 1 else 0 end)")
                    .append(", sum(case when rp.").append(s[1]).append(" > rp.").append(s[2]).append(" then 1 else 0 end)")
                    .append(", sum(case when rp.").append(s[1]).append(" is null and ").append(ReportSql.WITHDRAWN).append(" then 1 else 0 end)")
                    .append(", sum(case when rp.").append(s[1]).append(" is null and not ").append(ReportSql.WITHDRAWN).append(" then 1 else 0 end)");
        }
        Object[] r = sql.grouped(select + " from review_panel rp join complaint_case c on c.id = rp.case_id"
                + " where c.received_on between ? and ?" + ReportSql.ACCEPTED, p).get(0);
        for (int k = 0; k < steps.length; k++) {
            grid.put(steps[k][0], "onTime", Figure.count(n(r[1 + 4 * k]))).put(steps[k][0], "late", Figure.count(n(r[2 + 4 * k])))
                    .put(steps[k][0], Stages.WITHDRAWN, Figure.count(n(r[3 + 4 * k]))).put(steps[k][0], "notYet", Figure.count(n(r[4 + 4 * k])));
        }
        return grid.build();
    }

    static long sum(List<Timescales.Cell> cells, ToLongFunction<Timescales.Cell> f) {
        return cells.stream().mapToLong(f).sum();
    }
}
