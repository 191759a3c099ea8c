package uk.council.complaints.triage;

import uk.council.complaints.cases.SubmittedCase;
import uk.council.complaints.journey.Role;
import uk.council.complaints.journey.SubmissionKind;

import java.util.List;
import java.util.Set;

/**
 * Which queue a submission goes to (DESIGN section 4), most specific rule first. A request that
 * says a child is at risk now still goes to its queue: {@link Triage} marks it urgent and raises
 * the front-door alert, so the complaint is not lost while the child is kept safe.
 */
final class QueueRules {

    static final Set<String> OUT_OF_REMIT_SERVICES = Set.of("school", "other-council");

    private QueueRules() {
    }

    /** {@code corporate}: the configured corporate services ({@code portal.corporate.services}). */
    static Queue decide(SubmittedCase c, CorporateServices corporate, List<Reason> reasons) {
        switch (c.kind()) {
            case STAGE2 -> {
                boolean linked = c.complaint().earlierReference() != null && !c.complaint().earlierReference().isBlank();
                reasons.add(linked
                        ? Reason.of("queue.stage2", "triage.reason.queue.stage2", c.complaint().earlierReference().strip())
                        : Reason.of("queue.stage2", "triage.reason.queue.stage2.no-reference"));
                return Queue.STAGE2;
            }
            case STAGE3, CORPORATE_STAGE2 -> {
                Queue queue = c.kind() == SubmissionKind.STAGE3 ? Queue.STAGE3 : Queue.CORPORATE_STAGE2;
                reasons.add(Reason.of("queue." + queue.name().toLowerCase(java.util.Locale.ROOT),
                        "triage.reason.queue.escalated." + c.kind().name().toLowerCase(java.util.Locale.ROOT),
                        c.complaint().earlierReference() == null ? "" : c.complaint().earlierReference()));
                return queue;
            }
            case COMPLIMENT, COMMENT, SUGGESTION -> {
                reasons.add(Reason.of("queue.compliments", "triage.reason.queue.compliments", Labels.kind(c.kind())));
                return Queue.COMPLIMENTS;
            }
            // Staff intake (issue 10): an enquiry is not a complaint and has no statutory timescale; the team answers
            // it from the compliments and comments queue, which acknowledges and has no response deadline.
            case ENQUIRY -> {
                reasons.add(Reason.of("queue.enquiry", "triage.reason.queue.enquiry"));
                return Queue.COMPLIMENTS;
            }
            default -> {
                // complaints and call-backs: decided by the service and who is asking, below
            }
        }
        String service = c.complaint().service();
        if (service != null && OUT_OF_REMIT_SERVICES.contains(service)) {
            reasons.add(Reason.of("queue.signpost", "triage.reason.queue.signpost." + service));
            // Nobody here can call back about another body's matter; the signposting goes by phone instead.
            if (c.kind() == SubmissionKind.CALLBACK) {
                reasons.add(Reason.of("queue.signpost.callback", "triage.reason.queue.signpost.callback"));
            }
            return Queue.SIGNPOST;
        }
        if (c.kind() == SubmissionKind.CALLBACK) {
            reasons.add(Reason.of("queue.callback", "triage.reason.queue.callback"));
            return Queue.CALLBACK;
        }
        return complaint(c, service, corporate, reasons);
    }

    // Every corporate ground that applies is recorded, so a professional complaining about SEN shows both.
    private static Queue complaint(SubmittedCase c, String service, CorporateServices corporate, List<Reason> reasons) {
        String role = c.who().submitterRole();
        boolean corporateService = corporate.contains(service);
        boolean professional = Role.PROFESSIONAL.is(role);
        if (corporateService) {
            reasons.add(Reason.of("queue.corporate.service", "triage.reason.queue.corporate.service",
                    Labels.service(service)));
        }
        if (professional) {
            reasons.add(Reason.of("queue.corporate.not-eligible", "triage.reason.queue.corporate.professional"));
        }
        if (corporateService || professional) {
            return Queue.CORPORATE;
        }
        reasons.add(Reason.of("queue.stage1", "triage.reason.queue.stage1", Labels.service(service), Labels.role(role)));
        if (Role.ofCode(role).filter(Role::statutory).isEmpty()) {
            reasons.add(Reason.of("queue.stage1.check-eligibility", "triage.reason.queue.stage1.check-eligibility"));
        }
        if (service == null || service.isBlank() || service.equals("not-sure")) {
            reasons.add(Reason.of("queue.stage1.check-service", "triage.reason.queue.stage1.check-service"));
        }
        return Queue.STAGE1;
    }
}
