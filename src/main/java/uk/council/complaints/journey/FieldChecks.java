package uk.council.complaints.journey;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The checks every field gets from its kind: required, length, format, and values on the list. The one
 * checker for the public form and the staff forms alike, so a length is counted one way everywhere
 * (in characters as people count them: Unicode code points, not UTF-16 units).
 */
public final class FieldChecks {
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s\"<>,;]+@[^@\\s\"<>,;]+\\.[^@\\s\"<>,;.]{2,}$");
    private static final Pattern PHONE_CHARS = Pattern.compile("^[0-9+() -]+$");
    private static final Pattern REFERENCE = Pattern.compile("^[A-Za-z0-9 /-]+$");
    private static final Pattern DIGITS = Pattern.compile("^[0-9]+$");
    // Control characters other than line breaks and tabs have no place in a form answer.
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\r\\n\\t]]");

    private FieldChecks() {
    }

    /** For forms with no dates (the staff forms). */
    public static Optional<FieldError> check(Field f, Answers a) {
        if (f.kind() == FieldKind.DATE) {
            throw new IllegalArgumentException("a date needs today's date to be checked: " + f.name());
        }
        return check(f, a, LocalDate.MIN);
    }

    public static Optional<FieldError> check(Field f, Answers a, LocalDate today) {
        if (f.kind() == FieldKind.DATE) {
            return checkDate(f, a, today);
        }
        List<String> values = a.all(f.name());
        if (values.isEmpty()) {
            return f.required() ? Optional.of(FieldError.of(f.name(), "required")) : Optional.empty();
        }
        String value = values.get(0);
        return switch (f.kind()) {
            case RADIOS -> values.size() == 1 && f.options().contains(value)
                    ? Optional.empty() : Optional.of(FieldError.of(f.name(), "invalid"));
            case CHECKBOXES -> f.options().containsAll(values) && values.stream().distinct().count() == values.size()
                    ? Optional.empty() : Optional.of(FieldError.of(f.name(), "invalid"));
            default -> checkText(f, value);
        };
    }

    private static Optional<FieldError> checkText(Field f, String value) {
        if (f.kind() == FieldKind.NUMBER && !DIGITS.matcher(value).matches()) {
            return Optional.of(FieldError.of(f.name(), "invalid"));
        }
        int length = value.codePointCount(0, value.length());
        if (length > f.maxLength()) {
            // Both numbers, so the person knows how much to cut: "must be 5,000 characters or fewer: you have 100,000".
            return Optional.of(FieldError.of(f.name(), "tooLong", f.maxLength(), length));
        }
        if (CONTROL.matcher(value).find()) {
            return Optional.of(FieldError.of(f.name(), "invalid"));
        }
        boolean valid = switch (f.kind()) {
            case EMAIL -> EMAIL.matcher(value).matches();
            case PHONE -> isPhoneNumber(value);
            case NUMBER -> DIGITS.matcher(value).matches();
            case REFERENCE -> REFERENCE.matcher(value).matches();
            default -> true;
        };
        return valid ? Optional.empty() : Optional.of(FieldError.of(f.name(), "invalid"));
    }

    static boolean isPhoneNumber(String value) {
        long digits = value.chars().filter(Character::isDigit).count();
        return PHONE_CHARS.matcher(value).matches() && digits >= 10 && digits <= 15
                && value.indexOf('+', 1) < 0;
    }

    private static Optional<FieldError> checkDate(Field f, Answers a, LocalDate today) {
        String day = a.get(f.name() + "-day");
        String month = a.get(f.name() + "-month");
        String year = a.get(f.name() + "-year");
        if (day.isEmpty() && month.isEmpty() && year.isEmpty()) {
            return f.required() ? Optional.of(new FieldError(f.name(), "required", f.name() + "-day")) : Optional.empty();
        }
        for (String[] part : new String[][] {{"day", day}, {"month", month}, {"year", year}}) {
            if (part[1].isEmpty()) {
                return Optional.of(new FieldError(f.name(), "missing" + capitalise(part[0]), f.name() + "-" + part[0]));
            }
        }
        Optional<LocalDate> date = parseDate(day, month, year);
        if (date.isEmpty() || date.get().getYear() < 1900) {
            return Optional.of(new FieldError(f.name(), "invalid", f.name() + "-day"));
        }
        if (date.get().isAfter(today)) {
            return Optional.of(new FieldError(f.name(), "future", f.name() + "-day"));
        }
        return Optional.empty();
    }

    public static Optional<LocalDate> parseDate(String day, String month, String year) {
        if (!DIGITS.matcher(day).matches() || !DIGITS.matcher(month).matches() || !DIGITS.matcher(year).matches()
                || day.length() > 2 || month.length() > 2 || year.length() != 4) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
