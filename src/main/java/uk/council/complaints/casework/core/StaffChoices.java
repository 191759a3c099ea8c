package uk.council.complaints.casework.core;

import uk.council.complaints.journey.Field;
import uk.council.complaints.journey.Options;
import uk.council.complaints.triage.Priority;
import uk.council.complaints.triage.Queue;

import java.util.Arrays;
import java.util.List;

/**
 * Every list staff choose from on a case (DESIGN section 6 and the public form's own lists), as stored
 * codes, with where each code's words are: the only place a staff choice's message key is spelled.
 */
public enum StaffChoices {
    RESPONSE_METHOD("staff.method.", List.of("phone-call", "meeting", "written")),
    FINDING("staff.finding.", List.of("upheld", "partially-upheld", "not-upheld", "no-finding")),
    ACTUAL_OUTCOME("staff.outcome.", List.of("apology-and-explanation", "explanation", "acknowledgement-of-mistake",
            "meeting-offered", "assessment", "request-fulfilled", "reimbursement", "no-investigation-possible",
            "service-to-continue")),
    REFUSAL_REASON("staff.refusal.", List.of("court-proceedings", "criminal-proceedings", "out-of-time",
            "outside-remit", "repeat-complaint", "no-parental-responsibility", "not-in-best-interest")),
    QUEUE("staff.queue.", names(Queue.values())),
    PRIORITY("staff.priority.", names(Priority.values())),
    // Staff escalating or converting a case choose from the public form's lists, in its words.
    ESCALATION_REASON(Field.optionKey("escalationReason", ""), Options.ESCALATION_REASONS),
    SERVICE(Field.optionKey("service", ""), Options.SERVICES),
    OUTCOME_SOUGHT(Field.optionKey("outcomesSought", ""), uk.council.complaints.cases.CaseCodes.all().get("outcomesSought")),
    // Issue 10, the statutory lifecycle (DESIGN section 7)
    ISSUE_FINDING("staff.issueFinding.", List.of("upheld", "partly-upheld", "not-upheld", "not-investigated")),
    REQUEST_VIA("staff.receivedVia.", uk.council.complaints.cases.HowReceived.ALL),
    ACCEPT_LATE("staff.acceptLate.", List.of("yes")),
    OUT_OF_TIME_DECISION("staff.decision.out-of-time.", List.of("accepted", "not-accepted")),
    PROCEEDINGS_DECISION("staff.decision.proceedings.", List.of("paused", "limited", "not-affected"));

    private final String keyPrefix;
    private final List<String> codes;

    StaffChoices(String keyPrefix, List<String> codes) {
        this.keyPrefix = keyPrefix;
        this.codes = codes;
    }

    public List<String> codes() {
        return codes;
    }

    public String labelKey(String code) {
        return keyPrefix + code;
    }

    /** The staff bundle's third-person variant of a public form's words ({@code staff.<key>}), else those words. */
    public static String staffWords(uk.council.complaints.web.Messages msg, String key) {
        return msg.find("staff." + key).orElseGet(() -> msg.get(key));
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
