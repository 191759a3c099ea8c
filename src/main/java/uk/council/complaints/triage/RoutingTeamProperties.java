package uk.council.complaints.triage;

import io.micronaut.context.annotation.EachProperty;

import java.util.List;

/** One entry of {@code portal.routing.teams}: a team, its mailbox and the services it handles. */
@EachProperty(value = "portal.routing.teams", list = true)
class RoutingTeamProperties {
    private String name;
    private String mailbox;
    private List<String> services = List.of();

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getMailbox() { return mailbox; }
    public void setMailbox(String mailbox) { this.mailbox = mailbox; }
    public List<String> getServices() { return services; }
    public void setServices(List<String> services) { this.services = services == null ? List.of() : services; }
}
