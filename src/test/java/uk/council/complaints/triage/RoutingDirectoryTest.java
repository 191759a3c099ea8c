package uk.council.complaints.triage;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The routing directory refuses configuration that would send cases to the wrong place. */
class RoutingDirectoryTest {

    @Test
    void callBacksAndStage2GoToTheDefaultTeamUnlessGivenTheirOwn() {
        RoutingDirectory directory = RoutingDirectory.of(TestRouting.DEFAULT, Map.of(), null, null);

        assertEquals(TestRouting.DEFAULT, directory.route(Queue.CALLBACK, "fostering", new ArrayList<>()));
        assertEquals(TestRouting.DEFAULT, directory.route(Queue.STAGE2, null, new ArrayList<>()));
    }

    @Test
    void anUnknownServiceCodeIsAMistake() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> RoutingDirectory.of(
                TestRouting.DEFAULT, Map.of("childrens-in-care", TestRouting.CHILDREN_IN_CARE), null, null));

        assertTrue(error.getMessage().contains("childrens-in-care"), error.getMessage());
    }

    @Test
    void aServiceUnderTwoTeamsIsAMistake() {
        RoutingTeamProperties first = team("Children in care", "cic@northfield.example", "fostering");
        RoutingTeamProperties second = team("Fostering", "fostering@northfield.example", "fostering");

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> TriageFactory.serviceTeams(List.of(first, second)));

        assertTrue(error.getMessage().contains("'fostering' under both"), error.getMessage());
    }

    @Test
    void aTeamNeedsANameAndARealMailbox() {
        assertThrows(IllegalArgumentException.class, () -> new Team(" ", "team@northfield.example"));
        assertThrows(IllegalArgumentException.class, () -> new Team("Fostering", "fostering-at-northfield"));
        assertEquals("team@northfield.example", new Team(" Team ", " team@northfield.example ").mailbox());
    }

    private static RoutingTeamProperties team(String name, String mailbox, String... services) {
        RoutingTeamProperties team = new RoutingTeamProperties();
        team.setName(name);
        team.setMailbox(mailbox);
        team.setServices(List.of(services));
        return team;
    }
}
