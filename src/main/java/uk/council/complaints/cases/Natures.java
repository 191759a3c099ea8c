package uk.council.complaints.cases;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * What a complaint's issues can be about (DESIGN section 6), one list per procedure (issue 21): configuration
 * {@code portal.natures} for the statutory procedure and {@code portal.corporate.natures} for the corporate one,
 * the codes in the order staff see them. A code may be on both lists. Each code's words are
 * {@code staff.nature.<code>} in the staff bundle.
 */
@Singleton
public class Natures {
    private final Map<Procedure, List<String>> codes = new EnumMap<>(Procedure.class);

    public Natures(@Value("${portal.natures}") List<String> statutory,
            @Value("${portal.corporate.natures}") List<String> corporate) {
        codes.put(Procedure.STATUTORY, checked("portal.natures", statutory));
        codes.put(Procedure.CORPORATE, checked("portal.corporate.natures", corporate));
    }

    private static List<String> checked(String key, List<String> list) {
        if (list.isEmpty() || list.stream().anyMatch(c -> !c.matches("[a-z][a-z0-9-]{0,29}"))) {
            throw new IllegalArgumentException(key + " must list lower-case codes of up to 30 characters: " + list);
        }
        return List.copyOf(list);
    }

    /** The natures of one procedure's complaints. */
    public List<String> codes(Procedure procedure) {
        return codes.get(procedure);
    }

    /** Every nature of either procedure, once each: the statutory list, then the corporate codes not on it. */
    public List<String> all() {
        LinkedHashSet<String> all = new LinkedHashSet<>(codes.get(Procedure.STATUTORY));
        all.addAll(codes.get(Procedure.CORPORATE));
        return new ArrayList<>(all);
    }

    public boolean isKnown(String code) {
        return codes.values().stream().anyMatch(l -> l.contains(code));
    }

    public boolean isKnown(Procedure procedure, String code) {
        return codes(procedure).contains(code);
    }

    /** A code of the other procedure only: the officer chose a nature of the wrong list. */
    public boolean belongsToOther(Procedure procedure, String code) {
        return !isKnown(procedure, code) && isKnown(procedure.other(), code);
    }

    /** The message key of a nature's words: the one place it is spelled. */
    public static String labelKey(String code) {
        return "staff.nature." + code;
    }
}
