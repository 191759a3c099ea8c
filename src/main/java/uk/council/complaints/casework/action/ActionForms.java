package uk.council.complaints.casework.action;

import jakarta.inject.Singleton;
import uk.council.complaints.cases.Natures;
import uk.council.complaints.cases.Procedure;
import uk.council.complaints.casework.core.CaseActions;
import uk.council.complaints.casework.core.StaffChoices;
import uk.council.complaints.casework.stage.StageRecords;
import uk.council.complaints.journey.Answers;
import uk.council.complaints.journey.FieldChecks;
import uk.council.complaints.journey.FieldError;
import uk.council.complaints.journey.FieldView;
import uk.council.complaints.staff.StaffAccounts;
import uk.council.complaints.staff.StaffForm;
import uk.council.complaints.web.ClockFactory;
import uk.council.complaints.web.Messages;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The questions of each action's page and their checks: required answers, known codes, length limits. */
@Singleton
class ActionForms {
    private final Messages msg;
    private final StaffAccounts accounts;
    private final Clock clock;
    private final NatureQuestion nature;

    ActionForms(Messages msg, StaffAccounts accounts, Clock clock, NatureQuestion nature) {
        this.nature = nature;
        this.msg = msg;
        this.accounts = accounts;
        this.clock = clock;
    }

    List<FieldView> fields(CaseActions action, StaffForm form, Map<String, String> errors) {
        return fields(action, form, errors, List.of(), Procedure.STATUTORY);
    }

    /**
     * The questions, with one finding question per issue where the action records findings; a nature is chosen from
     * the list of the case's {@code procedure} (issue 21).
     */
    List<FieldView> fields(CaseActions action, StaffForm form, Map<String, String> errors, List<StageRecords.Issue> issues,
                            Procedure procedure) {
        return switch (action) {
            case ASSIGN -> List.of(FieldView.choices("assignee", false, msg.get("staff.form.assign.assignee"), null,
                    assignees(form.get("assignee")), errors.get("assignee")));
            case EXTEND -> List.of(text("reason", action, 1000, form, errors));
            case RESPONSE -> StageForms.join(List.of(date("respondedOn", action, form, errors).optional(),
                    choices(action, "methods", true, StaffChoices.RESPONSE_METHOD, form, errors),
                    choices(action, "finding", false, StaffChoices.FINDING, form, errors)),
                    StageForms.issueFindings(this, issues, form, errors),
                    List.of(choices(action, "outcomes", true, StaffChoices.ACTUAL_OUTCOME, form, errors)));
            case RECORD_CALL -> List.of(text("outcome", action, 2000, form, errors));
            case WITHDRAW -> List.of(date("withdrawnOn", action, form, errors).optional());
            case REFUSE -> List.of(choices(action, "reason", false, StaffChoices.REFUSAL_REASON, form, errors),
                    text("details", action, 1000, form, errors).optional());
            case RETRIAGE -> List.of(
                    choices(action, "queue", false, StaffChoices.QUEUE, form, errors),
                    choices(action, "priority", false, StaffChoices.PRIORITY, form, errors),
                    text("reason", action, 1000, form, errors));
            case ESCALATE -> List.of(
                    choices(action, "reason", false, StaffChoices.ESCALATION_REASON, form, errors),
                    text("wantNow", action, 3000, form, errors),
                    date("requestedOn", action, form, errors).optional(),
                    choices(action, "requestVia", false, StaffChoices.REQUEST_VIA, form, errors),
                    choices(action, "acceptLate", true, StaffChoices.ACCEPT_LATE, form, errors).optional(),
                    text("lateReason", action, 2000, form, errors).optional());
            case CONVERT -> List.of(
                    choices(action, "service", false, StaffChoices.SERVICE, form, errors),
                    text("whatHappened", action, 5000, form, errors),
                    choices(action, "outcomesSought", true, StaffChoices.OUTCOME_SOUGHT, form, errors));
            case NOTE -> List.of(text("text", action, 2000, form, errors));
            case CORRECT_ENQUIRY -> List.of(choices(action, "enquiryKind", false, StaffChoices.ENQUIRY_KIND, form, errors));
            default -> StageForms.fields(this, action, form, errors, issues, procedure);
        };
    }

    /**
     * What is wrong with the answers, field by field; empty when they can be acted on. The public form's
     * checker decides (required, length in characters, control characters, codes on the list); only the
     * words are the staff bundle's.
     */
    Map<String, String> check(CaseActions action, StaffForm form) {
        return check(action, form, List.of(), Procedure.STATUTORY);
    }

