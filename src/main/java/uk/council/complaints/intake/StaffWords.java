package uk.council.complaints.intake;

import uk.council.complaints.cases.CaseCodes;
import uk.council.complaints.journey.Answers;
import uk.council.complaints.journey.FieldError;
import uk.council.complaints.journey.FieldView;
import uk.council.complaints.web.Messages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The online form's questions as staff ask them (issue 21): in the third person, from the staff bundle's
 * {@code staff.field.<question>.label|hint|option.<code>} (the staff variant of the public key) where it has them; and "Not specified" among the
 * outcomes sought, which only staff can choose (on its own), so that they need not tick "Something else" and explain.
 */
final class StaffWords {
    private static final String SOUGHT = "outcomesSought";

    private StaffWords() {
    }

    static FieldView of(Messages msg, FieldView f) {
        String base = "staff.field." + f.name();
        List<FieldView.Option> options = new ArrayList<>(f.options().stream().map(o -> new FieldView.Option(o.value(),
                msg.find(base + ".option." + o.value()).orElse(o.label()), o.hint() == null ? null
                : msg.find(base + ".option." + o.value() + ".hint").orElse(o.hint()), o.checked(),
                o.reveals().stream().map(r -> of(msg, r)).toList())).toList());
        if (f.name().equals(SOUGHT)) {
            options.add(new FieldView.Option(CaseCodes.NOT_SPECIFIED, msg.get(base + ".option." + CaseCodes.NOT_SPECIFIED),
                    null, f.values() != null && f.values().contains(CaseCodes.NOT_SPECIFIED), List.of()));
        }
        return new FieldView(f.field(), f.id(), msg.find(base + ".label").orElse(f.label()),
                f.hint() == null ? null : msg.find(base + ".hint").orElse(f.hint()), false, f.value(), f.values(), f.day(),
                f.month(), f.year(), f.error(), f.errorPart(), f.errorWholeDate(), options);
    }

    /** The answers as the online form's checks take them: without "Not specified", which they do not know. */
    static Answers forChecks(Answers a) {
        Map<String, List<String>> m = new LinkedHashMap<>(a.asMap());
        m.put(SOUGHT, a.all(SOUGHT).stream().filter(c -> !c.equals(CaseCodes.NOT_SPECIFIED)).toList());
        return new Answers(m);
    }

    /** "Not specified" alone answers the question; with another choice it is an error. */
    static List<FieldError> notSpecified(Answers a, List<FieldError> found) {
        List<String> sought = a.all(SOUGHT);
        if (!sought.contains(CaseCodes.NOT_SPECIFIED)) {
            return found;
        }
        List<FieldError> kept = new ArrayList<>(found.stream()
                .filter(e -> !(e.field().equals(SOUGHT) && e.code().equals("required"))).toList());
        if (sought.size() > 1) {
            kept.add(new FieldError(SOUGHT, "notSpecifiedAlone", SOUGHT));
        }
        return kept;
    }
}
