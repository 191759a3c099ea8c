package uk.council.complaints.triage;

import java.util.List;

/**
 * Why a triage rule fired: the rule's code, and the message (bundle key and arguments) that says
 * so in plain English. Arguments are strings, numbers, dates, nested {@link Text}s (for words
 * from the bundle, such as a service's name) or lists of these (read out as "a, b and c").
 */
public record Reason(String rule, String messageKey, List<Object> args) {

    public Reason {
        args = List.copyOf(args);
    }

    public static Reason of(String rule, String messageKey, Object... args) {
        return new Reason(rule, messageKey, List.of(args));
    }

    /** Words from the bundle used inside another message. */
    public record Text(String key, List<Object> args) {
        public Text {
            args = List.copyOf(args);
        }

        static Text of(String key, Object... args) {
            return new Text(key, List.of(args));
        }
    }
}
