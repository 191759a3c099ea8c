package uk.council.complaints.casework.action;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import uk.council.complaints.casework.record.CaseRecordWork;
import uk.council.complaints.casework.record.OmbudsmanCorrection;
import uk.council.complaints.casework.record.OmbudsmanWork;
import uk.council.complaints.casework.record.Pence;
import uk.council.complaints.staff.StaffRole;


/** The Ombudsman's cases and the learning actions of a complaint: a page of questions each, checked, done, audited. */
@Controller("/staff/cases/{reference}")
@Secured(StaffRole.OFFICER_ROLE)
class CaseRecordController {
    private static final String FORM = MediaType.APPLICATION_FORM_URLENCODED;
    private final RecordPages pages;
    private final OmbudsmanWork ombudsman;
    private final CaseRecordWork record;
    private final OmbudsmanCorrection correction;

    CaseRecordController(RecordPages pages, OmbudsmanWork ombudsman, CaseRecordWork record, OmbudsmanCorrection correction) {
        this.pages = pages;
        this.correction = correction;
        this.ombudsman = ombudsman;
        this.record = record;
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

    @Get("/ombudsman/{id}/correct")
    HttpResponse<?> correctionForm(String reference, long id) {
        return blank(reference, RecordAction.OMBUDSMAN_CORRECT, id);
    }

    @Post(value = "/ombudsman/{id}/correct", consumes = FORM)
    HttpResponse<?> correction(HttpRequest<?> request, Authentication auth, String reference, long id, @Nullable @Body String body) {
        return handle(request, auth, reference, RecordAction.OMBUDSMAN_CORRECT, id, body, (caseId, by, f) ->
                correction.correct(caseId, id, by, RecordForms.date(f, "decidedOn"), f.get("decision"), blankAsNull(f.get("fault")),
                        blankAsNull(f.get("remedy")), Pence.parse(f.get("payment")).orElse(null), f.get("reason")));
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
        return pages.blank(reference, action, id);
    }

    private HttpResponse<?> handle(HttpRequest<?> request, Authentication auth, String reference, RecordAction action,
                                   long id, @Nullable String body, ActionRunner.Step step) {
        return pages.handle(request, auth, reference, action, id, body, step);
    }

    private static String blankAsNull(String value) {
        return value.isEmpty() ? null : value;
    }
}
