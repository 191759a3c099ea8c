package uk.council.complaints.casework.action;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import uk.council.complaints.casework.core.CaseworkRefused;
import uk.council.complaints.casework.record.CaseRecordRepositories;
import uk.council.complaints.casework.record.Pence;
import uk.council.complaints.journey.FieldView;
import uk.council.complaints.staff.StaffActor;
import uk.council.complaints.staff.StaffForm;
import uk.council.complaints.staff.StaffPageException;
import uk.council.complaints.web.Messages;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The pages of the Ombudsman and learning actions: the blank form, and a post answered by the one {@link ActionRunner}. */
@Singleton
class RecordPages {
    private final ActionPages pages;
    private final RecordForms forms;
    private final CaseRecordRepositories.Ombudsman ombudsman;
    private final CaseRecordRepositories.Recommendations recommendations;
    private final CaseRecordRepositories.Learning learning;
    private final Messages msg;
    private final ActionGuard guard;
    private final ActionRunner runner;

    RecordPages(ActionGuard guard, ActionRunner runner, ActionPages pages, RecordForms forms,
                CaseRecordRepositories.Ombudsman ombudsman, CaseRecordRepositories.Recommendations recommendations,
                CaseRecordRepositories.Learning learning, Messages msg) {
        this.runner = runner;
        this.guard = guard;
        this.pages = pages;
        this.forms = forms;
        this.ombudsman = ombudsman;
        this.recommendations = recommendations;
        this.learning = learning;
        this.msg = msg;
    }

    /** The form (a correction's filled in with what is recorded); "not found" when its row is not on this case. */
    HttpResponse<?> blank(String reference, RecordAction action, long id) {
        if (!onCase(action, pages.idOf(reference), id)) {
            throw StaffPageException.notFound();
        }
        return HttpResponse.ok(new ModelAndView<>("staff/case-action", model(reference, action, id, new StaffForm(recorded(action, id)),
                Map.of(), List.of())));
    }

    /** Issue 21: the Ombudsman's decision as recorded, as its correction's answers; nothing for the other pages. */
    @Transactional
    Map<String, List<String>> recorded(RecordAction action, long id) {
        Map<String, List<String>> values = new HashMap<>();
        ombudsman.findById(id).filter(o -> action == RecordAction.OMBUDSMAN_CORRECT && o.decidedOn() != null).ifPresent(o -> {
            OutcomeCorrections.putDate(values, "decidedOn", o.decidedOn());
            values.put("decision", List.of(o.decision()));
            values.put("fault", o.fault() == null ? List.of() : List.of(o.fault()));
            values.put("remedy", o.remedy() == null ? List.of() : List.of(o.remedy()));
            values.put("payment", o.paymentPence() == null ? List.of() : List.of(Pence.pounds(o.paymentPence())));
        });
        return values;
    }

    HttpResponse<?> handle(HttpRequest<?> request, Authentication auth, String reference, RecordAction action,
                           long id, @Nullable String body, ActionRunner.Step step) {
        return runner.handle(request, auth, reference, new ActionRunner.Page() {
            @Override
            public String done() {
                return action.code();
            }

            @Override
            public Map<String, String> check(StaffForm form, long caseId) {
                return forms.check(action, form);
            }

            @Override
            public Map<String, Object> withErrors(StaffForm form, Map<String, String> errors) {
                return model(reference, action, id, form, errors, summary(forms.fields(action, form, errors)));
            }

            @Override
            public Map<String, Object> refused(StaffForm form, CaseworkRefused refused) {
                return model(reference, action, id, form, Map.of(),
                        List.of(Map.of("href", "#main-content", "text", msg.get(refused.messageKey()))));
            }

            @Override
            public void guarded(long caseId, StaffActor by, Runnable run) {
                guard.run(caseId, action, id, run);
            }
        }, body, step);
    }

    @Transactional
    boolean onCase(RecordAction action, long caseId, long id) {
        return switch (action) {
            case OMBUDSMAN_DECISION, OMBUDSMAN_CORRECT, RECOMMENDATION -> ombudsman.findById(id).map(o -> o.caseId() == caseId).orElse(false);
            case COMPLIED -> recommendations.findById(id).flatMap(r -> ombudsman.findById(r.ombudsmanCaseId()))
                    .map(o -> o.caseId() == caseId).orElse(false);
            case LEARNING_DONE -> learning.findById(id).map(a -> a.caseId() == caseId).orElse(false);
            case OMBUDSMAN_ADD, LEARNING_ADD -> true;
        };
    }

    /** The error summary: each message links to its field (a date to its day). */
    private static List<Map<String, String>> summary(List<FieldView> fields) {
        return fields.stream().filter(FieldView::hasError).map(f -> Map.of("href",
                "#" + f.id() + (f.kind().equals("DATE") ? "-day" : ""), "text", f.error())).toList();
    }

    private Map<String, Object> model(String reference, RecordAction action, long id, StaffForm form,
                                      Map<String, String> errors, List<Map<String, String>> summary) {
        return pages.page(reference, action.path(id), "staff.record." + action.code(), forms.fields(action, form, errors), summary);
    }
}
