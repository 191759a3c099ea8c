package uk.council.complaints.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import uk.council.complaints.web.Messages;
import uk.council.complaints.web.ProblemDetails;

import java.util.Map;

/**
 * A bad query parameter: 400 problem details with {@code parameter} naming it. Each API controller answers its
 * {@link ApiBadRequest} through here from a local {@code @Error} (a local handler comes before web.ErrorPages' global ones).
 */
@Singleton
class ApiErrors {
    private final ProblemDetails problems;
    private final Messages msg;

    ApiErrors(ProblemDetails problems, Messages msg) {
        this.problems = problems;
        this.msg = msg;
    }

    HttpResponse<?> badParameter(HttpRequest<?> request, ApiBadRequest e) {
        return problems.answer(request, HttpStatus.BAD_REQUEST, msg.get("api.problem.parameter", e.parameter()),
                Map.of("parameter", e.parameter()));
    }
}
