package uk.council.complaints.youngperson;

import io.micronaut.context.MessageSource;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.i18n.ResourceBundleMessageSource;
import jakarta.inject.Singleton;

import java.util.Locale;

@Factory
class YoungPersonMessages {
    @Singleton
    MessageSource youngPersonBundle() {
        return new ResourceBundleMessageSource("i18n.youngperson", Locale.UK);
    }
}
