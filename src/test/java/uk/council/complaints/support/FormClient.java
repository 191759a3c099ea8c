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
    private String accept;

    public FormClient(URI base) {
        this(base, new CookieManager());
    }

    private FormClient(URI base, CookieManager cookies) {
        this.base = base;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Sends this Accept header with every request from now on (none by default, as Java's client sends none). */
    public FormClient accepting(String accept) {
        this.accept = accept;
        return this;
    }

    /** The same browser talking to another instance (cookies are kept per host, and both are localhost). */
    public FormClient sameCookiesAt(URI otherBase) {
        FormClient other = new FormClient(otherBase, (CookieManager) http.cookieHandler().orElseThrow());
        other.csrfToken = csrfToken;
        other.accept = accept;
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

    /**
     * The same upload as a browser sends it: the answer is read while the body is still being written, so a server
     * that answers early (a body over its limit) and closes the connection is heard. Java's HttpClient gives up on
     * the exchange when its write fails and loses that answer, under load, though the server sent it.
     */
    public Page uploadReadingEarly(String page, String action, String fileName, byte[] content) {
        get(page);
        String boundary = "----portal-test-" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"csrfToken\"\r\n\r\n" + csrfToken
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        String request = "POST " + action + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                + "\r\nContent-Type: multipart/form-data; boundary=" + boundary
                + "\r\nContent-Length: " + (head.length + content.length + tail.length)
                + "\r\nCookie: " + cookieHeader() + "\r\n\r\n";
        try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            Thread writer = new Thread(() -> {
                try {
                    java.io.OutputStream out = socket.getOutputStream();
                    out.write(request.getBytes(StandardCharsets.US_ASCII));
                    out.write(head);
                    out.write(content);
                    out.write(tail);
                    out.flush();
                } catch (IOException refused) {
                    // the server answered and closed before taking the whole body: its answer is read below
                }
            });
            writer.start();
            java.io.ByteArrayOutputStream answer = new java.io.ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = socket.getInputStream().read(buffer)) > 0; ) {
                    answer.write(buffer, 0, n);
                }
            } catch (java.net.SocketException reset) {
                // the connection reset after the answer arrived: what was read is the answer
            }
            writer.join(30_000);
            return parse(answer.toString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A raw HTTP/1.1 answer: its status, and its body (with or without chunked transfer coding). */
    private static Page parse(String answer) {
        int end = answer.indexOf("\r\n\r\n");
        if (end < 0) {
            throw new IllegalStateException("no answer read: " + answer.length() + " characters");
        }
        String headers = answer.substring(0, end);
        String body = answer.substring(end + 4);
        if (headers.toLowerCase(java.util.Locale.ROOT).contains("transfer-encoding: chunked")) {
            StringBuilder joined = new StringBuilder();
            int at = 0;
            while (true) {
                int line = body.indexOf("\r\n", at);
                int size = Integer.parseInt(body.substring(at, line).trim(), 16);
                if (size == 0) {
                    break;
                }
                joined.append(body, line + 2, line + 2 + size);
                at = line + 2 + size + 2;
            }
            body = joined.toString();
        }
        int status = Integer.parseInt(headers.substring(9, 12));
        return new Page(status, body, null, null);
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
            if (accept != null) {
                request = HttpRequest.newBuilder(request, (name, value) -> true).header("Accept", accept).build();
            }
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
