package uk.council.complaints.report;

import jakarta.inject.Singleton;
import uk.council.complaints.journey.Field;
import uk.council.complaints.journey.Options;

import java.util.List;

import static uk.council.complaints.report.ReportSql.code;
import static uk.council.complaints.report.ReportSql.n;

/** Tables K, L and N: advocacy, decisions on out-of-time and paused complaints, equality. */
@Singleton
class RecordTables {
    private static final List<String> DECISIONS = List.of("out-of-time.accepted", "out-of-time.not-accepted",
            "proceedings.paused", "proceedings.limited", "proceedings.not-affected", "late-request.accepted", "late-request.refused");
    private static final List<String> REFUSALS = List.of("court-proceedings", "criminal-proceedings", "out-of-time",
            "outside-remit", "repeat-complaint", "no-parental-responsibility", "not-in-best-interest");
    private final ReportSql sql;

    RecordTables(ReportSql sql) {
        this.sql = sql;
    }

    /**
     * Advocacy for the period's representations: young people, the leaflet offered and shared, referrals, advocates.
     * Flags and leaflet events are first folded to one row per case and hash-joined (no subquery per case).
     */
    ReportTable k(ReportPeriod p) {
        String[][] rows = {
            {"youngPerson", "f.young = 1"},
            {"offered", "l.offered = 1"},
            {"leafletShared", "(l.shared = 1 or f.leaflet = 1)"},
            // once, with the representation it was made with: a case made from another (a later stage, a call-back's
            // complaint; linked both ways, the earlier one first) carries its request over (casework LinkedCases)
            {"requested", "f.requested = 1 and not exists (select 1 from case_handling lh join case_flag ef on ef.case_id = lh.linked_case_id"
                    + " where lh.case_id = c.id and lh.linked_case_id < c.id and ef.flag = 'ADVOCACY_REQUESTED')"},
            {"referred", "a.case_id is not null"},
            {"takenUp", ReportSql.THROUGH_ADVOCATE}};
        String from = " from complaint_case c left join (select case_id, " + has("flag", "'YOUNG_PERSON'", "young") + ", "
                + has("flag", "'LEAFLET_SENT'", "leaflet") + ", " + has("flag", "'ADVOCACY_REQUESTED'", "requested")
                + " from case_flag group by case_id) f on f.case_id = c.id"
                + " left join (select case_id, " + has("event", "'OFFERED'", "offered") + ", " + has("event", "'EMAILED', 'DOWNLOADED'", "shared")
                + " from leaflet_event group by case_id) l on l.case_id = c.id"
                + " left join advocacy_referral a on a.case_id = c.id where c.received_on between ? and ?";
        return counts("K", "report.row.advocacy.", rows, from, p);
    }

    private static String has(String column, String values, String as) {
        return "max(case when " + column + " in (" + values + ") then 1 else 0 end) as " + as;
    }

    /** The newest decision of each kind per case, flagged out-of-time complaints, pauses and refusals. */
    ReportTable l(ReportPeriod p) {
        TableGrid grid = TableGrid.of("L", ReportTable.Chart.BAR).column("count", "report.column.count")
                .row("flaggedOutOfTime", "report.row.decision.flaggedOutOfTime").rows(DECISIONS, "report.row.decision.")
                .row("paused", "report.row.decision.paused");
        REFUSALS.forEach(r -> grid.row("refused." + r, "staff.refusal." + r));
        sql.grouped("select d.kind || '.' || d.decision, count(distinct d.case_id) from case_decision d"
                + " join complaint_case c on c.id = d.case_id where c.received_on between ? and ?"
                + " and not exists (select 1 from case_decision n where n.case_id = d.case_id and n.kind = d.kind"
                + " and (n.decided_at > d.decided_at or (n.decided_at = d.decided_at and n.id > d.id))) group by 1", p)
                .forEach(r -> grid.add(code(r[0], ""), "count", n(r[1])));
        sql.rows("select 'flaggedOutOfTime', count(*) from case_flag f join complaint_case c on c.id = f.case_id"
                + " where c.received_on between ? and ? and f.flag = 'OUT_OF_TIME' union all select 'paused', count(distinct cp.case_id)"
                + " from case_pause cp join complaint_case c on c.id = cp.case_id where c.received_on between ? and ?",
                p.from(), p.to(), p.from(), p.to()).forEach(x -> grid.add(code(x[0], ""), "count", n(x[1])));
        sql.grouped("select h.refusal_reason, count(*)" + ReportSql.CASES + " and h.refusal_reason is not null and t.queue in " + Stages.IN + " group by 1", p)
                .forEach(x -> grid.add("refused." + code(x[0], ""), "count", n(x[1])));
        return grid.build();
    }

    /** Equality monitoring (kept apart from cases, by month): one table per question, each with its total. */
    List<ReportTable> equality(ReportPeriod p) {
        String[][] questions = {{"N", "age_band", "ageBand"}, {"N-gender", "gender", "gender"},
            {"N-disability", "disability", "disability"}, {"N-ethnicity", "ethnicity", "ethnicity"},
            {"N-orientation", "sexual_orientation", "sexualOrientation"}};
        List<List<String>> options = List.of(Options.AGE_BANDS, Options.GENDERS, Options.DISABILITY, Options.ETHNICITIES,
                Options.ORIENTATIONS);
        List<ReportTable> tables = new java.util.ArrayList<>();
        for (int q = 0; q < questions.length; q++) {
            TableGrid grid = TableGrid.of(questions[q][0], ReportTable.Chart.BAR).column("count", "report.column.count");
            String question = questions[q][2];
            options.get(q).forEach(o -> grid.row(o, Field.optionKey(question, o)));
            grid.row("not-answered", "report.row.notAnswered");
            sql.rows("select coalesce(" + questions[q][1] + ", 'not-answered'), count(*) from equality_monitoring"
                    + " where submitted_month between ? and ? group by 1", p.from().withDayOfMonth(1), p.to())
                    .forEach(r -> grid.add(code(r[0], "not-answered"), "count", n(r[1])));
            tables.add(grid.totalRow().build());
        }
        return tables;
    }

    /** One count per row, each a condition summed in one query. */
    private ReportTable counts(String letter, String keyPrefix, String[][] rows, String from, ReportPeriod p) {
        TableGrid grid = TableGrid.of(letter, ReportTable.Chart.BAR).column("count", "report.column.count");
        StringBuilder select = new StringBuilder("select count(*)");
        for (String[] row : rows) {
            grid.row(row[0], keyPrefix + row[0]);
            select.append(", sum(case when ").append(row[1]).append(" then 1 else 0 end)");
        }
        Object[] r = sql.grouped(select + from, p).get(0);
        for (int k = 0; k < rows.length; k++) {
            grid.put(rows[k][0], "count", Figure.count(n(r[k + 1])));
        }
        return grid.build();
    }
}
