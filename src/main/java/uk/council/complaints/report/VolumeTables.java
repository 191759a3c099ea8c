package uk.council.complaints.report;

import jakarta.inject.Singleton;
import uk.council.complaints.cases.EnquiryKinds;
import uk.council.complaints.cases.HowReceived;
import uk.council.complaints.journey.Field;
import uk.council.complaints.journey.Options;
import uk.council.complaints.journey.SubmissionKind;
import uk.council.complaints.triage.Queue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static uk.council.complaints.report.ReportSql.CASES;
import static uk.council.complaints.report.ReportSql.FIRST_STAGE;
import static uk.council.complaints.report.ReportSql.code;
import static uk.council.complaints.report.ReportSql.n;

/** Tables A to E: how many, at which stage, how they came in, from whom, about which service. */
@Singleton
class VolumeTables {
    private static final String STAGES_IN = " and t.queue in " + Stages.IN;
    /** Table A's row and table B's column of refused complaints and requests. */
    static final String REFUSED = "REFUSED";
    /** SQL: the row of table A a case {@code c} is counted in (its kind, else signposted or refused). */
    private static final String A_ROW = "case when t.queue = '" + Queue.SIGNPOST + "' then t.queue when t.queue in " + Stages.IN
            + " and " + ReportSql.REFUSED + " then '" + REFUSED + "' else c.kind end";
    private static final String A_FROM = " from complaint_case c left join case_triage t on t.case_id = c.id"
            + " where c.received_on between ? and ?";
    private final ReportSql sql;

    VolumeTables(ReportSql sql) {
        this.sql = sql;
    }

    ReportTable a(ReportPeriod p) {
        TableGrid grid = TableGrid.of("A", ReportTable.Chart.BAR).column("count", "report.column.count");
        Stream.of(SubmissionKind.values()).forEach(k -> grid.row(k.name(), "staff.kind." + k.name()));
        // what triage pointed to another procedure is a row of its own, so A's complaints are B's and D to G's
        grid.row(Queue.SIGNPOST.name(), "report.row.signposted");
        // and a complaint or request the council refused is a row of its own, as published reports give it (not a stage's)
        grid.row(REFUSED, "report.row.refused");
        sql.grouped("select " + A_ROW + ", count(*)" + A_FROM + " group by 1", p)
                .forEach(r -> grid.add(code(r[0], Stages.NOT_RECORDED), "count", n(r[1])));
        return grid.totalRow().build();
    }

    /**
     * Table A's enquiries by kind (issue 21's pre-complaint, ad hoc and Ombudsman enquiry; issue 22): the same cases as A's
     * row of enquiries, by the same expression, so its total is that row; one recorded before the kind was asked is
     * "not recorded".
     */
    ReportTable aEnquiries(ReportPeriod p) {
        TableGrid grid = TableGrid.of("A-enquiries", ReportTable.Chart.BAR).column("count", "report.column.count");
        EnquiryKinds.ALL.forEach(k -> grid.row(k, EnquiryKinds.labelKey(k)));
        sql.grouped("select coalesce(c.enquiry_kind, '" + EnquiryKinds.NOT_RECORDED + "'), count(*)" + A_FROM
                + " and " + A_ROW + " = '" + SubmissionKind.ENQUIRY + "' group by 1", p)
                .forEach(r -> grid.add(code(r[0], EnquiryKinds.NOT_RECORDED), "count", n(r[1])));
        return grid.totalRow().build();
    }

