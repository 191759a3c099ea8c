package uk.council.complaints.triage;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import uk.council.complaints.deadline.DeadlineProperties;
import uk.council.complaints.deadline.WorkingDays;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the routing directory from {@code portal.routing} and the triage function from it.
 * Without a default team the complaints team's own address ({@code portal.council.email}) is used,
 * so a council that has not set up routing yet still gets every case.
 */
@Factory
class TriageFactory {
    static final String FALLBACK_TEAM_NAME = "Complaints team";

    @Singleton
    RoutingDirectory routingDirectory(
            @Property(name = "portal.routing.default-team.name") @Nullable String defaultName,
            @Property(name = "portal.routing.default-team.mailbox") @Nullable String defaultMailbox,
            @Property(name = "portal.council.email") @Nullable String councilEmail,
            @Property(name = "portal.routing.callback-team.name") @Nullable String callbackName,
            @Property(name = "portal.routing.callback-team.mailbox") @Nullable String callbackMailbox,
            @Property(name = "portal.routing.stage2-team.name") @Nullable String stage2Name,
            @Property(name = "portal.routing.stage2-team.mailbox") @Nullable String stage2Mailbox,
            List<RoutingTeamProperties> teams) {
        Team defaultTeam = new Team(defaultName != null ? defaultName : FALLBACK_TEAM_NAME,
                defaultMailbox != null ? defaultMailbox : required(councilEmail));
        return RoutingDirectory.of(defaultTeam, serviceTeams(teams),
                optionalTeam(callbackName, callbackMailbox, "callback-team"),
                optionalTeam(stage2Name, stage2Mailbox, "stage2-team"));
    }

    /** Checked at start-up, as the routing is: an unknown service code stops the portal with its name. */
    @Context
    CorporateServices corporateServices(@Property(name = "portal.corporate.services") List<String> services) {
        return CorporateServices.of(services);
    }

    @Singleton
    Triage triage(RoutingDirectory routing, CorporateServices corporate, WorkingDays workingDays, DeadlineProperties deadlines) {
        return new Triage(routing, corporate, workingDays, deadlines);
    }

    static Map<String, Team> serviceTeams(List<RoutingTeamProperties> teams) {
        Map<String, Team> byService = new HashMap<>();
        for (RoutingTeamProperties entry : teams) {
            Team team = new Team(entry.getName(), entry.getMailbox());
            for (String service : entry.getServices()) {
                Team earlier = byService.put(service, team);
                // Two teams for one service would make the routing depend on the order of the file.
                if (earlier != null) {
                    throw new IllegalArgumentException("portal.routing.teams lists the service '" + service
                            + "' under both '" + earlier.name() + "' and '" + team.name() + "'");
                }
            }
        }
        return byService;
    }

    private static Team optionalTeam(@Nullable String name, @Nullable String mailbox, String key) {
        if (name == null && mailbox == null) {
            return null;
        }
        if (name == null || mailbox == null) {
            throw new IllegalArgumentException("portal.routing." + key + " needs both a name and a mailbox");
        }
        return new Team(name, mailbox);
    }

    private static String required(@Nullable String councilEmail) {
        if (councilEmail == null) {
            throw new IllegalStateException("Set portal.routing.default-team (name and mailbox) or portal.council.email");
        }
        return councilEmail;
    }
}
