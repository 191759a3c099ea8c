package uk.council.complaints.importing;

import io.micronaut.context.MessageSource;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.i18n.ResourceBundleMessageSource;
import jakarta.inject.Singleton;
import uk.council.complaints.web.PortalLocales;

/** The import's words (issue 25): {@code i18n/importing.properties}. */
@Factory
class ImportBundle {
    @Singleton
    MessageSource importMessages(PortalLocales locales) {
        return new ResourceBundleMessageSource("i18n.importing", locales.defaultLocale());
    }
}
