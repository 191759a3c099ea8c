package uk.council.complaints.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The import template (issue 25): one case a row. The case's own columns are named as the staff intake form names its
 * questions (any other question of that form may be added as a column too), a list as values separated by
 * {@value #LIST_SEPARATOR}, a date as yyyy-MM-dd; the steps after it are the {@code outOfTime...}, {@code stage1...},
 * {@code stage2...}, {@code stage3...}, {@code callOutcome}, {@code withdrawnOn} and {@code closed} columns, each named
 * as the case page's form names its answer after the prefix. README "Importing a register".
 */
final class RegisterColumns {
    static final String LIST_SEPARATOR = ";";
    static final String SOURCE_REFERENCE = "sourceReference";
    static final String RECEIVED_ON = "receivedOn";
    static final String CLOSED = "closed";
    static final String CALL_OUTCOME = "callOutcome";
    static final String WITHDRAWN_ON = "withdrawnOn";
    static final String STAGE1 = "stage1";
    static final String STAGE2 = "stage2";
    static final String STAGE3 = "stage3";
    /** The decision on a complaint made more than a year after the events (before its Stage 1 response). */
    static final String OUT_OF_TIME = "outOfTime";
    static final List<String> OUT_OF_TIME_COLUMNS = List.of(OUT_OF_TIME + "Decision", OUT_OF_TIME + "Reason");

    /** The case as staff intake asks for it, in the template's order. */
    static final List<String> CASE = List.of(SOURCE_REFERENCE, "kind", "role", "receivedVia", RECEIVED_ON, "riskNow",
            "childName", "childAge", "parentalResponsibility", "advocateOrganisation", "childAgrees", "service",
            "whatHappened", "whenHappened", "stillHappening", "outcomesSought", "courtProceedings", "raisedBefore", "callbackDays",
            "callbackTime", "callbackTopic", "feedbackMessage", "feedbackTeam", "feedbackGiver", "fullName", "email",
            "phone", "preferredContact", "issue-1-nature", "issue-1-summary", "issue-2-nature", "issue-2-summary",
            "issue-3-nature", "issue-3-summary");
    /** A stage's outcome, with the prefix of its stage ({@code stage1RespondedOn}). */
    static final List<String> OUTCOME = List.of("RespondedOn", "Methods", "Finding", "Outcomes", "IssueFindings");
    /** The request for the next stage (Stage 2, corporate Stage 2 or Stage 3). */
    static final List<String> REQUEST = List.of("RequestedOn", "RequestVia", "Reason", "WantNow");
    /** Stage 2's people. */
    static final List<String> INVESTIGATORS = List.of("InvestigatingOfficer", "IndependentPerson");
    /** Stage 3's review panel: its members, the meeting and its report (the council's response is the stage's outcome). */
    static final List<String> PANEL = List.of("Chair", "MemberTwo", "MemberThree", "MeetingOn", "ReportOn");
    /** The case's date answers, written yyyy-MM-dd (staff intake asks each in three parts). */
    static final List<String> DATES = List.of(RECEIVED_ON, "childDob", "whenHappened");
    /** Answers that hold several values. */
    static final List<String> LISTS = List.of("stillHappening", "outcomesSought", "callbackDays", "accessNeeds",
            STAGE1 + "Methods", STAGE1 + "Outcomes", STAGE1 + "IssueFindings", STAGE2 + "Methods", STAGE2 + "Outcomes",
            STAGE2 + "IssueFindings", STAGE3 + "Methods", STAGE3 + "Outcomes", STAGE3 + "IssueFindings");

    private RegisterColumns() {
    }

    /** Every column of the template, in order. */
    static List<String> all() {
        List<String> all = new ArrayList<>(CASE);
        all.addAll(OUT_OF_TIME_COLUMNS);
        OUTCOME.forEach(c -> all.add(STAGE1 + c));
        all.add(CALL_OUTCOME);
        REQUEST.forEach(c -> all.add(STAGE2 + c));
        INVESTIGATORS.forEach(c -> all.add(STAGE2 + c));
        OUTCOME.forEach(c -> all.add(STAGE2 + c));
        REQUEST.forEach(c -> all.add(STAGE3 + c));
        PANEL.forEach(c -> all.add(STAGE3 + c));
        OUTCOME.forEach(c -> all.add(STAGE3 + c));
        all.add(WITHDRAWN_ON);
        all.add(CLOSED);
        return all;
    }

    /** Whether a column is one of the steps after intake (not passed to staff intake). */
    static boolean isStep(String column) {
        return column.startsWith(STAGE1) || column.startsWith(STAGE2) || column.startsWith(STAGE3)
                || column.startsWith(OUT_OF_TIME) || column.equals(CLOSED)
                || column.equals(CALL_OUTCOME) || column.equals(WITHDRAWN_ON) || column.equals(SOURCE_REFERENCE);
    }

    /** The template's example row: a closed complaint from 2024 that went to Stage 2. */
    static Map<String, String> example() {
        Map<String, String> row = new LinkedHashMap<>();
        all().forEach(c -> row.put(c, ""));
        row.putAll(Map.ofEntries(Map.entry(SOURCE_REFERENCE, "CS-2024-0042"), Map.entry("kind", "complaint"),
                Map.entry("role", "parent"), Map.entry("receivedVia", "email"), Map.entry(RECEIVED_ON, "2024-05-13"),
                Map.entry("riskNow", "no"), Map.entry("childName", "Sam Example"), Map.entry("childAge", "9"),
                Map.entry("parentalResponsibility", "yes"), Map.entry("service", "children-in-care"),
                Map.entry("whatHappened", "The social worker did not visit for six weeks."),
                Map.entry("whenHappened", "2024-04-15"),
                Map.entry("outcomesSought", "apology;meeting"), Map.entry("courtProceedings", "no"),
                Map.entry("raisedBefore", "yes"), Map.entry("fullName", "Alex Example"),
                Map.entry("email", "alex@example.org"), Map.entry("preferredContact", "email"),
                Map.entry("issue-1-nature", "delay"), Map.entry("issue-1-summary", "No visit for six weeks"),
                Map.entry("stage1RespondedOn", "2024-05-24"), Map.entry("stage1Methods", "written"),
                Map.entry("stage1Finding", "partially-upheld"), Map.entry("stage1Outcomes", "apology-and-explanation"),
                Map.entry("stage1IssueFindings", "partly-upheld"), Map.entry("stage2RequestedOn", "2024-06-03"),
                Map.entry("stage2RequestVia", "email"), Map.entry("stage2Reason", "not-listened"),
                Map.entry("stage2WantNow", "An independent investigation."),
                Map.entry("stage2InvestigatingOfficer", "Jo Officer"), Map.entry("stage2IndependentPerson", "Pat Independent"),
                Map.entry("stage2RespondedOn", "2024-07-05"), Map.entry("stage2Finding", "upheld"),
                Map.entry("stage2Outcomes", "apology-and-explanation"), Map.entry("stage2IssueFindings", "upheld"),
                Map.entry(CLOSED, "yes")));
        return row;
    }
}
