package uk.council.complaints.cases;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * What a complaint's issues can be about (DESIGN section 6), configuration {@code portal.natures}: the codes,
 * in the order staff see them. Each code's words are {@code staff.nature.<code>} in the staff bundle.
 */
@Singleton
public class Natures {
    private final List<String> codes;

    Natures(@Value("${portal.natures}") List<String> codes) {
        if (codes.isEmpty() || codes.stream().anyMatch(c -> !c.matches("[a-z][a-z0-9-]{0,29}"))) {
            throw new IllegalArgumentException("portal.natures must list lower-case codes of up to 30 characters: " + codes);
        }
        this.codes = List.copyOf(codes);
    }

    public List<String> codes() {
        return codes;
    }

    public boolean isKnown(String code) {
        return codes.contains(code);
    }

    /** The message key of a nature's words: the one place it is spelled. */
    public static String labelKey(String code) {
        return "staff.nature." + code;
    }
}
