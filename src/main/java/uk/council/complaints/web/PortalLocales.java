package uk.council.complaints.web;

import io.micronaut.context.annotation.Primary;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.http.server.util.locale.CompositeHttpLocaleResolver;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The language of a page: the request's (Accept-Language) when the portal has words for it, else the
 * default (en-GB). A second language is its bundles plus its tag in {@code portal.locale.supported};
 * an unsupported request language never changes anything, not even how dates are written.
 * Thymeleaf's {@code #{...}}, {@link Messages}, dates and {@code <html lang>} all ask here.
 */
@Singleton
@Primary
@Replaces(CompositeHttpLocaleResolver.class)
public class PortalLocales implements HttpLocaleResolver {
    private final Locale defaultLocale;
    private final List<Locale> supported;

    public PortalLocales(@Value("${portal.locale.default:en-GB}") String defaultTag,
                  @Value("${portal.locale.supported:en-GB}") List<String> supportedTags) {
        this.defaultLocale = Locale.forLanguageTag(defaultTag);
        this.supported = supportedTags.stream().map(Locale::forLanguageTag).toList();
    }

    public Locale defaultLocale() {
        return defaultLocale;
    }

    /** The locale of the request being served, or the default outside a request (emails, scheduled work). */
    public Locale current() {
        return ServerRequestContext.currentRequest().map(this::resolveOrDefault).orElse(defaultLocale);
    }

    @Override
    public Optional<Locale> resolve(HttpRequest<?> request) {
        return request.getLocale().flatMap(this::supportedFor);
    }

    @Override
    public Locale resolveOrDefault(HttpRequest<?> request) {
        return resolve(request).orElse(defaultLocale);
    }

    private Optional<Locale> supportedFor(Locale wanted) {
        return supported.stream().filter(s -> s.equals(wanted)).findFirst()
                .or(() -> supported.stream().filter(s -> s.getLanguage().equals(wanted.getLanguage())).findFirst());
    }
}
