package uk.council.complaints.triage;

import io.micronaut.core.annotation.Nullable;
import uk.council.complaints.journey.Options;

import java.util.List;
import java.util.Map;

/**
 * Which team handles a case (configuration {@code portal.routing}): call-backs and Stage 2 have
 * their own teams; complaints go to the team of their service; everything else to the default team.
 */
public record RoutingDirectory(Team defaultTeam, Map<String, Team> serviceTeams, Team callbackTeam, Team stage2Team) {

    public RoutingDirectory {
        serviceTeams = Map.copyOf(serviceTeams);
        // An unknown code is a typo that would silently route that service to the default team.
        serviceTeams.keySet().stream().filter(s -> !Options.SERVICES.contains(s)).findFirst().ifPresent(s -> {
            throw new IllegalArgumentException("portal.routing names the service '" + s
                    + "', which is not one of " + Options.SERVICES);
        });
    }

    /** A directory where call-backs and Stage 2 go to the default team unless given their own. */
    static RoutingDirectory of(Team defaultTeam, Map<String, Team> serviceTeams,
                               @Nullable Team callbackTeam, @Nullable Team stage2Team) {
        return new RoutingDirectory(defaultTeam, serviceTeams,
                callbackTeam != null ? callbackTeam : defaultTeam, stage2Team != null ? stage2Team : defaultTeam);
    }

    /** Every team's name, once each, default team first: what a compliment or comment can be about (issue 10). */
    public List<String> teamNames() {
        java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>();
        names.add(defaultTeam.name());
        serviceTeams.values().stream().map(Team::name).sorted().forEach(names::add);
        names.add(callbackTeam.name());
        names.add(stage2Team.name());
        return List.copyOf(names);
    }

    /** The team for the queue and service, adding the reason it was chosen. */
    public Team route(Queue queue, @Nullable String service, List<Reason> reasons) {
        if (queue == Queue.CALLBACK) {
            reasons.add(Reason.of("route.callback", "triage.reason.route.callback", callbackTeam.name()));
            return callbackTeam;
        }
        if (queue == Queue.STAGE2 || queue == Queue.STAGE3) {
            reasons.add(Reason.of("route.stage2", "triage.reason.route.stage2", stage2Team.name()));
            return stage2Team;
        }
        boolean complaint = queue == Queue.STAGE1 || queue == Queue.CORPORATE || queue == Queue.CORPORATE_STAGE2;
        Team serviceTeam = service == null ? null : serviceTeams.get(service);
        if (complaint && serviceTeam != null) {
            reasons.add(Reason.of("route.service", "triage.reason.route.service", serviceTeam.name(),
                    Labels.service(service)));
            return serviceTeam;
        }
        reasons.add(Reason.of("route.default", "triage.reason.route.default", defaultTeam.name()));
        return defaultTeam;
    }
}
