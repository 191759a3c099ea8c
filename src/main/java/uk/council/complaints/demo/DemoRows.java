package uk.council.complaints.demo;

import uk.council.complaints.journey.Role;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The planned demo cases as rows of the register template (issue 22), one a representation chain: a complaint with its
 * Stage 2 and 3 in the same row. A call-back converted to a complaint stays two rows (the call-back, then the
 * complaint), linked after the import. Every date is one the plan gave; the import checks them all.
 */
final class DemoRows {
    private DemoRows() {
    }

    /** The first case of each row, in the plan's order. */
    static List<DemoCase> firsts(List<DemoCase> cases, Map<Integer, DemoCase> byIndex) {
        return cases.stream().filter(c -> c.from < 0 || byIndex.get(c.from).queue.equals("CALLBACK")).toList();
    }

    /** The row's cases: the first, then each later stage. */
    static List<DemoCase> chain(DemoCase first, Map<Integer, DemoCase> byIndex) {
        List<DemoCase> chain = new ArrayList<>(List.of(first));
        DemoCase c = first;
        while (c.next >= 0 && !c.queue.equals("CALLBACK")) {
            c = byIndex.get(c.next);
            chain.add(c);
        }
        return chain;
    }

    static Map<String, String> row(List<DemoCase> chain, LocalDate today) {
        DemoCase c = chain.get(0);
        Map<String, String> r = new LinkedHashMap<>();
        r.put("sourceReference", c.sourceReference());
        // staff intake takes no suggestion (only the public form does): brought in as a comment, its kind set after
        r.put("kind", c.kind.equals("SUGGESTION") ? "comment" : c.kind.toLowerCase(java.util.Locale.ROOT));
        r.put("receivedVia", c.via.equals("online-form") ? "email" : c.via);
        r.put("receivedOn", c.received.toString());
        r.put("fullName", "Demo Person " + c.index + " (fictional)");
        r.put("email", "demo.person." + c.index + "@example.invalid");
        r.put("preferredContact", "email");
        if (!c.kind.equals("COMPLAINT") && !c.kind.equals("CALLBACK")) {
            r.put("feedbackMessage", c.kind.equals("ENQUIRY") ? "A question about the service (demo)." : "Thank you to the team (demo).");
            if (c.team != null) {
                r.put("feedbackTeam", c.team);
                r.put("feedbackGiver", c.giver);
            }
            if (c.enquiryKind != null) {
                r.put("enquiryKind", c.enquiryKind);
            }
            closed(r, c);
            return r;
        }
        r.put("role", c.role);
        r.put("riskNow", "no");
        if (!Role.YOUNG_PERSON.is(c.role)) {
            r.put("childName", "Demo Child " + c.index + " (fictional)");
            r.put("childAge", "9");
        }
        if (Role.PARENT.is(c.role)) {
            r.put("parentalResponsibility", "yes");
        } else if (Role.ADVOCATE.is(c.role)) {
            r.put("advocateOrganisation", "Demo Advocacy (fictional)");
            r.put("childAgrees", "yes");
        }
        r.put("service", c.service);
        if (c.kind.equals("CALLBACK")) {
            r.put("phone", "07700 900123");
            r.put("callbackDays", "monday;friday");
            r.put("callbackTime", "morning");
            r.put("callbackTopic", "A question about contact (demo).");
            if (c.callMade) {
                r.put("callOutcome", "Talked it through (demo).");
            }
            closed(r, c);
            return r;
        }
        r.put("whatHappened", "A fictional complaint for the demo.");
        boolean late = c.flags.contains("OUT_OF_TIME");
        r.put("whenHappened", c.received.minusDays(late ? 400 : 30).toString());
        r.put("outcomesSought", String.join(";", c.sought));
        if (c.sought.contains("other")) {
            r.put("putRightDetails", "A meeting with the manager (demo).");
        }
        r.put("courtProceedings", "no");
        r.put("raisedBefore", "yes");
        for (int i = 0; i < c.natures.size(); i++) {
            r.put("issue-" + (i + 1) + "-nature", c.natures.get(i));
        }
        if (late) {
            r.put("outOfTimeDecision", "accepted");
            r.put("outOfTimeReason", "Demo decision (fictional): the delay is explained.");
        }
        outcome(r, "stage1", c);
        for (DemoCase later : chain.subList(1, chain.size())) {
            String stage = later.queue.equals("STAGE3") ? "stage3" : "stage2";
            r.put(stage + "RequestedOn", later.received.toString());
            r.put(stage + "RequestVia", "email");
            r.put(stage + "Reason", "not-listened");
            r.put(stage + "WantNow", "An independent look at it (demo).");
            if (later.queue.equals("STAGE2")) {
                r.put("stage2InvestigatingOfficer", "Demo Officer (fictional)");
                r.put("stage2IndependentPerson", "Demo Independent Person (fictional)");
            }
            if (later.queue.equals("STAGE3")) {
                DemoPanel.panel(r, later, today);
            }
            outcome(r, stage, later);
        }
        closed(r, chain.get(chain.size() - 1));
        return r;
    }

    private static void outcome(Map<String, String> r, String stage, DemoCase c) {
        if (c.responded == null) {
            return;
        }
        r.put(stage + "RespondedOn", c.responded.toString());
        r.put(stage + "Methods", "written");
        r.put(stage + "Finding", c.finding);
        r.put(stage + "Outcomes", c.outcome);
        r.put(stage + "IssueFindings", String.join(";", c.issueFindings));
    }

    private static void closed(Map<String, String> r, DemoCase last) {
        if (last.closed) {
            r.put("closed", "yes");
        }
    }
}
