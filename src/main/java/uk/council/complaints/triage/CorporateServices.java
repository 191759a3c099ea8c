package uk.council.complaints.triage;

import io.micronaut.core.annotation.Nullable;
import uk.council.complaints.cases.Procedure;
import uk.council.complaints.journey.Options;

import java.util.List;
import java.util.Set;

/**
 * The services whose complaints go to the corporate procedure (configuration {@code portal.corporate.services},
 * issue 21), checked when the portal starts: a code that is not a service would silently send those complaints
 * to the statutory queue.
 */
public record CorporateServices(Set<String> codes) {

    public CorporateServices {
        codes = Set.copyOf(codes);
        codes.stream().filter(s -> !Options.SERVICES.contains(s)).sorted().findFirst().ifPresent(s -> {
            throw new IllegalArgumentException("portal.corporate.services names the service '" + s
                    + "', which is not one of " + Options.SERVICES);
        });
        codes.stream().filter(QueueRules.OUT_OF_REMIT_SERVICES::contains).sorted().findFirst().ifPresent(s -> {
            throw new IllegalArgumentException("portal.corporate.services names the service '" + s
                    + "', which is out of the council's remit (signposted, never a corporate complaint)");
        });
    }

    static CorporateServices of(List<String> codes) {
        return new CorporateServices(Set.copyOf(codes));
    }

    public boolean contains(@Nullable String service) {
        return service != null && codes.contains(service);
    }

    /**
     * The procedure a new complaint is handled under, as {@link QueueRules} decides it: corporate for a corporate
     * service or from a professional, statutory otherwise (used to check its natures before it is triaged).
     */
    public Procedure procedureOf(@Nullable String service, @Nullable String role) {
        return contains(service) || uk.council.complaints.journey.Role.PROFESSIONAL.is(role) ? Procedure.CORPORATE : Procedure.STATUTORY;
    }
}
