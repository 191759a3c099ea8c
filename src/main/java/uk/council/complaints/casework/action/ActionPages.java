package uk.council.complaints.casework.action;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import uk.council.complaints.cases.CaseRepository;
import uk.council.complaints.cases.Procedure;
import uk.council.complaints.cases.SubmittedCase;
import uk.council.complaints.casework.core.CaseActions;
import uk.council.complaints.casework.core.CaseHandling;
import uk.council.complaints.casework.core.CaseworkRepository;
import uk.council.complaints.casework.stage.EscalationSteps;
import uk.council.complaints.casework.stage.StageRecords;
import uk.council.complaints.casework.stage.StageRepositories;
import uk.council.complaints.journey.FieldKind;
import uk.council.complaints.journey.FieldView;
import uk.council.complaints.staff.StaffForm;
import uk.council.complaints.staff.StaffPageException;
import uk.council.complaints.triage.Queue;
import uk.council.complaints.triage.store.StoredTriage;
import uk.council.complaints.triage.store.TriageService;
import uk.council.complaints.web.ClockFactory;
import uk.council.complaints.web.Messages;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The model of an action's page: its questions (filled in where the case already knows), errors and words. */
@Singleton
public class ActionPages {
    private final ActionForms forms;
    private final CaseRepository cases;
    private final TriageService triage;
    private final CaseworkRepository handling;
    private final Messages msg;
    private final StageRepositories.Issues issues;
    private final Clock clock;
    private final StepDates stepDates;
    private final CaseDetailsCorrections corrections;

    ActionPages(StepDates stepDates, ActionForms forms, CaseRepository cases, TriageService triage, CaseworkRepository handling, Messages msg,
                StageRepositories.Issues issues, Clock clock, CaseDetailsCorrections corrections) {
        this.corrections = corrections;
        this.stepDates = stepDates;
        this.issues = issues;
        this.clock = clock;
        this.forms = forms;
        this.cases = cases;
        this.triage = triage;
        this.handling = handling;
        this.msg = msg;
    }

    @Transactional
    long idOf(String reference) {
        return cases.findByReference(reference).map(SubmittedCase::id).orElseThrow(StaffPageException::notFound);
    }

    private Map<String, List<String>> prefill(SubmittedCase c, CaseActions action) {
        Map<String, List<String>> values = new HashMap<>();
        triage.find(c.id()).filter(t -> action == CaseActions.RETRIAGE).ifPresent(t -> {
            values.put("queue", List.of(t.queue().name()));
            values.put("priority", List.of(t.priority().name()));
        });
        if (action == CaseActions.CONVERT) {
            // The call-back's topic and what was said on the call: the complaint starts from them, not from a blank page.
            String call = handling.findById(c.id()).map(CaseHandling::callOutcome).orElse("");
            String topic = c.callBack().callbackTopic() == null ? "" : c.callBack().callbackTopic();
            values.put("whatHappened", List.of((topic + "\n\n" + (call == null ? "" : call)).strip()));
            values.put("service", c.complaint().service() == null ? List.of() : List.of(c.complaint().service()));
        }
        // Dates start as today: most are recorded on the day.
        forms.fields(action, new StaffForm(Map.of()), Map.of()).stream()
                .filter(f -> f.field().kind() == FieldKind.DATE).forEach(f -> {
                    LocalDate today = ClockFactory.today(clock);
                    values.put(f.name() + "-day", List.of(String.valueOf(today.getDayOfMonth())));
                    values.put(f.name() + "-month", List.of(String.valueOf(today.getMonthValue())));
                    values.put(f.name() + "-year", List.of(String.valueOf(today.getYear())));
                });
        // A correction's page starts from what is recorded.
        values.putAll(corrections.recorded(action, c));
        if (action == CaseActions.ASSIGN) {
            values.put("assignee", handling.findById(c.id()).map(h -> h.assignedTo() == null ? "none"
                    : String.valueOf(h.assignedTo())).map(List::of).orElse(List.of("none")));
        }
        return values;
    }

    /** The answers the page starts from, the case's as it is now. */
    @Transactional
    Map<String, List<String>> prefill(long caseId, CaseActions action) {
        return prefill(cases.findById(caseId).orElseThrow(StaffPageException::notFound), action);
    }

    /** The answers' own checks, then whether the step's date comes after the step it follows. */
    Map<String, String> check(CaseActions action, StaffForm form, long caseId) {
        Map<String, String> errors = new HashMap<>(forms.check(action, form, issues(caseId), procedure(caseId)));
        stepDates.check(action, form, caseId).forEach(errors::putIfAbsent);
        return errors;
    }

    /** The procedure the case is handled under, by its queue: the natures its forms offer (issue 21). */
    @Transactional
    Procedure procedure(long caseId) {
        return triage.find(caseId).map(t -> t.queue().procedure()).orElse(Procedure.STATUTORY);
    }

    @Transactional
    List<StageRecords.Issue> issues(long caseId) {
        return issues.findByCaseIdOrderByPosition(caseId);
    }

    /** The date answered, or today when the (optional) question was left empty. */
    LocalDate dateOr(StaffForm form, String name) {
        return StageForms.dateOf(form, name).orElseGet(() -> ClockFactory.today(clock));
    }

    /** The questions, with the case's issues and the natures of its procedure. */
    List<FieldView> fields(CaseActions action, long caseId, StaffForm form, Map<String, String> errors) {
        return forms.fields(action, form, errors, issues(caseId), procedure(caseId));
    }

    /** The words of an action: {@code staff.action.<slug>}, escalation's by the stage asked for (issue 21). */
    public static String wordsKey(CaseActions action, Queue queue) {
        return switch (action) {
            case ESCALATE -> "staff.action.escalate." + EscalationSteps.nextQueue(queue).name();
            case CORRECT_OUTCOME -> "staff.action.correct-outcome." + OutcomeCorrections.recordedBy(queue).slug();
            default -> "staff.action." + action.slug();
        };
    }

    @Transactional
    String wordsKey(CaseActions action, long caseId) {
        return wordsKey(action, triage.find(caseId).map(StoredTriage::queue).orElse(Queue.STAGE1));
    }

    /** The model of {@code staff/case-action}: words from {@code <wordsKey>.title|intro|button}, posted to {@code path}. */
    Map<String, Object> page(String reference, String path, String wordsKey, List<FieldView> fields,
                             List<Map<String, String>> summary) {
        Map<String, Object> model = new HashMap<>();
        model.put("reference", reference);
        model.put("slug", path);
        model.put("heading", msg.get(wordsKey + ".title"));
        model.put("intro", msg.opt(wordsKey + ".intro"));
        model.put("button", msg.get(wordsKey + ".button"));
        model.put("fields", fields);
        model.put("errors", summary);
        return model;
    }
}
