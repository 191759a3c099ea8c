package uk.council.complaints.casework;

import uk.council.complaints.triage.Queue;

import java.util.List;
import java.util.Set;

/** The reference lists staff choose from (DESIGN section 6), as stored codes; their words are in the staff bundle. */
final class Lists {
    private Lists() {
    }

    static final List<String> RESPONSE_METHODS = List.of("phone-call", "meeting", "written");
    static final List<String> FINDINGS = List.of("upheld", "partially-upheld", "not-upheld", "no-finding");
    static final List<String> ACTUAL_OUTCOMES = List.of("apology-and-explanation", "explanation",
            "acknowledgement-of-mistake", "meeting-offered", "assessment", "request-fulfilled", "reimbursement",
            "no-investigation-possible", "service-to-continue");
    static final List<String> REFUSAL_REASONS = List.of("court-proceedings", "criminal-proceedings", "out-of-time",
            "outside-remit", "repeat-complaint", "no-parental-responsibility", "not-in-best-interest");

    /** Queues whose cases get a formal response with a finding. */
    static final Set<Queue> COMPLAINT_QUEUES = Set.of(Queue.STAGE1, Queue.CORPORATE, Queue.STAGE2);
    /** Queues whose closed complaints can go on to Stage 2. */
    static final Set<Queue> ESCALATABLE = Set.of(Queue.STAGE1, Queue.CORPORATE);
}