    Map<String, String> check(CaseActions action, StaffForm form, List<StageRecords.Issue> issues, Procedure procedure) {
        Answers answers = new Answers(form.values());
        Map<String, String> errors = new HashMap<>();
        for (FieldView f : fields(action, form, Map.of(), issues, procedure)) {
            FieldChecks.check(f.field(), answers, ClockFactory.today(clock)).ifPresent(e -> errors.put(f.name(), words(f, e)));
        }
        nature.explain(procedure, form, errors);
        StageForms.crossChecks(action, form).forEach((name, key) -> errors.putIfAbsent(name, msg.get(key)));
        return errors;
    }

    private String words(FieldView f, FieldError e) {
        boolean choice = !f.field().options().isEmpty();
        if (f.field().kind() == uk.council.complaints.journey.FieldKind.DATE && !e.code().equals("required")) {
            return msg.get("staff.form.error.date." + e.code());
        }
        String name = f.name().startsWith(StageForms.ISSUE_FINDING) ? "issueFinding" : f.name();
        return switch (e.code()) {
            case "tooLong" -> msg.get("staff.form.error.tooLong", msg.readable(e.args()));
            case "required" -> msg.get((choice ? "staff.form.error.choose." : "staff.form.error.enter.") + name);
            default -> choice ? msg.get("staff.form.error.choose." + name) : msg.get("staff.form.error.invalid");
        };
    }

    FieldView date(String name, CaseActions action, StaffForm form, Map<String, String> errors) {
        String key = "staff.form." + action.slug() + "." + name;
        return FieldView.date(name, msg.get(key), msg.opt(key + ".hint"), form.get(name + "-day"),
                form.get(name + "-month"), form.get(name + "-year"), errors.get(name));
    }

    FieldView line(String name, CaseActions action, int max, StaffForm form, Map<String, String> errors) {
        String key = "staff.form." + action.slug() + "." + name;
        return FieldView.text(name, msg.get(key), msg.opt(key + ".hint"), max, form.get(name), errors.get(name));
    }

    FieldView text(String name, CaseActions action, int max, StaffForm form, Map<String, String> errors) {
        String key = "staff.form." + action.slug() + "." + name;
        return FieldView.textarea(name, msg.get(key), msg.opt(key + ".hint"), max, form.get(name), errors.get(name));
    }

    FieldView choices(CaseActions action, String name, boolean multiple, StaffChoices list, StaffForm form,
                       Map<String, String> errors) {
        return choices(name, msg.get("staff.form." + action.slug() + "." + name), multiple, list, form, errors);
    }

    FieldView choices(String name, String label, boolean multiple, StaffChoices list, StaffForm form,
                       Map<String, String> errors) {
        List<String> chosen = multiple ? form.all(name) : List.of(form.get(name));
        return FieldView.choices(name, multiple, label, null, list.codes().stream().map(code ->
                new FieldView.Option(code, StaffChoices.staffWords(msg, list.labelKey(code)), null, chosen.contains(code))).toList(),
                errors.get(name));
    }

    /** Which of the complaint's issues, each as "Issue 1: Delay" (correcting an issue's nature, issue 21). */
    FieldView issue(CaseActions action, List<StageRecords.Issue> issues, StaffForm form, Map<String, String> errors) {
        return FieldView.choices("issue", false, msg.get("staff.form." + action.slug() + ".issue"), null, issues.stream()
                .map(i -> new FieldView.Option(String.valueOf(i.position()), msg.get("staff.form." + action.slug() + ".option",
                        i.position(), msg.get(Natures.labelKey(i.nature()))), null,
                        form.get("issue").equals(String.valueOf(i.position())))).toList(), errors.get("issue"));
    }

    /** What an issue is about: the natures of the case's procedure. */
    FieldView nature(CaseActions action, Procedure procedure, StaffForm form, Map<String, String> errors) {
        return nature.field(action, procedure, form, errors);
    }

    /** "Issue 1: Delay", with the issue's own summary when it has one. */
    String issueLabel(StageRecords.Issue issue) {
        String nature = msg.find("staff.nature." + issue.nature()).orElse(issue.nature());
        return msg.get("staff.form.issueFinding", issue.position(), nature,
                issue.summary() == null ? "" : issue.summary());
    }

    private List<FieldView.Option> assignees(String selected) {
        List<FieldView.Option> options = new java.util.ArrayList<>(accounts.activeMembers().stream()
                .map(m -> new FieldView.Option(String.valueOf(m.id()), m.name(), msg.get("staff.role." + m.role().code()),
                        selected.equals(String.valueOf(m.id())))).toList());
        options.add(new FieldView.Option("none", msg.get("staff.form.assign.nobody"), null, selected.equals("none")));
        return options;
    }
}
