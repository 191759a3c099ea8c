package uk.council.complaints.api;

import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import uk.council.complaints.staff.StaffFixtures;
import uk.council.complaints.staff.StaffRole;
import uk.council.complaints.support.FormClient;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

/** A case-management system calling the API in tests: raw HTTP with or without a bearer token, answers as JSON. */
final class ApiHttp {
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final URI base;
    private final JsonMapper json;

    ApiHttp(URI base, ApplicationContext ctx) {
        this.base = base;
        this.json = ctx.getBean(JsonMapper.class);
    }

    record Answer(int status, String body, HttpResponse<String> raw, JsonMapper json) {
        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        Map<String, Object> map() {
            try {
                return json.readValue(body, Argument.mapOf(String.class, Object.class));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> list(String member) {
            Object list = map().get(member);
            if (list == null) { // the portal's JSON leaves out empty members (Jackson NON_EMPTY)
                return List.of();
            }
            return (List<Map<String, Object>>) list;
        }

        boolean isProblem() {
            return "application/problem+json".equals(header("Content-Type"));
        }
    }

    Answer get(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    Answer get(String path, ApiClients.Issued client) {
        return get(path, "Authorization", "Bearer " + client.token());
    }

    private Answer send(HttpRequest request) {
        try {
            HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), r.body(), r, json);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A client registered through the service (the admin page's own test registers through the page). */
    static ApiClients.Issued client(ApplicationContext ctx, ApiScope... scopes) {
        return ctx.getBean(ApiClients.class).create("Test system " + System.nanoTime(),
                java.util.EnumSet.copyOf(List.of(scopes)), java.time.Duration.ofDays(30), "test");
    }

    static FormClient admin(ApplicationContext ctx, URI base) {
        return StaffFixtures.signedIn(ctx, base, StaffRole.ADMIN);
    }
}
