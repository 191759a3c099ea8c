package uk.council.complaints.report;

import io.micronaut.context.MessageSource;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.i18n.ResourceBundleMessageSource;
import jakarta.inject.Singleton;
import uk.council.complaints.web.PortalLocales;

/** The report's words for its rows, columns and small numbers: {@code i18n/report-figures.properties}. */
@Factory
class ReportFiguresBundle {
    @Singleton
    MessageSource reportFiguresMessages(PortalLocales locales) {
        return new ResourceBundleMessageSource("i18n.report-figures", locales.defaultLocale());
    }
}
