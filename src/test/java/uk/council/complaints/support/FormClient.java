package uk.council.complaints.support;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A browser without a screen for HTTP tests: keeps cookies, does not follow redirects, and sends
 * the CSRF token the last page it fetched gave it (as a real form would).
 */
public class FormClient {
    private final URI base;
    private final HttpClient http;
    private String csrfToken = "";

    public FormClient(URI base) {
        this(base, new CookieManager());
    }

    private FormClient(URI base, CookieManager cookies) {
        this.base = base;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** The same browser talking to another instance (cookies are kept per host, and both are localhost). */
    public FormClient sameCookiesAt(URI otherBase) {
        FormClient other = new FormClient(otherBase, (CookieManager) http.cookieHandler().orElseThrow());
        other.csrfToken = csrfToken;
        return other;
    }

    public record Page(int status, String body, String location, HttpResponse<String> raw) {
        public Document html() {
            return Jsoup.parse(body);
        }

        public String title() {
            return html().title();
        }
    }

    public Page get(String path) {
        Page page = send(HttpRequest.newBuilder(base.resolve(path)).GET().build());
        org.jsoup.nodes.Element token = page.html().selectFirst("input[name=csrfToken]");
        if (token != null) {
            csrfToken = token.attr("value");
        }
        return page;
    }

    /** Fetches the page first (for its token), then posts the pairs name, value, name, value... */
    public Page post(String path, String... pairs) {
        get(path.contains("?") ? path.substring(0, path.indexOf('?')) : path);
        List<String> all = new ArrayList<>(List.of("csrfToken", csrfToken));
        all.addAll(List.of(pairs));
        return postRaw(path, all.toArray(String[]::new));
    }

    /** Opens a page and submits its form to the given action, as a button on that page would. */
    public Page submitFrom(String page, String action, String... pairs) {
        get(page);
        List<String> all = new ArrayList<>(List.of("csrfToken", csrfToken));
        all.addAll(List.of(pairs));
        return postRaw(action, all.toArray(String[]::new));
    }

    /** Posts exactly the pairs given: no token unless they include one. */
    public Page postRaw(String path, String... pairs) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            if (body.length() > 0) {
                body.append('&');
            }
            body.append(URLEncoder.encode(pairs[i], StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build());
    }

    /** Evidence (issue 11): opens the page for its token, then posts one file as its multipart upload form does. */
    public Page upload(String page, String action, String fileName, byte[] content) {
        get(page);
        String boundary = "----portal-test-" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"csrfToken\"\r\n\r\n" + csrfToken + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n";
        body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(base.resolve(action))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    public String csrfToken() {
        return csrfToken;
    }

    public String cookieHeader() {
        return ((CookieManager) http.cookieHandler().orElseThrow()).getCookieStore().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue()).collect(Collectors.joining("; "));
    }

    private Page send(HttpRequest request) {
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Page(r.statusCode(), r.body(), r.headers().firstValue("Location").orElse(null), r);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static Map<String, String> parse(String... pairs) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }
}
