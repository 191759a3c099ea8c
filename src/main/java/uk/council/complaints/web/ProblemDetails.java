package uk.council.complaints.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every error under /api/ is an RFC 9457 problem (application/problem+json), never an HTML page: the error pages
 * (ErrorPages), the security refusals (staff.StaffAccessHandler) and the API's own refusals all answer through here.
 * The title and detail are {@code api.problem.<status>.title|detail} in the messages bundle.
 */
@Singleton
public class ProblemDetails {
    /** The only paths where an API token is read, and where errors are problem details (docs/adr/0029). */
    public static final String API_PREFIX = "/api/";
    public static final String MEDIA_TYPE = "application/problem+json";
    private final JsonMapper json;
    private final Messages msg;

    ProblemDetails(JsonMapper json, Messages msg) {
        this.json = json;
        this.msg = msg;
    }

    public static boolean isApi(HttpRequest<?> request) {
        return request.getPath().startsWith(API_PREFIX);
    }

    /** The problem for this status, with the bundle's general detail. */
    public MutableHttpResponse<?> answer(HttpRequest<?> request, HttpStatus status) {
        return answer(request, status, null, Map.of());
    }

    /**
     * The problem for this status; {@code detail} (already in words) replaces the general one, and {@code extra}
     * members are added (e.g. {@code field} naming the bad parameter).
     */
    public MutableHttpResponse<?> answer(HttpRequest<?> request, HttpStatus status, @Nullable String detail,
                                         Map<String, Object> extra) {
        int code = status.getCode();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", msg.find("api.problem." + code + ".title").orElse(status.getReason()));
        body.put("status", code);
        String words = detail != null ? detail : msg.find("api.problem." + code + ".detail").orElse(null);
        if (words != null) {
            body.put("detail", words);
        }
        body.put("instance", request.getPath());
        body.putAll(extra);
        MutableHttpResponse<String> response = HttpResponse.<String>status(status)
                .contentType(MEDIA_TYPE).body(write(body));
        response.header(HttpHeaders.CACHE_CONTROL, "no-store");
        if (status == HttpStatus.UNAUTHORIZED) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        return response;
    }

    private String write(Map<String, Object> body) {
        try {
            return json.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
