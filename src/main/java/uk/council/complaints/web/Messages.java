package uk.council.complaints.web;

import io.micronaut.context.MessageSource;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.i18n.ResourceBundleMessageSource;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Optional;

/**
 * All user-facing text, from the bundles under {@code i18n/}, in the language of the request
 * ({@link PortalLocales}). Templates reach it as {@code msg} (for optional texts such as hints) and
 * through Thymeleaf's own {@code #{...}}. With {@code portal.messages.strict} (on in tests) a missing
 * key is an error, so it fails the build instead of printing the raw key to a person.
 */
@Singleton
public class Messages {
    private final MessageSource source;
    private final PortalLocales locales;
    private final boolean strict;

    public Messages(MessageSource source, PortalLocales locales, @Value("${portal.messages.strict:false}") boolean strict) {
        this.source = source;
        this.locales = locales;
        this.strict = strict;
    }

    public String get(String key, Object... args) {
        return source.getMessage(key, locale(), args).orElseGet(() -> missing(key));
    }

    /** The text, or null when the bundle has none: for hints and other optional parts. */
    public String opt(String key, Object... args) {
        return source.getMessage(key, locale(), args).orElse(null);
    }

    public Optional<String> find(String key) {
        return source.getMessage(key, locale());
    }

    /**
     * The arguments of a message with whole numbers written as people read them in this language ("100,000"); the
     * bundle's {0} is replaced as it is given, so numbers are formatted here.
     */
    public Object[] readable(Object... args) {
        java.text.NumberFormat numbers = java.text.NumberFormat.getIntegerInstance(locale());
        return java.util.Arrays.stream(args)
                .map(a -> a instanceof Integer || a instanceof Long ? numbers.format(((Number) a).longValue()) : a)
                .toArray();
    }

    public Locale locale() {
        return locales.current();
    }

    /** A date or time in words, with the pattern the bundle gives ({@code format.<style>}) for this language. */
    public String date(TemporalAccessor when, String style) {
        return DateTimeFormatter.ofPattern(get("format." + style), locale()).format(when);
    }

    /** A moment in the council's time zone, as staff read it: "2 Dec 2026, 9:05am". */
    public String time(Instant at) {
        return date(at.atZone(ClockFactory.COUNCIL_ZONE), "dateTime").replace("AM", "am").replace("PM", "pm");
    }

    private String missing(String key) {
        if (strict) {
            throw new IllegalStateException("no words for message key " + key);
        }
        return key;
    }

    @io.micronaut.context.annotation.Factory
    static class Bundles {
        @Singleton
        MessageSource portalMessages(PortalLocales locales) {
            return new ResourceBundleMessageSource("i18n.messages", locales.defaultLocale());
        }
    }
}
