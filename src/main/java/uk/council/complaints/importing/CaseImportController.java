package uk.council.complaints.importing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.json.JsonMapper;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import uk.council.complaints.api.ApiCaller;
import uk.council.complaints.api.ApiScope;
import uk.council.complaints.staff.StaffActor;
import uk.council.complaints.web.Messages;
import uk.council.complaints.web.ProblemDetails;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /api/v1/cases} (scope {@code cases:import}, issue 25): one case from another system, its fields named as
 * the import template's columns (a list as a JSON array or a semicolon-separated string), idempotent by its
 * {@code Idempotency-Key}. A bad field is a problem-details answer (RFC 9457) naming it.
 */
@Controller("/api/v1/cases")
@Secured(ApiScope.CASES_IMPORT)
class CaseImportController {
    static final String KEY = "Idempotency-Key";
    private final ApiCaseImport service;
    private final ProblemDetails problems;
    private final JsonMapper json;
    private final Messages msg;

    CaseImportController(ApiCaseImport service, ProblemDetails problems, JsonMapper json, Messages msg) {
        this.service = service;
        this.problems = problems;
        this.json = json;
        this.msg = msg;
    }

    /**
     * Imports one case received elsewhere.
     * 201 with its reference (and "replayed": true when the same key and body were sent before); 400 without an
     * Idempotency-Key or a JSON object; 409 while a request with the same key is still being handled (send it again
     * later); 422 when the key was first used with another body, or for a bad field (named in "field" and "errors").
     */
    @Post(consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    HttpResponse<?> create(HttpRequest<?> request, Authentication auth, @Nullable @Header(KEY) String key,
                           @Nullable @Body String body) {
        if (key == null || key.isBlank() || key.length() > 255) {
            return problems.answer(request, HttpStatus.BAD_REQUEST, msg.get("import.api.key"), Map.of("field", KEY));
        }
        Map<String, String> fields = new LinkedHashMap<>();
        try {
            Map<?, ?> object = json.readValue(body == null ? "" : body, Map.class);
            for (Map.Entry<?, ?> e : object.entrySet()) {
                Object v = e.getValue();
                fields.put(String.valueOf(e.getKey()), v instanceof List<?> list ? String.join(RegisterColumns.LIST_SEPARATOR,
                        list.stream().map(String::valueOf).toList()) : v == null ? "" : String.valueOf(v));
            }
        } catch (IOException | RuntimeException e) {
            return problems.answer(request, HttpStatus.BAD_REQUEST, msg.get("import.api.json"), Map.of());
        }
        ApiCaller caller = ApiCaller.of(auth);
        StaffActor by = new StaffActor(0, caller.name(), "API client " + caller.clientId(), List.of(), false);
        try {
            ApiCaseImport.Outcome done = service.importCase(String.valueOf(caller.clientId()), key, body, fields, by);
            if (done.keyReused()) {
                return problems.answer(request, HttpStatus.UNPROCESSABLE_ENTITY, msg.get("import.api.keyReused"),
                        Map.of("field", KEY));
            }
            return HttpResponse.created(Map.of("reference", done.reference(), "replayed", done.repeat()))
                    .header("Location", "/api/v1/cases/" + done.reference());
        } catch (ApiCaseImport.KeyInProgress inProgress) {
            // draft-ietf-httpapi-idempotency-key-header: a request with a key whose first request is still being
            // handled is answered 409; the client repeats it later and gets the first answer.
            return problems.answer(request, HttpStatus.CONFLICT, msg.get("import.api.inProgress"), Map.of("field", KEY,
                    "type", msg.get("import.api.inProgress.type"), "title", msg.get("import.api.inProgress.title")));
        } catch (RegisterRefused refused) {
            RegisterProblem first = refused.problems().get(0);
            return problems.answer(request, HttpStatus.UNPROCESSABLE_ENTITY, first.reason(), Map.of("field", first.column(),
                    "errors", refused.problems().stream().map(p -> Map.of("field", p.column(), "detail", p.reason())).toList()));
        }
    }
}
