package uk.council.complaints.triage;

import io.micronaut.context.MessageSource;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.i18n.ResourceBundleMessageSource;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** Turns a {@link Reason} into the plain-English sentence that is stored and shown to staff. */
@Singleton
class ReasonText {
    static final Locale LOCALE = Locale.UK;
    /** The column holds 500 characters; a longer sentence (a long team name) is cut rather than lost. */
    static final int MAX_LENGTH = 500;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", LOCALE);

    private final MessageSource messages;

    ReasonText(MessageSource messages) {
        this.messages = messages;
    }

    String render(Reason reason) {
        String text = text(reason.messageKey(), reason.args());
        return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH - 1) + "…";
    }

    private String text(String key, List<Object> args) {
        Object[] values = args.stream().map(this::value).toArray();
        // A missing key is a bug the bundle test catches; the key itself is still better than nothing.
        return messages.getMessage(key, LOCALE, values).orElse(key);
    }

    private String value(Object arg) {
        if (arg instanceof Reason.Text t) {
            return text(t.key(), t.args());
        }
        if (arg instanceof LocalDate date) {
            return DATE.format(date);
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
        String and = messages.getMessage("triage.list.and", LOCALE).orElse("and");
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + and + " " + items.get(items.size() - 1);
    }

    @Factory
    static class Bundle {
        @Singleton
        MessageSource triageMessages() {
            return new ResourceBundleMessageSource("i18n.triage", LOCALE);
        }
    }
}
