package uk.council.complaints.journey;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every "who are you" answer the form offers is a {@link Role} and comes back as the same stored text, every role is
 * offered, and the staff page (and the triage reasons) have words for each.
 */
class RoleTest {

    @Test
    void everyRoleTheJourneyOffersMapsToTheEnumAndBack() {
        Field who = Step.WHO.fields().stream().filter(f -> f.name().equals("role")).findFirst().orElseThrow();
        for (String code : who.options()) {
            Role role = Role.ofCode(code).orElseThrow(() -> new AssertionError("no Role for the offered " + code));
            assertEquals(code, role.code());
            assertTrue(role.is(code));
        }
        assertEquals(Arrays.stream(Role.values()).map(Role::code).toList(), who.options(),
                "the form offers every role, in the enum's order");
    }

    @Test
    void anUnknownOrMissingCodeIsNoRole() {
        for (String code : Arrays.asList(null, "", "Young-Person", "care-leaver")) {
            assertTrue(Role.ofCode(code).isEmpty(), String.valueOf(code));
            assertTrue(Arrays.stream(Role.values()).noneMatch(r -> r.is(code)), String.valueOf(code));
        }
    }

    @Test
    void theStaffPageHasWordsForEveryRole() {
        ResourceBundle triage = ResourceBundle.getBundle("i18n.triage", Locale.UK);
        List<String> missing = Arrays.stream(Role.values()).map(r -> "triage.role." + r.code())
                .filter(k -> !triage.containsKey(k)).toList();
        assertEquals(List.of(), missing);
    }

    @Test
    void onlyAProfessionalIsOutsideTheStatutoryProcedure() {
        assertEquals(List.of(Role.PROFESSIONAL), Arrays.stream(Role.values()).filter(r -> !r.statutory()).toList());
    }
}
