package uk.council.complaints.casework.action;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import uk.council.complaints.casework.core.CaseActions;
import uk.council.complaints.casework.core.CaseHandling;
import uk.council.complaints.casework.core.CaseState;
import uk.council.complaints.casework.core.CaseworkRefused;
import uk.council.complaints.casework.core.CaseworkRepository;
import uk.council.complaints.casework.core.StaffChoices;
import uk.council.complaints.casework.stage.StageRecords;
import uk.council.complaints.casework.stage.StageRepositories;
import uk.council.complaints.staff.StaffActor;
import uk.council.complaints.timeline.CaseEventType;
import uk.council.complaints.timeline.CaseTimeline;
import uk.council.complaints.triage.Queue;
import uk.council.complaints.web.Messages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * "Correct the response / adjudication / council's response" (issue 21): a stage's outcome recorded by mistake is
 * put right, with a reason, in place (the stage keeps one outcome); the timeline keeps the correction with each
 * changed value, old and new. When it applies is {@link ActionRules}; its date has the checks of the outcome's own.
 */
@Singleton
class OutcomeCorrections {
    private final CaseState.Loader loader;
    private final CaseworkRepository handling;
    private final StageRepositories.Investigations investigations;
    private final StageRepositories.Panels panels;
    private final StageRepositories.Issues issues;
    private final CaseTimeline timeline;
    private final Messages msg;

    OutcomeCorrections(CaseState.Loader loader, CaseworkRepository handling, StageRepositories.Investigations investigations,
                       StageRepositories.Panels panels, StageRepositories.Issues issues, CaseTimeline timeline, Messages msg) {
        this.loader = loader;
        this.handling = handling;
        this.investigations = investigations;
        this.panels = panels;
        this.issues = issues;
        this.timeline = timeline;
        this.msg = msg;
    }

    /** The action that records the outcome a case of this queue has. */
    static CaseActions recordedBy(Queue queue) {
        return switch (queue) {
            case STAGE2 -> CaseActions.ADJUDICATE;
            case STAGE3 -> CaseActions.COUNCIL_RESPONSE;
            default -> CaseActions.RESPONSE;
        };
    }

    /** The outcome as recorded, as the correction page's answers: the page starts from what is to be put right. */
    @Transactional
    Map<String, List<String>> recorded(long caseId) {
        Map<String, List<String>> values = new HashMap<>();
        handling.findById(caseId).filter(h -> h.respondedOn() != null).ifPresent(h -> {
            putDate(values, "respondedOn", h.respondedOn());
            values.put("finding", h.finding() == null ? List.of() : List.of(h.finding()));
        });
        issues.findByCaseIdOrderByPosition(caseId).stream().filter(i -> i.finding() != null)
                .forEach(i -> values.put(StageForms.ISSUE_FINDING + i.position(), List.of(i.finding())));
        return values;
    }

    /** The panel's report date as recorded, as the report correction's answer. */
    @Transactional
    Map<String, List<String>> recordedReport(long caseId) {
        Map<String, List<String>> values = new HashMap<>();
        panels.findById(caseId).map(StageRecords.Panel::reportOn).ifPresent(on -> putDate(values, "reportOn", on));
        return values;
    }

    static void putDate(Map<String, List<String>> values, String name, LocalDate on) {
        values.put(name + "-day", List.of(String.valueOf(on.getDayOfMonth())));
        values.put(name + "-month", List.of(String.valueOf(on.getMonthValue())));
        values.put(name + "-year", List.of(String.valueOf(on.getYear())));
    }

    @Transactional
    void correct(long caseId, StaffActor by, LocalDate on, String finding, Map<Integer, String> issueFindings, String reason) {
        CaseState s = loader.lock(caseId);
        CaseHandling h = s.handling();
        if (h.respondedOn() == null) {
            throw new CaseworkRefused("staff.refused.correctNeedsOutcome");
        }
        List<String> changes = new ArrayList<>();
        if (!on.equals(h.respondedOn())) {
            changes.add(msg.get("staff.eventDetail.corrected.date", msg.date(h.respondedOn(), "date"), msg.date(on, "date")));
        }
        if (!Objects.equals(finding, h.finding())) {
            changes.add(msg.get("staff.eventDetail.corrected.finding", words(StaffChoices.FINDING, h.finding()),
                    words(StaffChoices.FINDING, finding)));
        }
        for (StageRecords.Issue i : issues.findByCaseIdOrderByPosition(caseId)) {
            String now = issueFindings.get(i.position());
            if (now != null && !now.equals(i.finding())) {
                changes.add(msg.get("staff.eventDetail.corrected.issue", i.position(), words(StaffChoices.ISSUE_FINDING, i.finding()),
                        words(StaffChoices.ISSUE_FINDING, now)));
                issues.setFinding(caseId, i.position(), now);
            }
        }
        handling.update(h.responded(on, finding));
        Queue queue = s.triage().queue();
        if (queue == Queue.STAGE2) {
            investigations.findById(caseId).ifPresent(i -> investigations.update(i.adjudicated(on, i.adjudicatedBy())));
        } else if (queue == Queue.STAGE3) {
            panels.findById(caseId).ifPresent(p -> panels.update(p.responded(on)));
        }
        String what = changes.isEmpty() ? msg.get("staff.eventDetail.corrected.nothing") : String.join(". ", changes);
        timeline.record(caseId, by.actor(), CaseEventType.OUTCOME_CORRECTED,
                msg.get("staff.eventDetail.corrected", msg.get(ActionPages.wordsKey(CaseActions.CORRECT_OUTCOME, queue) + ".what"),
                        what, reason));
    }

    private String words(StaffChoices list, String code) {
        return code == null ? msg.get("staff.eventDetail.corrected.notRecorded") : msg.get(list.labelKey(code));
    }
}
