package uk.council.complaints.triage;

import java.util.Map;

/** A fictional routing directory for tests. */
final class TestRouting {
    static final Team DEFAULT = new Team("Complaints team", "complaints@northfield.example");
    static final Team CHILDREN_IN_CARE = new Team("Children in care", "cic-complaints@northfield.example");
    static final Team SEN = new Team("SEN and inclusion", "sen-complaints@northfield.example");
    static final Team CALLBACKS = new Team("Call-back managers", "callbacks@northfield.example");
    static final Team STAGE2 = new Team("Stage 2 investigations", "stage2@northfield.example");

    /** The corporate services as application.yml configures them (portal.corporate.services). */
    static final CorporateServices CORPORATE_SERVICES = CorporateServices.of(java.util.List.of("sen-ehcp",
            "school-transport", "holiday-activity-fund"));

    private TestRouting() {
    }

    static RoutingDirectory directory() {
        return RoutingDirectory.of(DEFAULT, Map.of("children-in-care", CHILDREN_IN_CARE, "care-leavers",
                CHILDREN_IN_CARE, "sen-ehcp", SEN, "school", SEN), CALLBACKS, STAGE2);
    }
}
