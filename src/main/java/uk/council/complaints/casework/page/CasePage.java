package uk.council.complaints.casework.page;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import uk.council.complaints.cases.CaseChoiceRepository;
import uk.council.complaints.cases.CaseRepository;
import uk.council.complaints.cases.ImportedCaseRepository;
import uk.council.complaints.cases.SubmittedCase;
import uk.council.complaints.casework.action.ActionGuard;
import uk.council.complaints.casework.action.ActionPages;
import uk.council.complaints.casework.core.CaseActions;
import uk.council.complaints.casework.core.CaseHandling;
import uk.council.complaints.casework.core.CaseResolutionRepository;
import uk.council.complaints.casework.core.CaseworkRepository;
import uk.council.complaints.casework.core.Lists;
import uk.council.complaints.casework.core.StaffChoices;
import uk.council.complaints.casework.record.AdvocacyRecord;
import uk.council.complaints.casework.stage.CaseIssues;
import uk.council.complaints.evidence.EvidenceFiles;
import uk.council.complaints.staff.StaffAccounts;
import uk.council.complaints.staff.StaffActor;
import uk.council.complaints.staff.StaffMember;
import uk.council.complaints.staff.StaffPageException;
import uk.council.complaints.timeline.CaseEvent;
import uk.council.complaints.timeline.CaseEventType;
import uk.council.complaints.timeline.CaseTimeline;
import uk.council.complaints.triage.store.StoredTriage;
import uk.council.complaints.triage.store.TriageService;
import uk.council.complaints.web.ClockFactory;
import uk.council.complaints.web.Messages;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Everything the case page shows. Opening it is recorded on the case's timeline, with who and when. */
@Singleton
class CasePage {
    private final CaseRepository cases;
    private final CaseChoiceRepository choices;
    private final TriageService triage;
    private final CaseworkRepository handling;
    private final CaseResolutionRepository resolutions;
    private final CaseTimeline timeline;
    private final StaffAccounts accounts;
    private final CaseAnswers answers;
    private final CaseSummary summary;
    private final EmailLog emailLog;
    private final AdvocacyRecord advocacy;
    private final CaseRecordView record;
    private final Messages msg;
    private final StageView stages;
    private final CaseIssues issueLines;
    private final EvidenceFiles evidence;
    private final ActionGuard guard;
    private final ImportedCaseRepository imported;

    CasePage(CaseRepository cases, CaseChoiceRepository choices, TriageService triage, CaseworkRepository handling,
             CaseResolutionRepository resolutions, CaseTimeline timeline, StaffAccounts accounts, CaseAnswers answers,
             CaseSummary summary, EmailLog emailLog, AdvocacyRecord advocacy, CaseRecordView record, Messages msg, StageView stages,
             CaseIssues issueLines, EvidenceFiles evidence, ActionGuard guard, ImportedCaseRepository imported) {
        this.imported = imported;
        this.guard = guard;
        this.evidence = evidence;
        this.record = record;
        this.stages = stages;
        this.issueLines = issueLines;
        this.cases = cases;
        this.choices = choices;
        this.triage = triage;
        this.handling = handling;
        this.resolutions = resolutions;
        this.timeline = timeline;
        this.accounts = accounts;
        this.answers = answers;
        this.summary = summary;
        this.emailLog = emailLog;
        this.advocacy = advocacy;
        this.msg = msg;
    }

    record Event(String when, String actor, String what, String detail) {
    }

    /** The case's id, or the staff "not found" page. */
    @Transactional
    long idOf(String reference) {
        return cases.findByReference(reference).map(SubmittedCase::id).orElseThrow(StaffPageException::notFound);
    }

