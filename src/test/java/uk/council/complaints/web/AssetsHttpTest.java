package uk.council.complaints.web;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Fingerprinted static assets cached for a year; pages never cached; text compressed for browsers that accept it. */
@MicronautTest
class AssetsHttpTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    @Inject
    EmbeddedServer server;

    private HttpResponse<byte[]> get(String path, boolean gzip) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.getURI().resolve(path)).GET();
        if (gzip) {
            request.header("Accept-Encoding", "gzip");
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void pagesLinkFingerprintedAssetsThatAreCachedForAYear() throws Exception {
        for (String page : List.of("/", "/form/what-would-you-like-to-do", "/staff/sign-in")) {
            HttpResponse<byte[]> response = get(page, false);
            assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(""), page);
            Document html = Jsoup.parse(new String(response.body(), StandardCharsets.UTF_8));
            List<String> links = new ArrayList<>(html.select("link[href]").eachAttr("href"));
            links.addAll(html.select("script[src]").eachAttr("src"));
            assertTrue(links.size() >= 4, page + ": " + links);
            for (String link : links) {
                assertTrue(link.matches("/assets/fp/[a-z.-]+\\.[0-9a-f]{12}\\.(css|js|svg)"), page + " links " + link);
                HttpResponse<byte[]> asset = get(link, false);
                assertEquals(200, asset.statusCode(), link);
                assertEquals(AssetController.IMMUTABLE, asset.headers().firstValue("Cache-Control").orElse(""), link);
                assertTrue(asset.headers().firstValue("Content-Type").orElse("").matches("(text/css|text/javascript|image/svg\\+xml).*"), link);
                assertTrue(asset.headers().firstValue("X-Content-Type-Options").isPresent(), link);
            }
        }
    }

    @Test
    void assetsLinkEachOtherByFingerprintAndAnOldHashIsNotCached() throws Exception {
        String page = new String(get("/", false).body(), StandardCharsets.UTF_8);
        String script = Jsoup.parse(page).selectFirst("script[src]").attr("src");
        String js = new String(get(script, false).body(), StandardCharsets.UTF_8);
        assertTrue(js.matches("(?s).*from '/assets/fp/govuk-frontend\\.min\\.[0-9a-f]{12}\\.js'.*"), js);
        String css = Jsoup.parse(page).select("link[rel=stylesheet]").first().attr("href");
        String styles = new String(get(css, false).body(), StandardCharsets.UTF_8);
        assertTrue(styles.contains("url(\"/assets/fp/govuk-crest."), "the crest by its fingerprinted name");

        HttpResponse<byte[]> old = get("/assets/fp/portal.000000000000.css", false);
        assertEquals(200, old.statusCode());
        assertEquals("no-cache", old.headers().firstValue("Cache-Control").orElse(""));
        assertEquals(404, get("/assets/fp/nothing.000000000000.css", false).statusCode());
        assertEquals(200, get("/assets/app/css/portal.css", false).statusCode(), "the plain path still answers");
    }

    @Test
    void textIsGzippedForBrowsersThatAcceptIt() throws Exception {
        String page = new String(get("/", false).body(), StandardCharsets.UTF_8);
        String css = Jsoup.parse(page).select("link[rel=stylesheet]").first().attr("href");
        for (String path : List.of("/", "/form/what-would-you-like-to-do", css)) {
            HttpResponse<byte[]> zipped = get(path, true);
            assertEquals("gzip", zipped.headers().firstValue("Content-Encoding").orElse(""), path);
            byte[] plain = new GZIPInputStream(new ByteArrayInputStream(zipped.body())).readAllBytes();
            assertTrue(plain.length > zipped.body().length * 2, path + ": " + plain.length + " -> " + zipped.body().length);
        }
        assertTrue(get("/", false).headers().firstValue("Content-Encoding").isEmpty(), "plain for clients that do not ask");
    }
}