    ReportTable b(ReportPeriod p) {
        TableGrid grid = TableGrid.of("B", ReportTable.Chart.BAR).column("received", "report.column.received")
                .column("escalated", "report.column.escalated").column("rate", "report.column.escalationRate")
                .column(REFUSED, "report.column.refused").rows(Stages.ALL, "staff.queue.");
        sql.grouped("select t.queue, sum(case when " + ReportSql.REFUSED + " then 0 else 1 end),"
                + " sum(case when " + Stages.ESCALATED + " then 1 else 0 end), sum(case when " + ReportSql.REFUSED + " then 1 else 0 end)"
                + " from complaint_case c join case_triage t on t.case_id = c.id left join case_handling h on h.case_id = c.id"
                + " left join case_triage lt on lt.case_id = h.linked_case_id"
                + " where c.received_on between ? and ?" + STAGES_IN + " group by t.queue", p).forEach(r -> {
                    grid.add(code(r[0], ""), "received", n(r[1])).add(code(r[0], ""), "escalated", n(r[2]))
                            .add(code(r[0], ""), REFUSED, n(r[3]));
                    grid.put(code(r[0], ""), "rate", TableGrid.percent(n(r[2]), n(r[1])));
                });
        return grid.build();
    }

    /** Complaints at each stage in the five financial years up to the period's end; only years with cases. */
    ReportTable trend(ReportPeriod p) {
        int last = p.to().getMonthValue() < 4 ? p.to().getYear() - 1 : p.to().getYear();
        TableGrid grid = TableGrid.of("B-trend", ReportTable.Chart.LINE);
        Stages.ALL.forEach(s -> grid.column(s, Stages.key(s)));
        String year = "extract(year from c.received_on) - case when extract(month from c.received_on) < 4 then 1 else 0 end";
        sql.rows("select " + year + ", t.queue, count(*) from complaint_case c join case_triage t on t.case_id = c.id"
                + " where c.received_on between ? and ?" + STAGES_IN + ReportSql.ACCEPTED + " group by 1, 2 order by 1",
                LocalDate.of(last - 4, 4, 1), LocalDate.of(last + 1, 3, 31)).forEach(r -> {
                    String y = String.valueOf(n(r[0]));
                    grid.row(y, "report.row.year", y, String.valueOf(n(r[0]) + 1));
                    grid.add(y, code(r[1], ""), n(r[2]));
                });
        return grid.build();
    }

    ReportTable c(ReportPeriod p) {
        TableGrid grid = Stages.byScope("C", ReportTable.Chart.BAR).column("all", "report.column.allRepresentations");
        HowReceived.ALL.forEach(v -> grid.row(v, HowReceived.viaKey(v)));
        sql.grouped("select " + advocateOr(ReportSql.RECEIVED_VIA) + ", case when " + ReportSql.REFUSED + " then 'refused' else t.queue end, count(*)" + CASES
                + " group by 1, 2", p).forEach(r -> {
            String via = code(r[0], Stages.NOT_RECORDED);
            if ("STAGE1".equals(r[1]) || "CORPORATE".equals(r[1])) {
                grid.add(via, Stages.scope(r[1]), n(r[2]));
            }
            grid.add(via, "all", n(r[2]));
        });
        return grid.totalRow().build();
    }

    ReportTable d(ReportPeriod p) {
        TableGrid grid = Stages.byScope("D", ReportTable.Chart.BAR);
        Stages.roles().forEach(r -> grid.row(r, r.equals("care-leaver") ? "report.role.care-leaver" : Field.optionKey("role", r)));
        return byScope(grid, advocateOr("c.submitter_role"), p);
    }

    ReportTable e(ReportPeriod p) {
        return byScope(Stages.optionRows(Stages.byScope("E", ReportTable.Chart.BAR), "service", Options.SERVICES),
                "c.service", p);
    }

    /** SQL: {@code column}'s code, or "advocate" for a representation made through an advocate (one definition for C, D and K). */
    private static String advocateOr(String column) {
        return "case when " + ReportSql.THROUGH_ADVOCATE + " then '" + ReportSql.ADVOCATE + "' else " + column + " end";
    }

    private ReportTable byScope(TableGrid grid, String column, ReportPeriod p) {
        grid.row(Stages.NOT_RECORDED, "report.row.notRecorded");
        sql.grouped("select " + column + ", t.queue, count(*)" + CASES + FIRST_STAGE + " group by 1, 2", p)
                .forEach(r -> grid.add(code(r[0], Stages.NOT_RECORDED), Stages.scope(r[1]), n(r[2])));
        return grid.totalColumn().totalRow().build();
    }
}
