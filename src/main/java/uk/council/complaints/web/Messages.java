package uk.council.complaints.web;

import io.micronaut.context.MessageSource;
import io.micronaut.context.i18n.ResourceBundleMessageSource;
import jakarta.inject.Singleton;

import java.util.Locale;
import java.util.Optional;

/**
 * All user-facing text, from the bundles under {@code i18n/}. Templates reach it as {@code msg}
 * (for optional texts such as hints) and through Thymeleaf's own {@code #{...}}.
 */
@Singleton
public class Messages {
    private static final Locale LOCALE = Locale.UK;
    private final MessageSource source;

    public Messages(MessageSource source) {
        this.source = source;
    }

    public String get(String key, Object... args) {
        return source.getMessage(key, LOCALE, args).orElse(key);
    }

    /** The text, or null when the bundle has none: for hints and other optional parts. */
    public String opt(String key, Object... args) {
        return source.getMessage(key, LOCALE, args).orElse(null);
    }

    public Optional<String> find(String key) {
        return source.getMessage(key, LOCALE);
    }

    @io.micronaut.context.annotation.Factory
    static class Bundles {
        @Singleton
        MessageSource portalMessages() {
            return new ResourceBundleMessageSource("i18n.messages", LOCALE);
        }
    }
}
