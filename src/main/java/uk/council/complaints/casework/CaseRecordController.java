package uk.council.complaints.casework;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import uk.council.complaints.staff.StaffActor;
import uk.council.complaints.staff.StaffField;
import uk.council.complaints.staff.StaffForm;
import uk.council.complaints.staff.StaffPosts;
import uk.council.complaints.staff.StaffRole;
import uk.council.complaints.web.Messages;

import java.net.URI;
import java.util.List;
import java.util.Map;

/** The Ombudsman's cases and the learning actions of a complaint: a page of questions each, checked, done, audited. */
@Controller("/staff/cases/{reference}")
@Secured(StaffRole.OFFICER_ROLE)
class CaseRecordController {
    private static final String FORM = MediaType.APPLICATION_FORM_URLENCODED;
    private final ActionPages pages;
    private final RecordForms forms;
    private final OmbudsmanWork ombudsman;
    private final CaseRecordWork record;
    private final StaffPosts posts;
    private final Messages msg;

    CaseRecordController(ActionPages pages, RecordForms forms, OmbudsmanWork ombudsman, CaseRecordWork record,
                         StaffPosts posts, Messages msg) {
        this.pages = pages;
        this.forms = forms;
        this.ombudsman = ombudsman;
        this.record = record;
        this.posts = posts;
        this.msg = msg;
    }

    @Get("/ombudsman/add")
    HttpResponse<?> ombudsmanForm(String reference) {
        return blank(reference, RecordAction.OMBUDSMAN_ADD, 0);
    }

    @Post(value = "/ombudsman/add", consumes = FORM)
    HttpResponse<?> ombudsman(HttpRequest<?> request, Authentication auth, String reference, @Nullable @Body String body) {
        return handle(request, auth, reference, RecordAction.OMBUDSMAN_ADD, 0, body, (caseId, by, f) ->
                ombudsman.add(caseId, by, f.get("lgscoReference"), RecordForms.date(f, "receivedOn")));
    }

    @Get("/ombudsman/{id}/decision")
    HttpResponse<?> decisionForm(String reference, long id) {
        return blank(reference, RecordAction.OMBUDSMAN_DECISION, id);
    }

    @Post(value = "/ombudsman/{id}/decision", consumes = FORM)
    HttpResponse<?> decision(HttpRequest<?> request, Authentication auth, String reference, long id, @Nullable @Body String body) {
        return handle(request, auth, reference, RecordAction.OMBUDSMAN_DECISION, id, body, (caseId, by, f) ->
                ombudsman.decide(caseId, id, by, RecordForms.date(f, "decidedOn"), f.get("decision"), blankAsNull(f.get("fault")),
                        blankAsNull(f.get("remedy")), Pence.parse(f.get("payment")).orElse(null)));
    }

    @Get("/ombudsman/{id}/recommendation")
    HttpResponse<?> recommendationForm(String reference, long id) {
        return blank(reference, RecordAction.RECOMMENDATION, id);
    }

    @Post(value = "/ombudsman/{id}/recommendation", consumes = FORM)
    HttpResponse<?> recommendation(HttpRequest<?> request, Authentication auth, String reference, long id, @Nullable @Body String body) {
        return handle(request, auth, reference, RecordAction.RECOMMENDATION, id, body, (caseId, by, f) ->
                ombudsman.recommend(caseId, id, by, f.get("recommendation"), RecordForms.date(f, "dueOn")));
    }

    @Get("/ombudsman/recommendations/{id}/complied")
    HttpResponse<?> compliedForm(String reference, long id) {
        return blank(reference, RecordAction.COMPLIED, id);
    }

    @Post(value = "/ombudsman/recommendations/{id}/complied", consumes = FORM)
    HttpResponse<?> complied(HttpRequest<?> request, Authentication auth, String reference, long id, @Nullable @Body String body) {
        return handle(request, auth, reference, RecordAction.COMPLIED, id, body, (caseId, by, f) ->
                ombudsman.complied(caseId, id, by, RecordForms.date(f, "compliedOn")));
    }

    @Get("/learning/add")
    HttpResponse<?> learningForm(String reference) {
        return blank(reference, RecordAction.LEARNING_ADD, 0);
    }

    @Post(value = "/learning/add", consumes = FORM)
    HttpResponse<?> learning(HttpRequest<?> request, Authentication auth, String reference, @Nullable @Body String body) {
        return handle(request, auth, reference, RecordAction.LEARNING_ADD, 0, body, (caseId, by, f) ->
                record.addLearning(caseId, by, f.get("action"), f.get("ownerTeam"), RecordForms.date(f, "dueOn")));
    }

    @Get("/learning/{id}/done")
    HttpResponse<?> doneForm(String reference, long id) {
        return blank(reference, RecordAction.LEARNING_DONE, id);
    }

    @Post(value = "/learning/{id}/done", consumes = FORM)
    HttpResponse<?> done(HttpRequest<?> request, Authentication auth, String reference, long id, @Nullable @Body String body) {
        return handle(request, auth, reference, RecordAction.LEARNING_DONE, id, body, (caseId, by, f) ->
                record.learningDone(caseId, id, by, RecordForms.date(f, "doneOn")));
    }

    private HttpResponse<?> blank(String reference, RecordAction action, long id) {
        pages.idOf(reference);
        return HttpResponse.ok(view(reference, action, id, new StaffForm(Map.of()), Map.of(), List.of()));
    }

    private HttpResponse<?> handle(HttpRequest<?> request, Authentication auth, String reference, RecordAction action,
                                   long id, @Nullable String body, CaseActionController.Step step) {
        StaffForm form = posts.accept(request, body);
        long caseId = pages.idOf(reference);
        Map<String, String> errors = forms.check(action, form);
        if (!errors.isEmpty()) {
            List<StaffField> fields = forms.fields(action, form, errors);
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY)
                    .body(view(reference, action, id, form, errors, RecordForms.summary(fields)));
        }
        try {
            step.run(caseId, StaffActor.of(auth), form);
            return HttpResponse.seeOther(URI.create("/staff/cases/" + reference + "?done=" + action.code()));
        } catch (CaseworkRefused refused) {
            return HttpResponse.status(HttpStatus.CONFLICT).body(view(reference, action, id, form, Map.of(),
                    List.of(Map.of("href", "#main-content", "text", msg.get(refused.messageKey())))));
        }
    }

    private ModelAndView<Map<String, Object>> view(String reference, RecordAction action, long id, StaffForm form,
                                                   Map<String, String> errors, List<Map<String, String>> summary) {
        return new ModelAndView<>("staff/case-action", pages.page(reference, action.path(id),
                "staff.record." + action.code(), forms.fields(action, form, errors), summary));
    }

    private static String blankAsNull(String value) {
        return value.isEmpty() ? null : value;
    }
}
