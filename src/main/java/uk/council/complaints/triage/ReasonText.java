package uk.council.complaints.triage;


import io.micronaut.context.MessageSource;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.i18n.ResourceBundleMessageSource;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import uk.council.complaints.web.PortalLocales;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** Turns a {@link Reason} into the plain-English sentence that is stored and shown to staff. */
@Singleton
public class ReasonText {
    /** The column holds 500 characters; a longer sentence (a long team name) is cut rather than lost. */
    static final int MAX_LENGTH = 500;

    private final MessageSource messages;
    /** Reasons are stored, so they are written once, in the council's own language. */
    private final Locale locale;
    private final DateTimeFormatter date;

    @Inject
    ReasonText(MessageSource messages, PortalLocales locales) {
        this(messages, locales.defaultLocale());
    }

    ReasonText(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
        this.date = DateTimeFormatter.ofPattern(messages.getMessage("format.date", locale).orElse("d MMMM yyyy"), locale);
    }

    public String render(Reason reason) {
        String text = text(reason.messageKey(), reason.args());
        return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH - 1) + "…";
    }

    private String text(String key, List<Object> args) {
        Object[] values = args.stream().map(this::value).toArray();
        // A missing key is a bug the bundle test catches; the key itself is still better than nothing.
        return messages.getMessage(key, locale, values).orElse(key);
    }

    private String value(Object arg) {
        if (arg instanceof Reason.Text t) {
            return text(t.key(), t.args());
        }
        if (arg instanceof LocalDate date) {
            return this.date.format(date);
        }
        if (arg instanceof List<?> items) {
            return joined(items.stream().map(this::value).toList());
        }
        return String.valueOf(arg);
    }

    /** "a", "a and b", "a, b and c". */
    private String joined(List<String> items) {
        if (items.size() < 2) {
            return String.join("", items);
        }
        String and = messages.getMessage("triage.list.and", locale).orElse("and");
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + and + " " + items.get(items.size() - 1);
    }

    @Factory
    static class Bundle {
        @Singleton
        MessageSource triageMessages(PortalLocales locales) {
            return new ResourceBundleMessageSource("i18n.triage", locales.defaultLocale());
        }
    }
}
