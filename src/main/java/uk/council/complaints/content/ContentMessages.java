package uk.council.complaints.content;

import io.micronaut.context.MessageSource;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.i18n.ResourceBundleMessageSource;
import jakarta.inject.Singleton;

import uk.council.complaints.web.PortalLocales;

/** The information pages' words, in {@code i18n/content.properties}; merged with the other bundles. */
@Factory
class ContentMessages {
    @Singleton
    MessageSource contentMessageSource(PortalLocales locales) {
        return new ResourceBundleMessageSource("i18n.content", locales.defaultLocale());
    }
}
