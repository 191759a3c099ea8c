package uk.council.complaints.triage;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.PropertySource;
import io.micronaut.context.env.yaml.YamlPropertySourceLoader;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The routing directory as a council writes it in application.yml, and the fallback without one. */
class TriageFactoryTest {

    // The block suggested for application.yml.
    static final String ROUTING_YAML = """
            portal:
              routing:
                default-team:
                  name: Children's Services Complaints Team
                  mailbox: complaints-team@northfield.example
                callback-team:
                  name: Duty service managers
                  mailbox: callbacks@northfield.example
                stage2-team:
                  name: Stage 2 investigations
                  mailbox: stage2@northfield.example
                teams:
                  - name: Children in Care and Care Leavers
                    mailbox: cic-complaints@northfield.example
                    services: [children-in-care, care-leavers, fostering, adoption, independent-reviewing]
                  - name: Assessment and Child Protection
                    mailbox: cp-complaints@northfield.example
                    services: [assessment, child-protection, front-door]
                  - name: Early Help and Family Support
                    mailbox: earlyhelp-complaints@northfield.example
                    services: [early-help, family-support, disabled-children]
                  - name: SEND and Inclusion
                    mailbox: send-complaints@northfield.example
                    services: [sen-ehcp, school-transport]
            """;

    @Test
    void readsTheDirectoryFromYaml() throws Exception {
        Map<String, Object> yaml = new YamlPropertySourceLoader().read("routing",
                new ByteArrayInputStream(ROUTING_YAML.getBytes(StandardCharsets.UTF_8)));

        try (ApplicationContext context = ApplicationContext.run(PropertySource.of("routing", yaml), "test")) {
            RoutingDirectory directory = context.getBean(RoutingDirectory.class);

            assertEquals("Children's Services Complaints Team", directory.defaultTeam().name());
            assertEquals("callbacks@northfield.example", directory.callbackTeam().mailbox());
            assertEquals("Stage 2 investigations", directory.stage2Team().name());
            assertEquals("send-complaints@northfield.example", directory.serviceTeams().get("school-transport").mailbox());
            assertEquals("Children in Care and Care Leavers", directory.serviceTeams().get("adoption").name());
            assertEquals(13, directory.serviceTeams().size(), "every service but school, other council and not sure");
        }
    }

    @Test
    void withoutRoutingEverythingGoesToTheCouncilsComplaintsAddress() {
        RoutingDirectory directory = new TriageFactory().routingDirectory(null, null, "complaints@northfield.example",
                null, null, null, null, java.util.List.of());

        assertEquals(new Team(TriageFactory.FALLBACK_TEAM_NAME, "complaints@northfield.example"), directory.defaultTeam());
        assertEquals(directory.defaultTeam(), directory.callbackTeam());
        assertEquals(Map.of(), directory.serviceTeams());
    }
}
