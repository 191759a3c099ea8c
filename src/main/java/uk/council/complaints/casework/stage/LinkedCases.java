package uk.council.complaints.casework.stage;

import uk.council.complaints.cases.CaseChildRepository;
import uk.council.complaints.cases.CaseChoice;
import uk.council.complaints.cases.CaseChoiceRepository;
import uk.council.complaints.cases.CaseReferences;
import uk.council.complaints.cases.CaseRepository;
import uk.council.complaints.cases.CaseStatus;
import uk.council.complaints.cases.SubmittedCase;
import uk.council.complaints.casework.core.CaseHandling;
import uk.council.complaints.casework.core.CaseState;
import uk.council.complaints.casework.core.CaseworkRefused;
import uk.council.complaints.casework.core.CaseworkRepository;
import uk.council.complaints.casework.core.Lists;
import uk.council.complaints.journey.SubmissionKind;
import uk.council.complaints.notify.NewCaseEmails;
import uk.council.complaints.staff.StaffActor;
import uk.council.complaints.timeline.CaseEventType;
import uk.council.complaints.timeline.CaseTimeline;
import uk.council.complaints.triage.Flag;
import uk.council.complaints.triage.Queue;
import uk.council.complaints.triage.store.TriageService;
import uk.council.complaints.web.ClockFactory;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;


import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * New cases made from old ones, without retyping: a Stage 2 escalation of a closed complaint, and a
 * complaint made from a call-back. The new case is triaged like any other and both are linked.
 */
@Singleton
public class LinkedCases {
    private final CaseState.Loader loader;
    private final CaseworkRepository handling;
    private final CaseRepository cases;
    private final CaseChoiceRepository choices;
    private final CaseChildRepository children;
    private final TriageService triage;
    private final CaseReferences references;
    private final CaseTimeline timeline;
    private final NewCaseEmails emails;
    private final EscalationSteps steps;
    private final Clock clock;
    private final EventText text;

    LinkedCases(EventText text, CaseState.Loader loader, CaseworkRepository handling, CaseRepository cases,
                CaseChoiceRepository choices, TriageService triage, CaseReferences references, CaseTimeline timeline,
                NewCaseEmails emails, EscalationSteps steps, Clock clock, CaseChildRepository children) {
        this.text = text;
        this.children = children;
        this.steps = steps;
        this.loader = loader;
        this.handling = handling;
        this.cases = cases;
        this.choices = choices;
        this.triage = triage;
        this.references = references;
        this.timeline = timeline;
        this.emails = emails;
        this.clock = clock;
    }

    /**
     * A Stage 1, corporate or Stage 2 complaint, once its outcome is recorded, goes on to the next stage as a new case,
     * received on the day the request was; an open one is closed as escalated in the same step. The new reference.
     */
    @Transactional
    public String escalate(long caseId, StaffActor by, String reason, String wantNow, LocalDate requestedOn, String requestVia,
                    boolean acceptLate, String lateReason) {
        CaseState s = loader.lock(caseId);
        if (!Lists.ESCALATABLE.contains(s.triage().queue())) {
            throw new CaseworkRefused("staff.refused.escalateComplaintsOnly");
        }
        if (s.status() == CaseStatus.REFUSED) {
            throw new CaseworkRefused("staff.refused.alreadyRefused");
        }
        if (s.handling().movedOn()) {
            throw new CaseworkRefused("staff.refused.alreadyLinked");
        }
        boolean late = steps.checkWindow(s, requestedOn, acceptLate);
        SubmittedCase c = s.submitted();
        SubmittedCase next = copy(c, EscalationSteps.nextKind(s.triage().queue()), c.service(), null, reason, wantNow,
                requestedOn);
        String reference = link(s, by, next, List.of(), CaseEventType.ESCALATED);
        SubmittedCase saved = cases.findByReference(reference).orElseThrow();
        steps.carryOver(s, saved.id(), triage.find(saved.id()).orElseThrow().queue(), by, late, lateReason);
        steps.requested(saved.id(), requestVia);
        if (s.isOpen()) {
            // Closed as escalated, in the same step: the timeline says "escalated", so no closure email goes out.
            handling.update(handling.findById(caseId).orElseThrow().closed(clock.instant()));
            s.moveTo(CaseStatus.CLOSED, handling);
        }
        return reference;
    }

    /** A call-back that needs a formal complaint: the person's and child's details are carried over. */
    @Transactional
    public String convert(long caseId, StaffActor by, String service, String whatHappened, List<String> outcomesSought) {
        CaseState s = loader.lock(caseId);
        s.requireOpen();
        if (s.triage().queue() != Queue.CALLBACK) {
            throw new CaseworkRefused("staff.refused.convertCallbacksOnly");
        }
        if (s.handling().callMadeAt() == null) {
            throw new CaseworkRefused("staff.refused.convertNeedsCall");
        }
        SubmittedCase complaint = copy(s.submitted(), SubmissionKind.COMPLAINT, service, whatHappened, null, null,
                null);
        String reference = link(s, by, complaint, outcomesSought, CaseEventType.CONVERTED);
        handling.update(handling.findById(caseId).orElseThrow().closed(clock.instant()));
        s.moveTo(CaseStatus.CLOSED, handling);
        timeline.record(caseId, by.actor(), CaseEventType.CLOSED, null);
        return reference;
    }

    private String link(CaseState from, StaffActor by, SubmittedCase draft, List<String> outcomesSought, CaseEventType event) {
        SubmittedCase saved = cases.save(draft);
        List<CaseChoice> rows = new ArrayList<>();
        outcomesSought.forEach(o -> rows.add(CaseChoice.of(saved.id(), "outcomesSought", o)));
        choices.findByKeyCaseId(from.id()).stream().filter(ch -> ch.question().equals("accessNeeds"))
                .forEach(ch -> rows.add(CaseChoice.of(saved.id(), ch.question(), ch.choice())));
        choices.saveAll(rows);
        children.copy(from.id(), saved.id());
        // A new case like any other: triaged, and its person and team told, in this transaction.
        emails.queue(saved, triage.triageAndStore(saved, rows, from.triage().has(Flag.ADVOCACY_REQUESTED), from.id()));
        handling.update(from.handling().linked(saved.id()));
        handling.save(CaseHandling.none(saved.id()).linked(from.id()));
        timeline.record(from.id(), by.actor(), event, event == CaseEventType.ESCALATED
                ? text.escalated(from.triage().queue(), saved.reference()) : saved.reference());
        timeline.record(saved.id(), by.actor(), CaseEventType.CREATED_FROM, from.submitted().reference());
        return saved.reference();
    }

    /** The person's and child's details carried over; what the earlier case was about is not. */
    private SubmittedCase copy(SubmittedCase c, SubmissionKind kind, String service, String whatHappened,
                               String escalationReason, String wantNow, LocalDate receivedOn) {
        // How the first complaint was received stays (issue 21); how a later stage was asked for is its stage_request.
        return c.copyAs(references.next(), kind, clock.instant()).receivedVia(c.receivedVia())
                .receivedOn(receivedOn != null ? receivedOn : ClockFactory.today(clock))
                .service(service).whatHappened(whatHappened != null ? whatHappened : c.whatHappened())
                .callbackTime(null).callbackTopic(null).feedbackAbout(null).feedbackMessage(null)
                .earlierReference(kind != SubmissionKind.COMPLAINT ? c.reference() : null).responseOther(null)
                .escalationReason(escalationReason).escalationReasonOther(null).wantNow(wantNow)
                .build();
    }
}
