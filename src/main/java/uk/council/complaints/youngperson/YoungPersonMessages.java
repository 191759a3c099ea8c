package uk.council.complaints.youngperson;

import io.micronaut.context.MessageSource;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.i18n.ResourceBundleMessageSource;
import jakarta.inject.Singleton;

import uk.council.complaints.web.PortalLocales;

@Factory
class YoungPersonMessages {
    @Singleton
    MessageSource youngPersonBundle(PortalLocales locales) {
        return new ResourceBundleMessageSource("i18n.youngperson", locales.defaultLocale());
    }
}
