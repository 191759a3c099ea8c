package uk.council.complaints.casework.stage;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import uk.council.complaints.cases.CaseIssue;
import uk.council.complaints.cases.CaseIssueRepository;
import uk.council.complaints.cases.IssueForm;
import uk.council.complaints.cases.Natures;
import uk.council.complaints.cases.Procedure;
import uk.council.complaints.casework.core.CaseState;
import uk.council.complaints.casework.core.CaseworkRefused;
import uk.council.complaints.casework.core.Lists;
import uk.council.complaints.staff.StaffActor;
import uk.council.complaints.timeline.CaseEventType;
import uk.council.complaints.timeline.CaseTimeline;
import uk.council.complaints.web.Messages;

import java.util.ArrayList;
import java.util.List;

/**
 * A complaint's issues (issue 10): shown on the case page, and confirmed or changed by an officer (an online
 * complaint's issues are recorded here), under the row lock, with the new list on the timeline.
 */
@Singleton
public class CaseIssues {
    private final CaseState.Loader loader;
    private final CaseIssueRepository issues;
    private final CaseTimeline timeline;
    private final IssueForm form;
    private final Messages msg;
    private final Natures natures;

    CaseIssues(CaseState.Loader loader, CaseIssueRepository issues, CaseTimeline timeline, IssueForm form, Messages msg,
               Natures natures) {
        this.natures = natures;
        this.loader = loader;
        this.issues = issues;
        this.timeline = timeline;
        this.form = form;
        this.msg = msg;
    }

    /** "1. Delay: letters unanswered", one line an issue, for the case page. */
    public List<String> lines(long caseId) {
        return issues.findByCaseIdOrderByPosition(caseId).stream().map(i -> i.summary() == null
                ? msg.get("staff.issues.line", i.position(), msg.get(Natures.labelKey(i.nature())))
                : msg.get("staff.issues.lineWithSummary", i.position(), msg.get(Natures.labelKey(i.nature())), i.summary())).toList();
    }

    /**
     * The issues whose nature is not on the list of the procedure the case is handled under now (issue 21): a re-triage
     * to a queue of the other procedure keeps the natures as recorded, and findings on them would be counted under a
     * nature the case's procedure does not have. A code on both lists is on it.
     */
    public List<CaseIssue> offList(long caseId, Procedure procedure) {
        return issues.findByCaseIdOrderByPosition(caseId).stream().filter(i -> !natures.isKnown(procedure, i.nature())).toList();
    }

    /** "Issue 3: Placement", one line for each issue {@link #offList} finds, for the case page. */
    public List<String> offListLines(long caseId, Procedure procedure) {
        return offList(caseId, procedure).stream().map(i -> msg.get("staff.case.naturesOffList.line", i.position(),
                msg.find(Natures.labelKey(i.nature())).orElse(i.nature()))).toList();
    }

    @Transactional
    public List<CaseIssue> stored(long caseId) {
        return issues.findByCaseIdOrderByPosition(caseId);
    }

    /** Replaces the issues; an issue kept at its place with the same nature keeps any finding already recorded. */
    @Transactional
    public void record(long caseId, StaffActor by, List<IssueForm.Entry> entries) {
        CaseState s = loader.lock(caseId);
        s.requireOpen();
        if (!Lists.COMPLAINT_QUEUES.contains(s.triage().queue())) {
            throw new CaseworkRefused("staff.refused.issuesComplaintsOnly");
        }
        List<CaseIssue> before = issues.findByCaseIdOrderByPosition(caseId);
        issues.deleteByCaseId(caseId);
        List<CaseIssue> after = new ArrayList<>();
        for (IssueForm.Entry e : entries) {
            int position = after.size() + 1;
            String finding = before.stream().filter(b -> b.position() == position && b.nature().equals(e.nature())
                    && b.finding() != null).map(CaseIssue::finding).findFirst().orElse(null);
            after.add(new CaseIssue(null, caseId, position, e.nature(), e.summary(), finding));
        }
        issues.saveAll(after);
        timeline.record(caseId, by.actor(), CaseEventType.ISSUES_RECORDED, form.describe(entries));
    }

    /**
     * "Correct an issue's nature" (issue 21): the nature recorded by mistake is put right in place, any finding already
     * recorded on the issue kept; the timeline keeps the old and new nature with the reason.
     */
    @Transactional
    public void correctNature(long caseId, StaffActor by, int position, String nature, String reason) {
        CaseState s = loader.lock(caseId);
        if (!Lists.COMPLAINT_QUEUES.contains(s.triage().queue())) {
            throw new CaseworkRefused("staff.refused.complaintsOnly");
        }
        CaseIssue old = issues.findByCaseIdOrderByPosition(caseId).stream().filter(i -> i.position() == position).findFirst()
                .orElseThrow(() -> new CaseworkRefused("staff.refused.noIssue"));
        issues.update(new CaseIssue(old.id(), caseId, position, nature, old.summary(), old.finding()));
        timeline.record(caseId, by.actor(), CaseEventType.ISSUE_CORRECTED, msg.get("staff.eventDetail.issueCorrected", position,
                msg.get(Natures.labelKey(old.nature())), msg.get(Natures.labelKey(nature)), reason));
    }
}
