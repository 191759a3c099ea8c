package uk.council.complaints.demo;

import uk.council.complaints.report.ReportPeriod;
import uk.council.complaints.deadline.DeadlineKind;
import uk.council.complaints.deadline.DeadlineProperties;
import uk.council.complaints.deadline.WorkingDays;
import uk.council.complaints.journey.Role;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Plans a financial year of fictional cases following {@link DemoMix}, escalations and conversions included. A realistic
 * open caseload (issue 22): only a case received in the last {@value #OPEN_WEEKS} weeks, or still within the time its
 * response takes, is open; older ones were answered and closed in the past; nothing is received or answered after today.
 */
final class DemoPlanner {
    static final int OPEN_WEEKS = 6;
    private final DemoMix mix;
    private final WorkingDays wd;
    private final DeadlineProperties deadlines;
    private final LocalDate today;
    private final List<DemoCase> cases = new ArrayList<>();
    private int next;

    DemoPlanner(DemoMix mix, WorkingDays wd, DeadlineProperties deadlines, int firstIndex, LocalDate today) {
        this.today = today;
        this.mix = mix;
        this.wd = wd;
        this.deadlines = deadlines;
        this.next = firstIndex;
    }

    /** Adds a year of {@code count} representations (plus the later stages and complaints they lead to); all planned so far. */
    List<DemoCase> year(ReportPeriod fy, int count) {
        int days = (int) (fy.to().toEpochDay() - fy.from().toEpochDay());
        for (int k = 0; k < count; k++) {
            LocalDate on = fy.from().plusDays(mix.between(0, days));
            String queue = mix.queue();
            String kind = switch (queue) {
                case "CALLBACK" -> "CALLBACK";
                case "COMPLIMENTS" -> mix.feedbackKind();
                case "ENQUIRY" -> "ENQUIRY";
                default -> "COMPLAINT";
            };
            DemoCase c = add(queue.equals("ENQUIRY") ? "COMPLIMENTS" : queue, kind, on);
            if (kind.equals("ENQUIRY")) {
                c.enquiryKind = mix.enquiryKind();
                c.closed = !recent(on);
            } else if (queue.equals("STAGE1") || queue.equals("CORPORATE")) {
                complaint(c, queue.equals("STAGE1") ? mix.stage1Days() : mix.between(4, 26));
            } else if (queue.equals("CALLBACK")) {
                c.callMade = mix.chance(92) || !recent(on);
                c.closed = c.callMade;
                LocalDate converted = on.plusDays(mix.between(2, 10));
                if (c.callMade && mix.chance(20) && !converted.isAfter(today)) {
                    DemoCase complaint = add("STAGE1", "COMPLAINT", converted);
                    complaint.via = "phone";
                    link(c, complaint);
                    complaint(complaint, mix.stage1Days());
                }
            } else if (queue.equals("COMPLIMENTS")) {
                c.team = mix.team();
                c.giver = mix.giver();
                c.closed = !recent(on);
            } else {
                c.natures.add("other");   // staff intake asks a complaint's issue and what would put it right
                c.sought.add("explanation");
                c.closed = !recent(on);   // signposted: acknowledged, pointed elsewhere and closed
            }
        }
        return cases;
    }

    private DemoCase add(String queue, String kind, LocalDate on) {
        DemoCase c = new DemoCase(next++, queue, kind, on);
        c.via = mix.via();
        c.role = mix.role();
        // triage decides the queue from the service and the person (issue 22: the demo goes through it): a professional's
        // complaint is corporate, and only another body's matter is signposted
        if (Role.PROFESSIONAL.is(c.role) && !queue.startsWith("CORPORATE")) {
            c.role = "someone-else";
        }
        c.service = mix.service(queue.startsWith("CORPORATE"));
        if (queue.equals("SIGNPOST")) {
            c.service = c.index % 5 < 3 ? "school" : "other-council";
        }
        cases.add(c);
        return c;
    }

    /** Issues, what they want, the response and its timing, and maybe the next stage. */
    private void complaint(DemoCase c, int workingDays) {
        // a later stage looks again at the same issues (the draws are still made, so the plan stays the one of before)
        boolean again = !c.natures.isEmpty();
        int issues = mix.issues();
        for (int i = 0; i < issues; i++) {
            String nature = mix.nature(c.queue.startsWith("CORPORATE"));
            if (!again) {
                c.natures.add(nature);
            }
        }
        c.sought.add(mix.outcomeSought());
        if (Role.YOUNG_PERSON.is(c.role)) {
            c.flags.add("YOUNG_PERSON");
        }
        if (mix.chance(3)) {
            c.flags.add("OUT_OF_TIME");
        }
        boolean stage2 = c.queue.equals("STAGE2") || c.queue.equals("CORPORATE_STAGE2");
        int limit = deadlines.workingDaysFor(stage2 ? DeadlineKind.STAGE2 : DeadlineKind.STAGE1);
        c.extended = !c.queue.equals("STAGE3") && workingDays > limit && mix.chance(80);
        int allowed = deadlines.workingDaysFor(switch (c.queue) {
            case "STAGE2", "CORPORATE_STAGE2" -> c.extended ? DeadlineKind.STAGE2_MAX : DeadlineKind.STAGE2;
            case "STAGE3" -> DeadlineKind.STAGE3_PANEL;
            case "CORPORATE" -> DeadlineKind.CORPORATE;
            default -> c.extended ? DeadlineKind.STAGE1_EXTENDED : DeadlineKind.STAGE1;
        });
        c.due = wd.addWorkingDays(c.received, allowed);
        if (workingDays < 0 && !recent(c.received)) {
            workingDays = mix.between(21, 35);   // not left open for ever: answered late, long ago
        }
        if (workingDays < 0 || wd.addWorkingDays(c.received, workingDays).isAfter(today)) {
            return;   // still being worked on
        }
        c.referred = Role.YOUNG_PERSON.is(c.role) && mix.chance(40);
        c.paused = mix.chance(1);
        c.responded = wd.addWorkingDays(c.received, workingDays);
        c.closed = true;
        c.finding = mix.finding();
        // an issue's finding in the case page's codes: "partly-upheld", where the complaint's is "partially-upheld"
        c.natures.forEach(n -> c.issueFindings.add((c.finding.equals("partially-upheld") ? mix.finding() : c.finding)
                .replace("partially-", "partly-")));
        c.outcome = c.finding.equals("not-upheld") ? "explanation" : "apology-and-explanation";
        if (!c.finding.equals("not-upheld") && mix.chance(30)) {
            c.learningDone = mix.chance(75);
            c.learningDue = c.received.plusDays(90);
            LocalDate done = c.learningDue.minusDays(10);
            c.learningDoneOn = c.learningDone && !done.isAfter(today) ? done : null;
        }
        if (mix.chance(2)) {
            ombudsman(c);
        }
        String nextStage = switch (c.queue) {
            case "STAGE1" -> mix.chance(6) ? "STAGE2" : null;
            case "STAGE2" -> mix.chance(31) ? "STAGE3" : null;
            case "CORPORATE" -> mix.chance(20) ? "CORPORATE_STAGE2" : null;
            default -> null;
        };
        LocalDate requested = nextStage == null ? null : c.responded.plusDays(mix.between(3, 25));
        if (requested != null && !requested.isAfter(today)) {
            DemoCase later = add(nextStage, nextStage, requested);
            later.role = c.role;
            later.service = c.service;
            later.natures.addAll(c.natures);
            link(c, later);
            complaint(later, nextStage.equals("STAGE3") ? mix.between(20, 45)
                    : nextStage.equals("STAGE2") ? mix.stage2Days() : mix.between(10, 35));
        }
    }

    /**
     * The person took it to the Ombudsman 40 days after the response, and it decided 90 days later: nothing dated after
     * today (issue 22), so a recent complaint is not there yet, or is there without a decision.
     */
    private void ombudsman(DemoCase c) {
        String decision = mix.pick("assessed-closed", 50, "not-for-us", 20, "investigated", 30);
        String fault = decision.equals("investigated") ? mix.pick("fault-injustice", 60, "fault-no-injustice", 15, "no-fault", 25) : null;
        long payment = "fault-injustice".equals(fault) ? mix.between(150, 1000) * 100L : 0;
        LocalDate received = c.responded.plusDays(40);
        if (received.isAfter(today)) {
            return;
        }
        c.ombudsmanReceived = received;
        LocalDate decided = received.plusDays(90);
        if (decided.isAfter(today)) {
            return;   // still with the Ombudsman
        }
        c.ombudsmanDecided = decided;
        c.ombudsman = decision;
        c.fault = fault;
        c.paymentPence = payment;
    }

    private boolean recent(LocalDate received) {
        return received.isAfter(today.minusWeeks(OPEN_WEEKS));
    }

    private static void link(DemoCase from, DemoCase to) {
        from.next = to.index;
        to.from = from.index;
    }
}
