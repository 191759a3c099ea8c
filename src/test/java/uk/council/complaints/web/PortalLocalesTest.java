package uk.council.complaints.web;

import io.micronaut.http.HttpRequest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A page's language comes from the request, but only among the languages the portal has words for. */
class PortalLocalesTest {
    private static final Locale EN_GB = Locale.forLanguageTag("en-GB");
    private static final Locale CY = Locale.forLanguageTag("cy");

    @Test
    void withOneLanguageEveryRequestGetsIt() {
        PortalLocales locales = new PortalLocales("en-GB", List.of("en-GB"));
        assertEquals(EN_GB, locales.resolveOrDefault(request("fr-FR,fr;q=0.9")), "no French words: British English");
        assertEquals(EN_GB, locales.resolveOrDefault(request("en-US")), "the same language, the supported variant");
        assertEquals(EN_GB, locales.resolveOrDefault(HttpRequest.GET("/")), "no header: the default");
        assertEquals(EN_GB, locales.current(), "outside a request (emails, scheduled work): the default");
    }

    @Test
    void aSecondLanguageIsASwitch() {
        PortalLocales locales = new PortalLocales("en-GB", List.of("en-GB", "cy"));
        assertEquals(CY, locales.resolveOrDefault(request("cy-GB")));
        assertEquals(EN_GB, locales.resolveOrDefault(request("de")));
    }

    private static HttpRequest<?> request(String acceptLanguage) {
        return HttpRequest.GET("/").header("Accept-Language", acceptLanguage);
    }
}
