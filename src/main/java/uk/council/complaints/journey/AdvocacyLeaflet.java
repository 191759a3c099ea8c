package uk.council.complaints.journey;

import java.util.Map;
import java.util.Optional;

/**
 * The one rule for who is offered the advocacy leaflet (DESIGN section 3): every young person, every
 * advocate and every parent, on the page of the journey that is theirs alone. The form shows it there,
 * the case records it as offered, and the confirmation page offers the download.
 */
public final class AdvocacyLeaflet {
    private static final Map<Role, Step> SHOWN_ON = Map.of(
            Role.YOUNG_PERSON, Step.YP_ADVOCATE,
            Role.ADVOCATE, Step.ADVOCATE,
            Role.PARENT, Step.PARENTAL_RESPONSIBILITY);

    private AdvocacyLeaflet() {
    }

    public static boolean offeredTo(String role) {
        return Role.ofCode(role).filter(SHOWN_ON::containsKey).isPresent();
    }

    /** Whether the person asked for an advocate: a young person for themselves, a parent or advocate for the child. */
    public static boolean advocacyRequested(Answers a) {
        return a.is("wantsAdvocate", "yes") || a.is("childAdvocate", "yes");
    }

    /** What they answered to "would you like an advocate?" (yes, no, already has one); empty when not asked. */
    public static String advocateWanted(Answers a) {
        return a.has("childAdvocate") ? a.get("childAdvocate") : a.get("wantsAdvocate");
    }

    public static boolean offeredTo(Answers a) {
        return offeredTo(a.get("role"));
    }

    /** The page that shows the leaflet to this person; empty when they are not offered it. */
    public static Optional<Step> shownOn(String role) {
        return Role.ofCode(role).map(SHOWN_ON::get);
    }

    /** Whether this page shows the leaflet (each of these pages is only on the path of one role). */
    public static boolean shownOn(Step step) {
        // The question about an advocate for the child (issue 11) shows it again, to a parent or an advocate.
        return SHOWN_ON.containsValue(step) || step == Step.CHILD_ADVOCATE;
    }
}
