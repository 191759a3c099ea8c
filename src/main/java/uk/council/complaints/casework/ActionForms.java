package uk.council.complaints.casework;

import jakarta.inject.Singleton;
import uk.council.complaints.journey.Options;
import uk.council.complaints.staff.StaffAccounts;
import uk.council.complaints.staff.StaffField;
import uk.council.complaints.staff.StaffForm;
import uk.council.complaints.triage.Priority;
import uk.council.complaints.triage.Queue;
import uk.council.complaints.web.Messages;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The questions of each action's page and their checks: required answers, known codes, length limits. */
@Singleton
class ActionForms {
    private final Messages msg;
    private final StaffAccounts accounts;

    ActionForms(Messages msg, StaffAccounts accounts) {
        this.msg = msg;
        this.accounts = accounts;
    }

    List<StaffField> fields(CaseActions action, StaffForm form, Map<String, String> errors) {
        return switch (action) {
            case ASSIGN -> List.of(StaffField.choices("assignee", false, msg.get("staff.form.assign.assignee"), null,
                    assignees(form.get("assignee")), errors.get("assignee")));
            case EXTEND -> List.of(text("reason", action, 1000, form, errors));
            case RESPONSE -> List.of(
                    choices(action, "methods", true, Lists.RESPONSE_METHODS, "staff.method.", form, errors),
                    choices(action, "finding", false, Lists.FINDINGS, "staff.finding.", form, errors),
                    choices(action, "outcomes", true, Lists.ACTUAL_OUTCOMES, "staff.outcome.", form, errors));
            case RECORD_CALL -> List.of(text("outcome", action, 2000, form, errors));
            case REFUSE -> List.of(choices(action, "reason", false, Lists.REFUSAL_REASONS, "staff.refusal.", form, errors),
                    text("details", action, 1000, form, errors));
            case RETRIAGE -> List.of(
                    choices(action, "queue", false, names(Queue.values()), "staff.queue.", form, errors),
                    choices(action, "priority", false, names(Priority.values()), "staff.priority.", form, errors),
                    text("reason", action, 1000, form, errors));
            case ESCALATE -> List.of(
                    choices(action, "reason", false, Options.ESCALATION_REASONS, "field.escalationReason.option.", form, errors),
                    text("wantNow", action, 3000, form, errors));
            case CONVERT -> List.of(
                    choices(action, "service", false, Options.SERVICES, "field.service.option.", form, errors),
                    text("whatHappened", action, 5000, form, errors),
                    choices(action, "outcomesSought", true, Options.OUTCOMES_SOUGHT, "field.outcomesSought.option.", form, errors));
            case NOTE -> List.of(text("text", action, 2000, form, errors));
            default -> List.of();
        };
    }

    /** What is wrong with the answers, field by field; empty when they can be acted on. */
    Map<String, String> check(CaseActions action, StaffForm form) {
        Map<String, String> errors = new HashMap<>();
        for (StaffField f : fields(action, form, Map.of())) {
            boolean optional = action == CaseActions.REFUSE && f.name().equals("details");
            if (f.kind().equals("CHECKBOXES")) {
                List<String> ticked = form.all(f.name());
                if (ticked.isEmpty() || !f.field().options().containsAll(ticked)) {
                    errors.put(f.name(), msg.get("staff.form.error.choose." + f.name()));
                }
            } else if (f.kind().equals("RADIOS")) {
                if (!f.field().options().contains(form.get(f.name()))) {
                    errors.put(f.name(), msg.get("staff.form.error.choose." + f.name()));
                }
            } else if (form.get(f.name()).isEmpty() && !optional) {
                errors.put(f.name(), msg.get("staff.form.error.enter." + f.name()));
            } else if (form.get(f.name()).length() > f.field().maxLength()) {
                errors.put(f.name(), msg.get("staff.form.error.tooLong", f.field().maxLength()));
            }
        }
        return errors;
    }

    private StaffField text(String name, CaseActions action, int max, StaffForm form, Map<String, String> errors) {
        String key = "staff.form." + action.slug() + "." + name;
        return StaffField.textarea(name, msg.get(key), msg.opt(key + ".hint"), max, form.get(name), errors.get(name));
    }

    private StaffField choices(CaseActions action, String name, boolean multiple, List<String> codes, String labelPrefix, StaffForm form,
                               Map<String, String> errors) {
        List<String> chosen = multiple ? form.all(name) : List.of(form.get(name));
        return StaffField.choices(name, multiple, msg.get("staff.form." + action.slug() + "." + name), null, codes.stream().map(code ->
                new StaffField.Option(code, msg.get(labelPrefix + code), null, chosen.contains(code))).toList(),
                errors.get(name));
    }

    private List<StaffField.Option> assignees(String selected) {
        List<StaffField.Option> options = new java.util.ArrayList<>(accounts.activeMembers().stream()
                .map(m -> new StaffField.Option(String.valueOf(m.id()), m.name(), msg.get("staff.role." + m.role().code()),
                        selected.equals(String.valueOf(m.id())))).toList());
        options.add(new StaffField.Option("none", msg.get("staff.form.assign.nobody"), null, selected.equals("none")));
        return options;
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
