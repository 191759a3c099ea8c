package uk.council.complaints.casework.action;

import io.micronaut.core.annotation.Nullable;
import uk.council.complaints.cases.CaseStatus;
import uk.council.complaints.casework.core.CaseHandling;
import uk.council.complaints.casework.stage.StageRecords;
import uk.council.complaints.triage.Queue;

/**
 * What decides whether an action applies to a case now: its status and queue, what is already recorded (handling,
 * Stage 2 investigation, Stage 3 panel, an open pause, issues whose nature is not on the list of the case's procedure)
 * and whether the person acting is a manager.
 */
record CaseFacts(CaseStatus status, Queue queue, CaseHandling handling, @Nullable StageRecords.Investigation investigation,
                 @Nullable StageRecords.Panel panel, boolean paused, boolean manager, boolean enquiry, boolean naturesOffList) {

    boolean open() {
        return status.isOpen();
    }

    boolean responded() {
        return handling.respondedOn() != null;
    }

    boolean adjudicated() {
        return investigation != null && investigation.adjudicationOn() != null;
    }
}
