package uk.council.complaints.casework.record;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Money as staff type it ("£1,250.50", "250") and as the record keeps it (pence), strictly: no guessing. */
public final class Pence {
    /** Pounds with an optional £, thousands commas in their places or none, and either no pence or exactly two digits. */
    private static final Pattern POUNDS = Pattern.compile("£?(?:\\d{1,3}(?:,\\d{3})+|\\d{1,9})(?:\\.\\d{2})?");
    /** More than any remedy the Ombudsman asks for: a slip of the keyboard. */
    static final long MAX = 100_000_000L * 100;

    private Pence() {
    }

    public static Optional<Long> parse(String typed) {
        String text = typed.strip();
        if (!POUNDS.matcher(text).matches()) {
            return Optional.empty();
        }
        long pence = new BigDecimal(text.replace("£", "").replace(",", "")).movePointRight(2).longValueExact();
        return pence > MAX ? Optional.empty() : Optional.of(pence);
    }

    /** "£1,250.00" */
    public static String pounds(long pence) {
        NumberFormat f = NumberFormat.getCurrencyInstance(Locale.UK);
        return f.format(BigDecimal.valueOf(pence, 2));
    }
}
