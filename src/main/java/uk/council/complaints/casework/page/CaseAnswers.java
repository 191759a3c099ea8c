package uk.council.complaints.casework.page;

import jakarta.inject.Singleton;
import uk.council.complaints.cases.CaseChild;
import uk.council.complaints.cases.CaseChildRepository;
import uk.council.complaints.cases.CaseChoice;
import uk.council.complaints.cases.CaseCodes;
import uk.council.complaints.cases.SubmittedCase;
import uk.council.complaints.casework.core.StaffChoices;
import uk.council.complaints.web.Messages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every answer on a case, in words, in the order of the form; questions not asked on this journey are left out. */
@Singleton
class CaseAnswers {
    private final Messages msg;
    private final CaseChildRepository children;

    CaseAnswers(Messages msg, CaseChildRepository children) {
        this.msg = msg;
        this.children = children;
    }

    record Row(String key, List<String> lines) {
    }

    List<Row> rows(SubmittedCase c, List<CaseChoice> choices) {
        return rows(c, choices, children.findByCaseIdOrderByPosition(c.id()));
    }

    /** With several children (case_child), one row each in place of the one child's answers. */
    List<Row> rows(SubmittedCase c, List<CaseChoice> choices, List<CaseChild> children) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("role", coded("triage.role.", c.submitterRole()));
        values.put("submitterName", c.submitterName());
        values.put("email", c.email());
        values.put("phone", c.phone());
        values.put("address", c.address());
        values.put("preferredContact", option("preferredContact", c.preferredContact()));
        values.put("accessNeeds", choices(choices, "accessNeeds"));
        values.put("interpreterLanguage", c.interpreterLanguage());
        values.put("otherNeeds", c.otherNeeds());
        values.put("childName", c.childName());
        values.put("childDob", c.childDob() == null ? null : msg.date(c.childDob(), "date"));
        values.put("childAge", c.childAge() == null ? null : String.valueOf(c.childAge()));
        values.put("childAddress", c.childAddress());
        values.put("parentalResponsibility", option("parentalResponsibility", c.parentalResponsibility()));
        values.put("advocateOrganisation", c.advocateOrganisation());
        values.put("childAgrees", option("childAgrees", c.childAgrees()));
        values.put("childWords", c.childWords());
        values.put("riskNow", c.riskNow() ? msg.get("staff.answer.yes") : null);
        values.put("service", option("service", c.service()));
        values.put("workerName", c.workerName());
        values.put("whatHappened", c.whatHappened());
        values.put("whenHappened", c.whenHappened() == null ? null : msg.date(c.whenHappened(), "date")
                + (c.stillHappening() ? " " + msg.get("staff.answer.stillHappening") : ""));
        values.put("outcomesSought", choices(choices, "outcomesSought"));
        values.put("putRightDetails", c.putRightDetails());
        values.put("courtProceedings", option("courtProceedings", c.courtProceedings()));
        values.put("raisedBefore", option("raisedBefore", c.raisedBefore()));
        values.put("callbackDays", choices(choices, "callbackDays"));
        values.put("callbackTime", option("callbackTime", c.callbackTime()));
        values.put("callbackTopic", c.callbackTopic());
        values.put("feedbackAbout", c.feedbackAbout());
        values.put("feedbackMessage", c.feedbackMessage());
        values.put("earlierReference", c.earlierReference());
        values.put("responseMethods", choices(choices, "responseMethods"));
        values.put("responseOther", c.responseOther());
        values.put("escalationReason", option("escalationReason", c.escalationReason()));
        values.put("escalationReasonOther", c.escalationReasonOther());
        values.put("wantNow", c.wantNow());
        values.put("advocateWanted", option("childAdvocate", c.advocateWanted()));
        List<Row> rows = new ArrayList<>();
        boolean several = children.size() > 1;
        values.forEach((name, value) -> {
            if (several && name.startsWith("child") && !name.equals("childAgrees") && !name.equals("childWords")) {
                if (name.equals("childName")) {
                    children.forEach(k -> rows.add(new Row(msg.get("staff.answer.child", k.position()), child(k))));
                }
                return;
            }
            List<String> lines = value instanceof List<?> l ? l.stream().map(String::valueOf).toList()
                    : value == null || value.toString().isBlank() ? List.of() : value.toString().lines().toList();
            if (!lines.isEmpty()) {
                rows.add(new Row(msg.get("staff.answer." + name), lines));
            }
        });
        return rows;
    }

    /** One child in words: name, then date of birth or age, then address when given. */
    private List<String> child(CaseChild k) {
        List<String> lines = new ArrayList<>(List.of(k.name()));
        if (k.dob() != null) {
            lines.add(msg.get("staff.answer.child.born", msg.date(k.dob(), "date")));
        }
        if (k.age() != null) {
            lines.add(msg.get("staff.answer.child.age", k.age()));
        }
        if (k.address() != null) {
            lines.addAll(k.address().lines().toList());
        }
        return lines;
    }

    private String coded(String prefix, String code) {
        return code == null ? null : msg.get(prefix + code);
    }

    private String option(String field, String code) {
        return code == null ? null : StaffChoices.staffWords(msg, CaseCodes.labelKey(field, code));
    }

    private List<String> choices(List<CaseChoice> all, String question) {
        return all.stream().filter(ch -> ch.question().equals(question))
                .map(ch -> StaffChoices.staffWords(msg, CaseCodes.labelKey(question, ch.choice()))).toList();
    }
}
