package uk.council.complaints.report;

import io.micronaut.context.MessageSource;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.i18n.ResourceBundleMessageSource;
import jakarta.inject.Singleton;
import uk.council.complaints.web.PortalLocales;

/** The report pages' words: {@code i18n.reportpages.properties} (the tables' own words come with the figures). */
@Factory
class ReportPagesBundle {
    @Singleton
    MessageSource reportPagesMessages(PortalLocales locales) {
        return new ResourceBundleMessageSource("i18n.reportpages", locales.defaultLocale());
    }
}
