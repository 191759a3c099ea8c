package uk.council.complaints.report;

import jakarta.inject.Singleton;
import uk.council.complaints.cases.Natures;
import uk.council.complaints.journey.Options;

import java.util.List;

import static uk.council.complaints.report.ReportSql.FIRST_STAGE;
import static uk.council.complaints.report.ReportSql.code;
import static uk.council.complaints.report.ReportSql.n;

/** Tables F to H: what complaints were about, what people wanted, and what was found. */
@Singleton
class IssueTables {
    private static final String ISSUES = " from case_issue i join complaint_case c on c.id = i.case_id"
            + " join case_triage t on t.case_id = c.id where c.received_on between ? and ?";
    /** The findings staff record (casework.StaffChoices.FINDING, not visible outside casework), words staff.finding.*. */
    static final List<String> FINDINGS = List.of("upheld", "partially-upheld", "not-upheld", "no-finding");
    private final ReportSql sql;
    private final Natures natures;

    IssueTables(ReportSql sql, Natures natures) {
        this.sql = sql;
        this.natures = natures;
    }

    /** Natures of the issues (several per complaint), at the first stage: a row for every configured nature. */
    ReportTable f(ReportPeriod p) {
        TableGrid grid = Stages.byScope("F", ReportTable.Chart.BAR);
        natures.all().forEach(c -> grid.row(c, Natures.labelKey(c)));
        sql.grouped("select i.nature, t.queue, count(*)" + ISSUES + FIRST_STAGE + " group by 1, 2", p)
                .forEach(r -> grid.add(code(r[0], "other"), Stages.scope(r[1]), n(r[2])));
        return grid.totalColumn().totalRow().build();
    }

    /** Findings by nature: each issue of a Stage 1 statutory or corporate complaint by its finding (as published reports give them). */
    ReportTable fFindings(ReportPeriod p) {
        TableGrid grid = TableGrid.of("F-findings", ReportTable.Chart.NONE);
        FINDINGS.forEach(f -> grid.column(f, "staff.finding." + f));
        grid.column("not-investigated", "report.finding.not-investigated").column(Stages.WITHDRAWN, "report.finding.withdrawn")
                .column("none", "report.finding.none");
        natures.all().forEach(c -> grid.row(c, Natures.labelKey(c)));
        sql.grouped("select i.nature, " + ReportSql.finding("i.finding") + ", count(*)" + ISSUES + FIRST_STAGE + " group by 1, 2", p)
                .forEach(r -> grid.add(code(r[0], "other"), code(r[1], "none"), n(r[2])));
        return grid.totalColumn().totalRow().build();
    }

    ReportTable g(ReportPeriod p) {
        TableGrid grid = Stages.optionRows(Stages.byScope("G", ReportTable.Chart.BAR), "outcomesSought",
                Options.OUTCOMES_SOUGHT);
        sql.grouped("select ch.choice, t.queue, count(*) from case_choice ch join complaint_case c on c.id = ch.case_id"
                + " join case_triage t on t.case_id = c.id where c.received_on between ? and ?"
                + " and ch.question = 'outcomesSought'" + FIRST_STAGE + " group by 1, 2", p)
                .forEach(r -> grid.add(code(r[0], "other"), Stages.scope(r[1]), n(r[2])));
        return grid.totalColumn().totalRow().build();
    }

    /**
     * The finding of each complaint at each stage (case_handling.finding) once answered, by table I's response: "none"
     * while not answered, "withdrawn" if withdrawn first, "no finding recorded" when answered without one.
     */
    ReportTable h(ReportPeriod p) {
        TableGrid grid = findings("H", true);
        sql.grouped("select " + ReportSql.caseFinding() + ", t.queue, count(*) from complaint_case c join case_triage t on t.case_id = c.id"
                + " left join case_handling h on h.case_id = c.id" + ReportSql.RESPONSE_JOINS + " where c.received_on between ? and ?"
                + " and t.queue in " + Stages.IN + ReportSql.ACCEPTED + " group by 1, 2", p)
                .forEach(r -> grid.add(code(r[0], "none"), code(r[1], ""), n(r[2])));
        return grid.totalRow().build();
    }

    /** The finding of each issue at each stage; an issue's "partly-upheld" counts as partially upheld. */
    ReportTable hIssues(ReportPeriod p) {
        TableGrid grid = findings("H-issues", false);
        sql.grouped("select " + ReportSql.finding("i.finding") + ", t.queue, count(*)" + ISSUES + " and t.queue in " + Stages.IN + ReportSql.ACCEPTED + " group by 1, 2", p)
                .forEach(r -> grid.add(code(r[0], "none"), code(r[1], ""), n(r[2])));
        return grid.totalRow().build();
    }

    /** {@code answered}: a row for the complaints answered with no finding recorded (H, per complaint). */
    private static TableGrid findings(String letter, boolean answered) {
        TableGrid grid = TableGrid.of(letter, ReportTable.Chart.BAR);
        Stages.ALL.forEach(s -> grid.column(s, Stages.key(s)));
        grid.rows(FINDINGS, "staff.finding.");
        grid.row("not-investigated", "report.finding.not-investigated");
        if (answered) {
            grid.row(ReportSql.NO_FINDING_RECORDED, "report.finding.notRecorded");
        }
        return grid.row(Stages.WITHDRAWN, "report.finding.withdrawn")
                .row("none", "report.finding.none");
    }
}