    @Transactional
    Map<String, Object> view(String reference, StaffActor viewer) {
        SubmittedCase c = cases.findByReference(reference).orElseThrow(StaffPageException::notFound);
        timeline.record(c.id(), viewer.actor(), CaseEventType.VIEWED, null);
        StoredTriage t = triage.find(c.id()).orElseThrow(StaffPageException::notFound);
        CaseHandling h = handling.findById(c.id()).orElse(CaseHandling.none(c.id()));
        Map<String, Object> model = new HashMap<>();
        model.put("reference", c.reference());
        // Issue 25: a case brought in from an earlier register or another system says so.
        model.put("imported", imported.findById(c.id()).map(i -> msg.get("staff.case.imported." + i.route(), i.sourceReference(),
                msg.date(i.importedAt().atZone(ClockFactory.COUNCIL_ZONE).toLocalDate(), "date"), i.importedBy())).orElse(null));
        // Evidence (issue 11): the files the person attached, each a staff-only download.
        model.put("evidence", evidence.forCase(c.id()));
        model.put("caseKind", msg.get("staff.kind." + c.kind()));
        model.put("status", msg.get("staff.status." + c.status().code()));
        model.put("open", c.status().isOpen());
        model.put("triage", t);
        model.put("queue", msg.get(StaffChoices.QUEUE.labelKey(t.queue().name())));
        model.put("priority", msg.get(StaffChoices.PRIORITY.labelKey(t.priority().name())));
        model.put("flags", t.flags().stream().map(f -> msg.get("staff.flag." + f)).toList());
        model.put("triageRows", summary.triageRows(c, t));
        model.put("handlingRows", summary.handlingRows(h, resolutions.findByKeyCaseId(c.id()), assignee(h)));
        model.put("linked", h.linkedCaseId() == null ? null : cases.findById(h.linkedCaseId()).map(SubmittedCase::reference).orElse(null));
        model.put("answers", answers.rows(c, choices.findByKeyCaseId(c.id())));
        model.put("issues", issueLines.lines(c.id()));
        boolean complaint = Lists.COMPLAINT_QUEUES.contains(t.queue());
        model.put("showIssues", complaint || !((List<?>) model.get("issues")).isEmpty());
        // Issue 21: after a re-triage to the other procedure, the issues whose natures its list does not have
        model.put("naturesOffList", complaint ? issueLines.offListLines(c.id(), t.queue().procedure()) : List.of());
        model.put("naturesOffListIntro", msg.get("staff.case.naturesOffList." + t.queue().procedure().name().toLowerCase(Locale.ROOT)));
        List<CaseEvent> events = timeline.events(c.id());
        model.put("events", events.stream().map(this::event).toList());
        model.put("advocacy", advocacy.lines(c.id()));
        // Other features may also put leaflet or advocacy events on the timeline.
        model.put("leafletEvents", events.stream()
                .filter(e -> CaseEventType.ofCode(e.eventType()).map(CaseEventType::aboutAdvocacy).orElse(false))
                .map(this::event).toList());
        List<EmailLog.Email> emails = emailLog.forCase(c.id());
        model.put("emails", emails);
        model.put("leafletEmails", emails.stream().filter(EmailLog.Email::includesLeaflet).toList());
        model.put("actions", actions(c, t, h, viewer));
        // Issue 10: the statutory lifecycle's record, and whether the clock is stopped
        model.put("paused", stages.paused(c.id()));
        model.put("stageRows", stages.rows(c.id()));
        // Ombudsman, learning actions and letters to the person (issue 10)
        record.addTo(model, c.id(), c.reference(), t, events);
        return model;
    }

    private String assignee(CaseHandling h) {
        return h.assignedTo() == null ? null : accounts.find(h.assignedTo()).map(StaffMember::name).orElse(null);
    }

    private Event event(CaseEvent e) {
        return new Event(msg.time(e.occurredAt()),
                e.actor(), msg.find("staff.event." + e.eventType()).orElse(e.eventType()),
                e.detail() == null ? "" : e.detail());
    }

    /** The actions this person may take on this case now; the server checks them again when they are sent. */
    private List<CaseActions.Link> actions(SubmittedCase c, StoredTriage t, CaseHandling h, StaffActor viewer) {
        return guard.offered(c, t.queue(), h, viewer).stream()
                .map(a -> new CaseActions.Link(a, msg.get(ActionPages.wordsKey(a, t.queue())),
                        "/staff/cases/" + c.reference() + "/" + a.slug(), a.postOnly())).toList();
    }
}
