package uk.council.complaints.report;

import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;

import static uk.council.complaints.report.ReportSql.n;

/** Table M: the Local Government and Social Care Ombudsman. */
@Singleton
class OmbudsmanTable {
    /** The Ombudsman's decisions and findings as the case page records them (casework's RecordForms). */
    private static final List<String> OMBUDSMAN_DECISIONS = List.of("not-for-us", "assessed-closed", "investigated");
    private static final List<String> OMBUDSMAN_FAULTS = List.of("fault-injustice", "fault-no-injustice", "no-fault");
    private final ReportSql sql;

    OmbudsmanTable(ReportSql sql) {
        this.sql = sql;
    }

    /**
     * The Ombudsman (LGSCO): complaints it received in the period beside decisions it made in the period, whenever
     * referred (as published reports count them), by decision and by every finding the case page records; and
     * their recommendations. The codes and words are the case page's ({@code staff.record.decision.*},
     * {@code staff.record.fault.*}).
     */
    ReportTable m(ReportPeriod p) {
        TableGrid grid = TableGrid.of("M", ReportTable.Chart.NONE).column("received", "report.column.ombudsman.received")
                .column("decided", "report.column.ombudsman.decided").row("cases", "report.row.ombudsman.cases")
                .row("referredBefore", "report.row.ombudsman.referredBefore").row("decided", "report.row.ombudsman.decided");
        OMBUDSMAN_DECISIONS.forEach(d -> grid.row(d, "staff.record.decision." + d));
        OMBUDSMAN_FAULTS.forEach(f -> grid.row(f, "staff.record.fault." + f));
        grid.row("faultNotRecorded", "report.row.ombudsman.faultNotRecorded");
        StringBuilder select = new StringBuilder("select count(*), sum(case when o.received_on < ? then 1 else 0 end),"
                + " sum(case when o.decided_on is not null then 1 else 0 end)");
        OMBUDSMAN_DECISIONS.forEach(d -> select.append(", sum(case when o.decision = '").append(d).append("' then 1 else 0 end)"));
        OMBUDSMAN_FAULTS.forEach(f -> select.append(", sum(case when o.fault = '").append(f).append("' then 1 else 0 end)"));
        select.append(", sum(case when o.decision = 'investigated' and o.fault is null then 1 else 0 end)");
        List<String> rows = new ArrayList<>(List.of("cases", "referredBefore", "decided"));
        rows.addAll(OMBUDSMAN_DECISIONS);
        rows.addAll(OMBUDSMAN_FAULTS);
        rows.add("faultNotRecorded");
        for (String column : List.of("received", "decided")) {
            Object[] r = sql.rows(select + " from ombudsman_case o where o." + column + "_on between ? and ?",
                    p.from(), p.from(), p.to()).get(0);
            for (int k = 0; k < rows.size(); k++) {
                grid.put(rows.get(k), column, Figure.count(n(r[k])));
            }
            Object[] rec = sql.rows("select count(*), sum(case when r.complied_on is not null then 1 else 0 end)"
                    + " from ombudsman_recommendation r join ombudsman_case o on o.id = r.ombudsman_case_id"
                    + " where o." + column + "_on between ? and ?", p.from(), p.to()).get(0);
            grid.row("recommendations", "report.row.ombudsman.recommendations").put("recommendations", column, Figure.count(n(rec[0])))
                    .row("complied", "report.row.ombudsman.complied").put("complied", column, Figure.count(n(rec[1])));
        }
        return grid.build();
    }
}
