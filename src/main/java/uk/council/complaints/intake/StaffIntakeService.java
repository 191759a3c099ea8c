package uk.council.complaints.intake;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import uk.council.complaints.cases.CaseChildRepository;
import uk.council.complaints.cases.CaseChoice;
import uk.council.complaints.cases.CaseChoiceRepository;
import uk.council.complaints.cases.CaseIssue;
import uk.council.complaints.cases.CaseIssueRepository;
import uk.council.complaints.cases.CaseReferences;
import uk.council.complaints.cases.CaseRepository;
import uk.council.complaints.cases.HowReceived;
import uk.council.complaints.cases.IssueForm;
import uk.council.complaints.cases.SubmittedCase;
import uk.council.complaints.journey.Answers;
import uk.council.complaints.journey.Children;
import uk.council.complaints.journey.Journey;
import uk.council.complaints.journey.Step;
import uk.council.complaints.journey.SubmissionKind;
import uk.council.complaints.staff.StaffActor;
import uk.council.complaints.timeline.CaseEventType;
import uk.council.complaints.timeline.CaseTimeline;
import uk.council.complaints.triage.CaseSubmittedListener;
import uk.council.complaints.triage.TriageResult;
import uk.council.complaints.triage.store.TriageService;
import uk.council.complaints.web.Messages;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Stores a case an officer entered (issue 10) exactly as a case from the online form is stored: the same
 * mapping, triage (its clock started by the date received), listeners (emails, timeline), in one transaction;
 * plus how and when it arrived, who entered it, its issues, and for feedback the team and who gave it.
 */
@Singleton
class StaffIntakeService {
    private final CaseRepository cases;
    private final CaseChoiceRepository choices;
    private final CaseChildRepository children;
    private final Journey journey;
    private final CaseIssueRepository issues;
    private final CaseReferences references;
    private final TriageService triage;
    private final List<CaseSubmittedListener> listeners;
    private final CaseTimeline timeline;
    private final IssueForm issueForm;
    private final EqualityRepository equality;
    private final Messages msg;
    private final Clock clock;

    StaffIntakeService(CaseRepository cases, CaseChoiceRepository choices, CaseIssueRepository issues,
                       CaseReferences references, TriageService triage, List<CaseSubmittedListener> listeners,
                       CaseTimeline timeline, IssueForm issueForm, Messages msg, Clock clock,
                       CaseChildRepository children, Journey journey, EqualityRepository equality) {
        this.equality = equality;
        this.children = children;
        this.journey = journey;
        this.cases = cases;
        this.choices = choices;
        this.issues = issues;
        this.references = references;
        this.triage = triage;
        this.listeners = listeners;
        this.timeline = timeline;
        this.issueForm = issueForm;
        this.msg = msg;
        this.clock = clock;
    }

    /** The new case's reference. The answers must have been checked ({@link StaffIntakePages}). */
    @Transactional
    String enter(Answers posted, List<IssueForm.Entry> entered, StaffActor by) {
        Stored s = store(posted, entered, by.actor(), by.userId(), null);
        for (CaseSubmittedListener listener : listeners) {
            listener.onSubmitted(s.saved(), s.rows(), s.answers(), s.result());
        }
        return s.saved().reference();
    }

    /**
     * A case from an earlier register or another system (issue 25), stored exactly as {@link #enter} stores it but
     * telling no one: no acknowledgement to the person, no team notification, no submission counted.
     * @param importedFrom the timeline's words for where it came from
     */
    @Transactional
    SubmittedCase imported(Answers posted, List<IssueForm.Entry> entered, String actor, @Nullable Long userId,
                           String importedFrom) {
        return store(posted, entered, actor, userId, importedFrom).saved();
    }

    private record Stored(SubmittedCase saved, List<CaseChoice> rows, Answers answers, TriageResult result) {
    }

    private Stored store(Answers posted, List<IssueForm.Entry> entered, String actor, @Nullable Long userId,
                         @Nullable String importedFrom) {
        // Several children (issue 11): a child's section left empty is no child; none past the limit.
        Answers all = Children.compact(StaffIntake.asJourneyAnswers(posted.asMap()), journey.maxChildren());
        String kind = all.get("kind");
        List<Step> path = new ArrayList<>(StaffIntake.steps(kind, all.get("role")));
        path.add(Step.WHO);
        Answers answers = all.retain(path);
        SubmissionKind submissionKind = StaffIntake.kind(all);
        LocalDate receivedOn = StaffIntake.receivedOn(all);
        boolean feedback = submissionKind == SubmissionKind.COMPLIMENT || submissionKind == SubmissionKind.COMMENT;
        SubmittedCase saved = cases.save(CaseMapper.builder(answers, submissionKind, references.next(), null, clock.instant())
                .receivedVia(all.get("receivedVia")).receivedOn(receivedOn).enteredBy(userId)
                .feedbackTeam(feedback ? all.get("feedbackTeam") : null)
                .feedbackGiver(feedback ? all.get("feedbackGiver") : null)
                .enquiryKind(submissionKind == SubmissionKind.ENQUIRY ? all.get(StaffIntakePages.ENQUIRY_KIND) : null).build());
        String how = msg.get("staff.eventDetail.entered", msg.get(HowReceived.viaKey(saved.receivedVia())),
                msg.date(receivedOn, "date"));
        timeline.record(saved.id(), actor, CaseEventType.ENTERED, importedFrom == null ? how : importedFrom + " " + how);
        List<CaseChoice> rows = CaseMapper.choices(saved.id(), answers);
        choices.saveAll(rows);
        // Every child entered, one row each (the first also in the case's own columns).
        children.saveAll(CaseMapper.children(saved.id(), answers));
        if (submissionKind == SubmissionKind.COMPLAINT) {
            List<CaseIssue> list = new ArrayList<>();
            for (IssueForm.Entry e : entered) {
                list.add(CaseIssue.of(saved.id(), list.size() + 1, e.nature(), e.summary()));
            }
            issues.saveAll(list);
            timeline.record(saved.id(), actor, CaseEventType.ISSUES_RECORDED, issueForm.describe(entered));
        }
        // Issue 21: equality answers given on the phone, with consent: kept apart from the case, as the online form's are.
        StaffEquality.toStore(all, answers, submissionKind, receivedOn).ifPresent(equality::save);
        return new Stored(saved, rows, answers, triage.triageAndStore(saved, rows, false));
    }
}
