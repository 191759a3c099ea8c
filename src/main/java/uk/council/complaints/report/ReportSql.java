package uk.council.complaints.report;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import uk.council.complaints.journey.Role;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the report's aggregate queries: each answers a few grouped rows, never the cases themselves.
 * One set of SQL for PostgreSQL and H2 in PostgreSQL mode. Callers hold the transaction.
 */
@Singleton
class ReportSql {
    /** The representations of the period with their queue: the FROM and WHERE of most tables (2 parameters). */
    static final String CASES = " from complaint_case c join case_triage t on t.case_id = c.id"
            + " left join case_handling h on h.case_id = c.id where c.received_on between ? and ?";
    /** SQL: the case {@code c} was refused (a refusal recorded, with its reason): counted in table A's row of its own and L. */
    static final String REFUSED = "exists (select 1 from case_handling rf where rf.case_id = c.id and rf.refusal_reason is not null)";
    /** Not refused: a refused complaint or request is no stage's complaint (issue 22; published reports count refusals apart). */
    static final String ACCEPTED = " and not " + REFUSED;
    /**
     * SQL: how the representation {@code c} was received: a Stage 2 or 3 request by how the request came (its
     * {@code stage_request}, where recorded), since its case carries over how the first complaint was received.
     */
    static final String RECEIVED_VIA = "coalesce((select ar.via from stage_request ar where ar.case_id = c.id), c.received_via)";
    /**
     * SQL: the representation {@code c} was made through an advocate, the one definition tables C, C-requests, D and K
     * count by (issue 22): made by one (the role given), raised at triage as filed by one, or came through one: a Stage 2
     * or 3 request by how the request came (its {@code stage_request}, where recorded), not by how the first complaint
     * was received (the later stage's case carries that over, which counted one advocate again at every stage).
     */
    static final String THROUGH_ADVOCATE = "(c.submitter_role = " + Role.ADVOCATE.sql() + " or exists"
            + " (select 1 from case_flag af where af.case_id = c.id and af.flag = 'ADVOCATE_FILING')"
            + " or " + ReportSql.RECEIVED_VIA + " = 'advocate')";
    /** A stage's response: the response recorded, else the Stage 2 adjudication, else the Stage 3 council response. */
    static final String RESPONSE = "coalesce(h.responded_on, si.adjudication_on, rp.council_response_on)";
    /** The joins {@link #RESPONSE} reads, after {@code case_handling h}. */
    static final String RESPONSE_JOINS = " left join stage_investigation si on si.case_id = c.id"
            + " left join review_panel rp on rp.case_id = c.id";
    /** The code of the row of C and D that counts {@link #THROUGH_ADVOCATE}. */
    static final String ADVOCATE = "advocate";
    /** SQL: the person withdrew the complaint {@code c} (issue 21): counted as withdrawn, never as unanswered or late. */
    static final String WITHDRAWN = "exists (select 1 from case_handling wd where wd.case_id = c.id and wd.withdrawn_on is not null)";
    /** Complaints at their first stage, refused ones not counted: statutory Stage 1 and corporate. */
    static final String FIRST_STAGE = " and t.queue in ('STAGE1', 'CORPORATE')" + ACCEPTED;

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ReportSql.class);
    private final JdbcOperations jdbc;

    ReportSql(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** The grouped rows of a query, each as its column values (numbers as Long, text as String). */
    List<Object[]> rows(String sql, Object... args) {
        long started = System.nanoTime();
        List<Object[]> rows = jdbc.prepareStatement(sql, st -> {
            for (int i = 0; i < args.length; i++) {
                st.setObject(i + 1, args[i]);
            }
            List<Object[]> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                while (rs.next()) {
                    Object[] row = new Object[meta.getColumnCount()];
                    for (int i = 0; i < row.length; i++) {
                        Object v = rs.getObject(i + 1);
                        row[i] = v instanceof Number n && !(v instanceof java.math.BigDecimal d && d.scale() > 0)
                                ? Long.valueOf(n.longValue()) : v;
                    }
                    out.add(row);
                }
            }
            return out;
        });
        if (LOG.isDebugEnabled()) {
            // bench/report.sh finds the slowest query here and explains it.
            LOG.debug("report query {} ms args {} sql {}", (System.nanoTime() - started) / 1_000_000, java.util.Arrays.toString(args), sql);
        }
        return rows;
    }

    /** Rows of (code, count) from a query with the period's two parameters first. */
    List<Object[]> grouped(String sql, ReportPeriod p, Object... more) {
        Object[] args = new Object[more.length + 2];
        args[0] = p.from();
        args[1] = p.to();
        System.arraycopy(more, 0, args, 2, more.length);
        return rows(sql, args);
    }

    /**
     * SQL: a finding as the report counts it: "partly-upheld" (an issue's word) as partially upheld; none recorded is
     * "withdrawn" when the person withdrew the complaint, else "none" (not answered yet).
     */
    static String finding(String column) {
        return "case when " + column + " = 'partly-upheld' then 'partially-upheld' when " + column + " is not null then " + column
                + " when " + WITHDRAWN + " then '" + Stages.WITHDRAWN + "' else 'none' end";
    }

    /**
     * SQL: a complaint's finding at its stage, by the same response as table I (issue 22, H and I reconciled by
     * definition): not answered is "withdrawn" or "none" as I's withdrawn and not responded to yet; answered with no
     * finding recorded is a row of its own, so H's findings add up to I's responded.
     */
    static String caseFinding() {
        return "case when " + RESPONSE + " is null then (case when " + WITHDRAWN + " then '" + Stages.WITHDRAWN + "' else 'none' end)"
                + " when h.finding is null then '" + NO_FINDING_RECORDED + "' else " + finding("h.finding") + " end";
    }

    /** The row of H for a complaint answered with no finding recorded. */
    static final String NO_FINDING_RECORDED = "notRecorded";

    static String code(Object o, String whenNull) {
        return o == null ? whenNull : o.toString();
    }

    static long n(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }
}
