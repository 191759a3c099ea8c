package uk.council.complaints.web;

import io.micronaut.context.MessageSource;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Value;
import io.micronaut.views.thymeleaf.MessageSourceMessageResolver;
import jakarta.inject.Singleton;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Thymeleaf's {@code #{key(arg)}} through the message bundles, with each {0} replaced once and
 * literally. micronaut-views-thymeleaf 5.9 interpolates twice, so an apostrophe in an argument
 * (a council or service name) vanished, and a "{0}" inside an argument would be replaced again.
 */
@Singleton
@Replaces(MessageSourceMessageResolver.class)
class TemplateMessages extends MessageSourceMessageResolver {

    TemplateMessages(MessageSource messages, @Value("${portal.messages.strict:false}") boolean strict) {
        super(new OnceOnly(messages, strict));
    }

    /** With {@code strict} (tests), a template asking for a key no bundle has fails instead of printing it. */
    private record OnceOnly(MessageSource delegate, boolean strict) implements MessageSource {
        private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

        @Override
        public Optional<String> getMessage(String code, MessageContext context) {
            Optional<String> raw = delegate.getRawMessage(code, context);
            if (raw.isEmpty() && strict) {
                throw new IllegalStateException("no words for message key " + code);
            }
            return raw.map(text -> substitute(text, context));
        }

        @Override
        public Optional<String> getRawMessage(String code, MessageContext context) {
            return delegate.getRawMessage(code, context);
        }

        /** Already substituted by {@link #getMessage}: the resolver's second pass changes nothing. */
        @Override
        public String interpolate(String template, MessageContext context) {
            return template;
        }

        private static String substitute(String raw, MessageContext context) {
            Matcher m = PLACEHOLDER.matcher(raw);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                Object value = context.getVariables().get(m.group(1));
                m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : String.valueOf(value)));
            }
            m.appendTail(out);
            return out.toString();
        }
    }
}
