package uk.council.complaints.report;

import uk.council.complaints.journey.Field;
import uk.council.complaints.journey.Options;
import uk.council.complaints.triage.Queue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The complaint stages the report counts by: the triage queues they are worked in ({@link Queue}, a Stage 2 or 3
 * is its own case), in the staff pages' words ({@code staff.queue.<QUEUE>}). The other categories come from the
 * features that own them (cases.Natures, cases.HowReceived, journey.SubmissionKind and Options).
 */
final class Stages {
    static final List<String> ALL = Stream.of(Queue.STAGE1, Queue.STAGE2, Queue.STAGE3, Queue.CORPORATE, Queue.CORPORATE_STAGE2)
            .map(Enum::name).toList();
    /** SQL: the queues above, for {@code t.queue in ...}. */
    static final String IN = ALL.stream().map(q -> "'" + q + "'").collect(Collectors.joining(", ", "(", ")"));
    /** SQL: the case joined as {@code lt} (by h.linked_case_id) is the next stage of the case in {@code t}. */
    static final String ESCALATED = "((t.queue = '" + Queue.STAGE1 + "' and lt.queue = '" + Queue.STAGE2 + "')"
            + " or (t.queue = '" + Queue.STAGE2 + "' and lt.queue = '" + Queue.STAGE3 + "')"
            + " or (t.queue = '" + Queue.CORPORATE + "' and lt.queue in ('" + Queue.CORPORATE_STAGE2 + "', '" + Queue.STAGE2 + "')))";
    static final String NOT_RECORDED = "not-recorded";
    /** The row or column of complaints the person withdrew before a finding or a response (issue 21's withdrawn_on). */
    static final String WITHDRAWN = "withdrawn";

    private Stages() {
    }

    static String key(String queue) {
        return "staff.queue." + queue;
    }

    static TableGrid byScope(String letter, ReportTable.Chart chart) {
        return TableGrid.of(letter, chart).column("statutory", "report.column.statutory")
                .column("corporate", "report.column.corporate");
    }

    static String scope(Object queue) {
        return Queue.STAGE1.name().equals(queue) ? "statutory" : "corporate";
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
