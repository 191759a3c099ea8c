package uk.council.complaints.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** One fictional representation the demo generator plans, then writes in batches. */
final class DemoCase {
    final int index;
    final String queue;
    final String kind;
    final LocalDate received;
    String via;
    String role;
    String service;
    String team;
    String giver;
    /** An enquiry's kind (issue 21's codes), else null. */
    String enquiryKind;
    /** The case this one was made from (the stage before, or the call-back), or -1. */
    int from = -1;
    /** The case made from this one (the next stage, or the complaint a call-back became), or -1. */
    int next = -1;
    LocalDate due;
    LocalDate responded;
    boolean extended;
    boolean callMade;
    boolean closed;
    String finding;
    String outcome;
    /** The Ombudsman's decision on this case, or null; its fault finding and payment in pence. */
    String ombudsman;
    /** When the Ombudsman received the complaint (null: never went there) and decided (null: not yet); never after today. */
    LocalDate ombudsmanReceived;
    LocalDate ombudsmanDecided;
    /** When the learning action is due and was done (null: not yet); done never after today. */
    LocalDate learningDue;
    LocalDate learningDoneOn;
    String fault;
    long paymentPence;
    /** A learning action: null none, else whether it is done. */
    Boolean learningDone;
    boolean paused;
    boolean referred;
    final List<String> issueFindings = new ArrayList<>();
    final List<String> natures = new ArrayList<>();
    final List<String> sought = new ArrayList<>();
    final List<String> flags = new ArrayList<>();

    DemoCase(int index, String queue, String kind, LocalDate received) {
        this.index = index;
        this.queue = queue;
        this.kind = kind;
        this.received = received;
    }

    /** Its reference in the demo's register (the source reference of the row it starts). */
    String sourceReference() {
        return "DEMO-" + index;
    }

    boolean isComplaint() {
        return java.util.List.of("STAGE1", "STAGE2", "STAGE3", "CORPORATE", "CORPORATE_STAGE2").contains(queue);
    }
}
