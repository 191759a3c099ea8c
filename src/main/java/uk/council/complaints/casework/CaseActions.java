package uk.council.complaints.casework;

import uk.council.complaints.cases.CaseStatus;
import uk.council.complaints.triage.Queue;

import java.util.ArrayList;
import java.util.List;

/** The actions on a case, who may take them, and when they make sense (the buttons shown on the case page). */
enum CaseActions {
    ASSIGN("assign", true, false),
    ACKNOWLEDGE("acknowledge", false, true),
    RECORD_CALL("call", false, false),
    CONVERT("convert", false, false),
    RESPONSE("response", false, false),
    EXTEND("extend", false, false),
    CLOSE("close", false, true),
    REFUSE("refuse", false, false),
    RETRIAGE("retriage", true, false),
    ESCALATE("escalate", false, false),
    NOTE("note", false, false),
    // Issues of a complaint (issue 10): its own page, IssuesController.
    ISSUES("issues", false, false),
    // Issue 10, the statutory lifecycle (DESIGN section 7): see StageActions for when each is offered
    INVESTIGATORS("investigators", false, false),
    ADJUDICATE("adjudicate", false, false),
    PANEL("panel", false, false),
    MEETING("meeting", false, false),
    REPORT("report", false, false),
    COUNCIL_RESPONSE("council-response", false, false),
    OUT_OF_TIME("out-of-time", false, false),
    PROCEEDINGS("proceedings", false, false),
    RESUME("resume", false, false);

    private final String slug;
    private final boolean managersOnly;
    private final boolean postOnly;

    CaseActions(String slug, boolean managersOnly, boolean postOnly) {
        this.slug = slug;
        this.managersOnly = managersOnly;
        this.postOnly = postOnly;
    }

    record Link(CaseActions action, String label, String href, boolean postOnly) {
    }

    String slug() {
        return slug;
    }

    boolean postOnly() {
        return postOnly;
    }

    boolean managersOnly() {
        return managersOnly;
    }

    static List<CaseActions> available(CaseStatus status, Queue queue, CaseHandling h, boolean manager) {
        List<CaseActions> list = new ArrayList<>();
        boolean open = status.isOpen();
        if (open) {
            if (manager) list.add(ASSIGN);
            if (status.canMoveTo(CaseStatus.ACKNOWLEDGED)) list.add(ACKNOWLEDGE);
            if (queue == Queue.CALLBACK) list.add(RECORD_CALL);
            if (queue == Queue.CALLBACK && h.callMadeAt() != null) list.add(CONVERT);
            if (Lists.RESPONSE_QUEUES.contains(queue)) list.add(RESPONSE);
            if (Lists.EXTENDABLE.contains(queue) && h.extendedAt() == null) list.add(EXTEND);
            list.add(CLOSE);
            list.add(REFUSE);
            if (manager) list.add(RETRIAGE);
            if (Lists.COMPLAINT_QUEUES.contains(queue)) list.add(ISSUES);
        } else if (status == CaseStatus.CLOSED && Lists.ESCALATABLE.contains(queue) && !h.movedOn()) {
            list.add(ESCALATE);
        }
        list.add(NOTE);
        return list;
    }
}
