package uk.council.complaints.queue;

import uk.council.complaints.cases.Sections;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The CSV export's columns by name (issue 24): each its header, its SQL expression (or the multiple-choice list it is
 * read from) and its formatter. The person's answers come from the section records: every answer not declared
 * {@code teamOnly} is a column, those named here where the report has always read them, the others after.
 */
public final class ExportColumns {
    /** One column: an SQL expression over the queue's joins, or (sql null) a list read by {@code QueueExport#lists}. */
    record Column(String header, String sql, String list, Function<Object, String> format) {
    }

    static final List<Column> ALL;
    public static final List<String> HEADER;

    static {
        List<Column> named = List.of(col("reference", "c.reference"), col("type", "c.kind"), col("queue", "t.queue"),
                col("status", "c.status"), col("priority", "t.priority"), col("received", "c.received_on"),
                answer("submitterRole"), answer("service"), list("outcomes_sought", "outcomes"), list("flags", "flags"),
                col("acknowledge_by", "t.acknowledge_by"), col("acknowledged_on", "cast(h.acknowledged_at as date)"),
                col("response_due", "t.response_due"),
                col("extended", "case when h.extended_at is null then 'no' else 'yes' end"),
                col("responded_on", "h.responded_on"), list("response_methods", "method"), col("finding", "h.finding"),
                list("actual_outcomes", "outcome"),
                col("responded_in_time", "case when t.response_due is null or h.responded_on is null then null"
                        + " when h.responded_on <= t.response_due then 'yes' else 'no' end"),
                col("closed_on", "cast(h.closed_at as date)"), col("refusal_reason", "h.refusal_reason"),
                col("assigned_to", "u.display_name"), col("linked_reference", "l.reference"),
                // issue 10: how it arrived, its issues' natures, and for feedback the team and who gave it
                col("received_via", "c.received_via"), list("issue_natures", "natures"),
                col("feedback_team", "c.feedback_team"), col("feedback_giver", "c.feedback_giver"),
                // Issue 10, the statutory lifecycle
                col("paused", "case when exists (select 1 from case_pause p where p.case_id = c.id"
                        + " and p.resumed_on is null) then 'yes' else 'no' end"),
                col("out_of_time_decision", decision("out-of-time")), col("proceedings_decision", decision("proceedings")),
                col("late_request_decision", decision("late-request")), col("adjudication_on", "si.adjudication_on"),
                col("panel_meeting_due", "rp.meeting_due"), col("panel_meeting_on", "rp.meeting_on"),
                col("panel_report_due", "rp.report_due"), col("panel_report_on", "rp.report_on"),
                col("council_response_due", "rp.council_response_due"),
                col("council_response_on", "rp.council_response_on"),
                // Evidence (issue 11): how many files the person attached.
                col("evidence_files", "(select count(*) from evidence_file e where e.case_id = c.id)"),
                answer("advocateWanted"),
                // Several children (docs/adr/0017-several-children.md): how many; their names stay out, like every name.
                col("children", "(select count(*) from case_child k where k.case_id = c.id)"),
                // issue 21: how the request for this stage came (a Stage 2 or 3 case), and the day it was withdrawn
                col("request_via", "(select sr.via from stage_request sr where sr.case_id = c.id)"),
                col("withdrawn_on", "h.withdrawn_on"),
                // issue 21: an enquiry's kind (pre-complaint, ad-hoc, ombudsman, not-recorded); empty for other kinds
                col("enquiry_kind", "c.enquiry_kind"));
        List<Column> all = new ArrayList<>(named);
        // Every other answer that may leave the team, in the sections' order: a new question needs no line here.
        Sections.parts().stream().filter(p -> !p.answer().teamOnly())
                .filter(p -> named.stream().noneMatch(c -> c.header().equals(p.header())))
                .forEach(p -> all.add(answer(p.name())));
        ALL = List.copyOf(all);
        // issue 10: the Ombudsman and learning
        HEADER = Stream.concat(ALL.stream().map(Column::header), RecordColumns.HEADER.stream()).toList();
    }

    private ExportColumns() {
    }

    /** The expressions of the SQL columns, in order, after the case id. */
    static String select() {
        return "select c.id" + ALL.stream().filter(c -> c.sql() != null).map(c -> ", " + c.sql()).reduce("", String::concat);
    }

    private static Column col(String header, String sql) {
        return new Column(header, sql, null, ExportColumns::text);
    }

    private static Column list(String header, String kind) {
        return new Column(header, null, kind, ExportColumns::text);
    }

    /** A person's answer, by its name in its section; one declared team only can never be a column. */
    static Column answer(String name) {
        Sections.Part p = Sections.parts().stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow();
        if (p.answer().teamOnly()) {
            throw new IllegalStateException(name + " must not leave the team");
        }
        return new Column(p.header(), "c." + p.column(), null, ExportColumns::text);
    }

    private static String text(Object v) {
        return v == null ? "" : v instanceof Boolean b ? (b ? "yes" : "no") : String.valueOf(v);
    }

    /** The newest decision of a kind on the case (case_decision keeps every one). */
    private static String decision(String kind) {
        return "(select d.decision from case_decision d where d.case_id = c.id and d.kind = '" + kind
                + "' order by d.id desc limit 1)";
    }
}
