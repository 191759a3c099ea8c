package uk.council.complaints.staff;

import io.micronaut.context.MessageSource;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.i18n.ResourceBundleMessageSource;
import jakarta.inject.Singleton;

import uk.council.complaints.web.PortalLocales;

/** The back office's words: {@code i18n/staff.properties}. */
@Factory
class StaffBundle {
    @Singleton
    MessageSource staffMessages(PortalLocales locales) {
        return new ResourceBundleMessageSource("i18n.staff", locales.defaultLocale());
    }
}
