package uk.council.complaints.report;

import uk.council.complaints.journey.Field;
import uk.council.complaints.journey.Options;

import java.util.ArrayList;
import java.util.List;

/**
 * The categories the report counts by, as stored codes, in the order the tables list them. Words reuse the
 * form's and staff pages' keys where they exist; the rest are {@code report.*}.
 */
final class ReportCodes {
    private ReportCodes() {
    }

    /** Stages by the queue a case is triaged into (a Stage 2 or 3 case is its own case). */
    static final List<String> STAGES = List.of("STAGE1", "STAGE2", "STAGE3", "CORPORATE", "CORPORATE_STAGE2");
    static final String STAGE_KEY = "report.stage.";
    /** SQL: the case joined as {@code lt} (by h.linked_case_id) is the next stage of the case in {@code t}. */
    static final String ESCALATED = "((t.queue = 'STAGE1' and lt.queue = 'STAGE2') or (t.queue = 'STAGE2' and lt.queue = 'STAGE3')"
            + " or (t.queue = 'CORPORATE' and lt.queue in ('CORPORATE_STAGE2', 'STAGE2')))";
    static final String COMPLAINT_QUEUES = "('STAGE1', 'CORPORATE', 'STAGE2', 'STAGE3', 'CORPORATE_STAGE2')";

    static final List<String> KINDS = List.of("COMPLAINT", "STAGE2", "CALLBACK", "COMPLIMENT", "COMMENT", "SUGGESTION", "ENQUIRY");
    static final List<String> VIA = List.of("online-form", "email", "letter", "phone", "in-person", "advocate", "mp-councillor");
    static final List<String> NATURES = List.of("quality-of-service", "conduct-of-worker", "poor-communication", "delay",
            "assessment-outcome", "assessment-process", "placement", "contact-arrangements", "finance", "safeguarding", "other");
    static final List<String> FINDINGS = List.of("upheld", "partially-upheld", "not-upheld", "no-finding");
    static final List<String> ACTUAL_OUTCOMES = List.of("apology-and-explanation", "explanation", "acknowledgement-of-mistake",
            "meeting-offered", "assessment", "request-fulfilled", "reimbursement", "no-investigation-possible", "service-to-continue");
    static final List<String> GIVERS = List.of("family", "young-person", "professional", "carer", "other");
    static final String NOT_RECORDED = "not-recorded";

    static String kindKey(String kind) {
        return "ENQUIRY".equals(kind) ? "report.kind.ENQUIRY" : "staff.kind." + kind;
    }

    static TableGrid byScope(String letter, ReportTable.Chart chart) {
        return TableGrid.of(letter, chart).column("statutory", "report.column.statutory")
                .column("corporate", "report.column.corporate");
    }

    static String scope(Object queue) {
        return "STAGE1".equals(queue) ? "statutory" : "corporate";
    }

    static TableGrid optionRows(TableGrid grid, String question, List<String> codes) {
        codes.forEach(c -> grid.row(c, Field.optionKey(question, c)));
        return grid;
    }

    static List<String> roles() {
        List<String> roles = new ArrayList<>(Options.ROLES);
        roles.add(roles.size() - 1, "care-leaver");
        return roles;
    }
}
