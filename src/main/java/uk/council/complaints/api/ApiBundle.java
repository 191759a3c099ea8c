package uk.council.complaints.api;

import io.micronaut.context.MessageSource;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.i18n.ResourceBundleMessageSource;
import jakarta.inject.Singleton;
import uk.council.complaints.web.PortalLocales;

/** The API's words (the admin pages, the timeline's "read by"): {@code i18n/api.properties}. */
@Factory
class ApiBundle {
    @Singleton
    MessageSource apiMessages(PortalLocales locales) {
        return new ResourceBundleMessageSource("i18n.api", locales.defaultLocale());
    }
}
