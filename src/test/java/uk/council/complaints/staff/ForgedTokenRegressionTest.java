package uk.council.complaints.staff;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.council.complaints.support.FormClient;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The security regression suite (issue: a forged unsigned token was once let in as an admin). Every route the
 * application's own router knows under /staff and /oauth, and every management path the framework knows, is sent
 * every shape of forged token in every place a token could be read from, and Basic credentials of a real admin.
 * None may answer with staff data or a 5xx. Routes added later are covered without changing this test.
 */
@MicronautTest(transactional = false)
class ForgedTokenRegressionTest {
    /** What micronaut-management, -security, -security-jwt and -oauth2 can put on the server. */
    static final List<String> MANAGEMENT_PATHS = List.of("/beans", "/info", "/refresh", "/routes", "/loggers",
            "/loggers/ROOT", "/env", "/env/portal", "/threaddump", "/stop", "/caches", "/flyway", "/liquibase",
            "/metrics", "/metrics/jvm.memory.used", "/prometheus", "/health/liveness", "/health/readiness",
            "/token_info", "/keys", "/oauth/access_token", "/login", "/logout", "/oauth/logout");

    @Inject
    EmbeddedServer server;
    @Inject
    ApplicationContext ctx;
    @Inject
    Router router;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    StaffMember admin;
    String reference;
    FormClient anonymous;

    @BeforeEach
    void data() {
        admin = StaffFixtures.user(ctx, StaffRole.ADMIN);
        reference = StaffFixtures.complaint(ctx);
        anonymous = new FormClient(server.getURI());
        anonymous.get("/staff/sign-in"); // a real CSRF token: only authentication stands in the way
    }

    @Test
    void noForgedTokenOrBasicCredentialIsEverLetIn() throws Exception {
        List<String[]> routes = routes();
        Map<String, String> tokens = ForgedTokens.all(admin.id(), admin.email());
        List<String> failures = new ArrayList<>();
        int requests = 0;
        for (String[] route : routes) {
            for (Map.Entry<String, String> token : tokens.entrySet()) {
                for (Placement placement : Placement.values()) {
                    HttpResponse<String> response = send(route[0], route[1], placement, token.getValue());
                    requests++;
                    check(failures, route, token.getKey() + " " + placement, response);
                }
            }
            String basic = "Basic " + Base64.getEncoder().encodeToString(
                    (admin.email() + ":" + StaffFixtures.PASSWORD).getBytes(StandardCharsets.UTF_8));
            check(failures, route, "basic auth", send(route[0], route[1], Placement.HEADER_RAW, basic));
            requests++;
        }
        System.out.printf("Forged-token regression: %d routes x %d tokens x %d places + basic auth = %d requests%n",
                routes.size(), tokens.size(), Placement.values().length, requests);
        assertTrue(routes.size() >= 40, "the router and the management list give the routes: " + routes.size());
        assertTrue(failures.isEmpty(), failures.size() + " let in or failed:\n" + String.join("\n", failures));
        assertTrue(ctx.getBean(StaffUserRepository.class).findByEmail("forged@evil.example").isEmpty(),
                "no account was made with a forged token");
    }

    private void check(List<String> failures, String[] route, String what, HttpResponse<String> response) {
        int status = response.statusCode();
        String path = route[1];
        boolean publicPage = path.startsWith("/staff/sign-in") || path.equals("/health") || path.startsWith("/health/");
        boolean letIn = status >= 200 && status < 300 && !publicPage;
        boolean toStaffPage = status >= 300 && status < 400 && response.headers().firstValue("Location")
                .filter(l -> l.startsWith("/staff/") && !l.startsWith("/staff/sign-in")).isPresent();
        if (letIn || toStaffPage || status >= 500 || response.body().contains(reference) || response.body().contains(admin.email())) {
            failures.add(route[0] + " " + path + " with " + what + ": " + status);
        }
    }

    /** Every route of the router under /staff and /oauth, with its variables filled in, and the management paths. */
    private List<String[]> routes() {
        Set<String> seen = new LinkedHashSet<>();
        List<String[]> routes = new ArrayList<>();
        router.uriRoutes().map(r -> (UriRouteInfo<?, ?>) r).forEach(r -> {
            String template = r.getUriMatchTemplate().toString();
            if (template.startsWith("/staff") || template.startsWith("/oauth")) {
                String path = fill(template);
                if (seen.add(r.getHttpMethodName() + " " + path)) {
                    routes.add(new String[]{r.getHttpMethodName(), path});
                }
            }
        });
        for (String path : MANAGEMENT_PATHS) {
            routes.add(new String[]{"GET", path});
            routes.add(new String[]{"POST", path});
        }
        routes.add(new String[]{"GET", "/health"});
        return routes;
    }

    private String fill(String template) {
        Matcher m = Pattern.compile("\\{([^}/]+)}").matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1).replaceAll("[^a-zA-Z].*", "");
            String value = switch (name) {
                case "reference" -> reference;
                case "id" -> Long.toString(admin.id());
                case "slug" -> "assign";
                case "provider" -> "entra";
                default -> "x";
            };
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString().replaceAll("\\{[^}]*}", "");
    }

    enum Placement { HEADER, COOKIE, QUERY, HEADER_RAW }

    private HttpResponse<String> send(String method, String path, Placement placement, String token) throws Exception {
        String target = placement == Placement.QUERY
                ? path + (path.contains("?") ? "&" : "?") + "access_token=" + URLEncoder.encode(token, StandardCharsets.UTF_8)
                : path;
        String cookies = anonymous.cookieHeader() + (placement == Placement.COOKIE ? "; JWT=" + token : "");
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(server.getURI() + target)).header("Cookie", cookies);
        if (placement == Placement.HEADER) {
            builder.header("Authorization", "Bearer " + token);
        } else if (placement == Placement.HEADER_RAW) {
            builder.header("Authorization", token);
        }
        if (method.equals("GET") || method.equals("HEAD") || method.equals("DELETE")) {
            builder.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            String body = "csrfToken=" + URLEncoder.encode(anonymous.csrfToken(), StandardCharsets.UTF_8)
                    + "&email=forged%40evil.example&name=Forged&role=admin&password=forged-password-123";
            builder.header("Content-Type", "application/x-www-form-urlencoded")
                    .method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }
}
