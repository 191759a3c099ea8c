package uk.council.complaints.casework.action;

import jakarta.inject.Singleton;
import uk.council.complaints.cases.Natures;
import uk.council.complaints.cases.Procedure;
import uk.council.complaints.casework.core.CaseActions;
import uk.council.complaints.journey.FieldView;
import uk.council.complaints.staff.StaffForm;
import uk.council.complaints.web.Messages;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * "What is the issue about?" on an action's page (issue 21): the natures of the case's procedure only; a nature of the
 * other procedure's list is refused with words that say so, and shown as given on the page that refuses it.
 */
@Singleton
class NatureQuestion {
    static final String NAME = "nature";
    private final Natures natures;
    private final Messages msg;

    NatureQuestion(Natures natures, Messages msg) {
        this.natures = natures;
        this.msg = msg;
    }

    FieldView field(CaseActions action, Procedure procedure, StaffForm form, Map<String, String> errors) {
        List<String> codes = new ArrayList<>(natures.codes(procedure));
        // Only on the page that refuses it: never an option the check accepts.
        if (errors.containsKey(NAME) && otherList(procedure, form)) {
            codes.add(form.get(NAME));
        }
        return FieldView.choices(NAME, false, msg.get("staff.form." + action.slug() + "." + NAME), null, codes.stream()
                .map(c -> new FieldView.Option(c, msg.get(Natures.labelKey(c)), null, c.equals(form.get(NAME)))).toList(),
                errors.get(NAME));
    }

    /** The error already found on the question, put in words that name the list the nature is on. */
    void explain(Procedure procedure, StaffForm form, Map<String, String> errors) {
        if (errors.containsKey(NAME) && otherList(procedure, form)) {
            errors.put(NAME, msg.get("staff.form.error.natureOtherProcedure." + procedure.name().toLowerCase(Locale.ROOT),
                    msg.get(Natures.labelKey(form.get(NAME)))));
        }
    }

    private boolean otherList(Procedure procedure, StaffForm form) {
        return natures.belongsToOther(procedure, form.get(NAME));
    }
}
