package uk.council.complaints.casework.core;

/** The actions on a case, in the order the case page offers them; when each applies is {@link uk.council.complaints.casework.action.ActionRules}. */
public enum CaseActions {
    ASSIGN("assign", true, false),
    ACKNOWLEDGE("acknowledge", false, true),
    RECORD_CALL("call", false, false),
    CONVERT("convert", false, false),
    RESPONSE("response", false, false),
    EXTEND("extend", false, false),
    CLOSE("close", false, true),
    REFUSE("refuse", false, false),
    WITHDRAW("withdraw", false, false),
    RETRIAGE("retriage", true, false),
    // Issues of a complaint (issue 10): its own page, IssuesController.
    ISSUES("issues", false, false),
    // Issue 10, the statutory lifecycle (DESIGN section 7): see StageActionRules for when each applies
    INVESTIGATORS("investigators", false, false),
    ADJUDICATE("adjudicate", false, false),
    PANEL("panel", false, false),
    MEETING("meeting", false, false),
    REPORT("report", false, false),
    COUNCIL_RESPONSE("council-response", false, false),
    OUT_OF_TIME("out-of-time", false, false),
    PROCEEDINGS("proceedings", false, false),
    RESUME("resume", false, false),
    ESCALATE("escalate", false, false),
    // Issue 21: an outcome recorded by mistake is put right, with a reason (OutcomeCorrections)
    CORRECT_OUTCOME("correct-outcome", false, false),
    CORRECT_REPORT("correct-report", false, false),
    // Issue 21: what the person did not say at first, the service and the outcome sought (CaseDetailsCorrections)
    CORRECT_DETAILS("correct-details", false, false),
    // Issue 21: the kind of an enquiry (pre-complaint, ad hoc, Ombudsman enquiry), chosen again (CaseDetailsCorrections)
    CORRECT_ENQUIRY("enquiry-kind", false, false),
    // Issue 21: an issue's nature recorded by mistake is put right, with a reason (CaseIssues)
    CORRECT_ISSUE("correct-issue", false, false),
    NOTE("note", false, false);

    private final String slug;
    private final boolean managersOnly;
    private final boolean postOnly;

    CaseActions(String slug, boolean managersOnly, boolean postOnly) {
        this.slug = slug;
        this.managersOnly = managersOnly;
        this.postOnly = postOnly;
    }

    public record Link(CaseActions action, String label, String href, boolean postOnly) {
    }

    public String slug() {
        return slug;
    }

    public boolean postOnly() {
        return postOnly;
    }

    public boolean managersOnly() {
        return managersOnly;
    }
}
