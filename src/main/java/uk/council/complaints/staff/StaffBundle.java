package uk.council.complaints.staff;

import io.micronaut.context.MessageSource;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.i18n.ResourceBundleMessageSource;
import jakarta.inject.Singleton;

import java.util.Locale;

/** The back office's words: {@code i18n/staff.properties}. */
@Factory
class StaffBundle {
    @Singleton
    MessageSource staffMessages() {
        return new ResourceBundleMessageSource("i18n.staff", Locale.UK);
    }
}
