package uk.council.complaints.webhook;

import io.micronaut.context.MessageSource;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.i18n.ResourceBundleMessageSource;
import jakarta.inject.Singleton;
import uk.council.complaints.web.PortalLocales;

/** The webhook pages' words: {@code i18n/webhooks.properties}. */
@Factory
class WebhookBundle {
    @Singleton
    MessageSource webhookMessages(PortalLocales locales) {
        return new ResourceBundleMessageSource("i18n.webhooks", locales.defaultLocale());
    }
}
