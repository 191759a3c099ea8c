import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds drafts through the portal's own pages, as a browser would: GET the first question page
 * (for the CSRF cookie and the token in the form), then POST each page's answers with that token.
 * Prints one line a draft: draft cookie, CSRF cookie, CSRF token (URL-encoded).
 *
 *   java bench/MakeDrafts.java BASE_URL COUNT two|complete OUT_FILE [THREADS]
 *
 * "two": purpose and role answered (the next page is is-a-child-at-risk).
 * "complete": a parent's whole complaint (as the tests' Journeys.parentComplaint), ready to submit.
 */
public class MakeDrafts {
    private static final Pattern TOKEN = Pattern.compile("name=\"csrfToken\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"csrfToken\"");

    private static final String[][] TWO = {
            {"what-would-you-like-to-do", "purpose", "complaint"},
            {"who-are-you", "role", "parent"},
    };
    private static final String[][] COMPLETE = {
            {"what-would-you-like-to-do", "purpose", "complaint"},
            {"who-are-you", "role", "parent"},
            {"is-a-child-at-risk", "riskNow", "no"},
            {"about-the-child", "childName", "Sam Example", "childDob-day", "3", "childDob-month", "4", "childDob-year", "2015"},
            {"parental-responsibility", "parentalResponsibility", "yes"},
            {"call-back-offer", "wantsCallback", "no"},
            {"which-service", "service", "children-in-care"},
            {"what-happened", "whatHappened", "The social worker did not visit.", "whenHappened-day", "1",
                    "whenHappened-month", "9", "whenHappened-year", "2026"},
            {"put-it-right", "outcomesSought", "apology", "outcomesSought", "meeting"},
            {"court-proceedings", "courtProceedings", "no"},
            {"raised-before", "raisedBefore", "yes"},
            {"advocate-for-the-child", "childAdvocate", "no"},
            {"contact-details", "fullName", "Alex Parent", "email", "bench@example.invalid", "preferredContact", "email"},
            {"communication-needs", "accessNeeds", "interpreter", "interpreterLanguage", "Polish"},
            {"equality-monitoring", "ageBand", "35-44", "disability", "prefer-not"},
    };

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0]);
        int count = Integer.parseInt(args[1]);
        String[][] steps = "complete".equals(args[2]) ? COMPLETE : TWO;
        Path out = Path.of(args[3]);
        int threads = args.length > 4 ? Integer.parseInt(args[4]) : 8;
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<String>> made = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            made.add(pool.submit(() -> one(http, base, steps)));
        }
        List<String> lines = new ArrayList<>();
        for (Future<String> f : made) {
            lines.add(f.get(120, TimeUnit.SECONDS));
        }
        pool.shutdown();
        Collections.shuffle(lines);
        Files.write(out, lines);
    }

    private static String one(HttpClient http, URI base, String[][] steps) throws Exception {
        HttpResponse<String> first = http.send(HttpRequest.newBuilder(base.resolve("/form/" + steps[0][0])).GET()
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        String csrfCookie = cookie(first, "portal-csrf");
        Matcher m = TOKEN.matcher(first.body());
        if (first.statusCode() != 200 || csrfCookie == null || !m.find()) {
            throw new IllegalStateException("no form token on the first page: " + first.statusCode());
        }
        String token = (m.group(1) != null ? m.group(1) : m.group(2)).replace("&#x3D;", "=").replace("&#43;", "+");
        String draft = null;
        for (String[] step : steps) {
            StringBuilder body = new StringBuilder("csrfToken=").append(enc(token));
            for (int i = 1; i < step.length; i += 2) {
                body.append('&').append(enc(step[i])).append('=').append(enc(step[i + 1]));
            }
            String cookies = "portal-csrf=" + csrfCookie + (draft != null ? "; portal-draft=" + draft : "");
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve("/form/" + step[0]))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookies)
                    .timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 303) {
                throw new IllegalStateException(step[0] + " answered " + r.statusCode());
            }
            String next = r.headers().firstValue("Location").orElse("");
            if (step == steps[steps.length - 1] && steps == COMPLETE && !next.contains("check")) {
                // The journey has a page this list does not answer: the draft would never submit.
                throw new IllegalStateException("after " + step[0] + " the journey went on to " + next);
            }
            String d = cookie(r, "portal-draft");
            if (d != null) {
                draft = d;
            }
        }
        if (draft == null) {
            throw new IllegalStateException("no draft cookie");
        }
        return draft + " " + csrfCookie + " " + enc(token);
    }

    private static String cookie(HttpResponse<?> r, String name) {
        for (String h : r.headers().allValues("set-cookie")) {
            if (h.startsWith(name + "=")) {
                String v = h.substring(name.length() + 1);
                int semi = v.indexOf(';');
                return semi < 0 ? v : v.substring(0, semi);
            }
        }
        return null;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
