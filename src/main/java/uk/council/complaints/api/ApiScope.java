package uk.council.complaints.api;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * What an API client may do. A controller under /api/ declares the scope it needs with
 * {@code @Secured(ApiScope.CASES_READ)}: the client's scopes are the roles of its {@code Authentication}
 * ({@link ApiTokenFetcher}), and no staff session ever has them (staff roles are OFFICER, MANAGER, ADMIN).
 */
public enum ApiScope {
    CASES_READ_SCOPE(ApiScope.CASES_READ),
    EVENTS_READ_SCOPE(ApiScope.EVENTS_READ),
    CASES_IMPORT_SCOPE(ApiScope.CASES_IMPORT),
    EVIDENCE_READ_SCOPE(ApiScope.EVIDENCE_READ);

    /** Cases and their record, without the evidence files. */
    public static final String CASES_READ = "cases:read";
    /** A case's timeline and the feed of all events. */
    public static final String EVENTS_READ = "events:read";
    /** POST /api/v1/cases: a case received elsewhere. */
    public static final String CASES_IMPORT = "cases:import";
    /** The evidence files themselves (their names and sizes come with cases:read). */
    public static final String EVIDENCE_READ = "evidence:read";

    private final String code;

    ApiScope(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<ApiScope> ofCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }

    /** The stored form: codes separated by spaces (as OAuth writes scopes). */
    static String join(Set<ApiScope> scopes) {
        return String.join(" ", scopes.stream().sorted().map(ApiScope::code).toList());
    }

    static Set<ApiScope> split(String stored) {
        Set<ApiScope> scopes = new LinkedHashSet<>();
        Arrays.stream(stored.split(" ")).map(ApiScope::ofCode).flatMap(Optional::stream).forEach(scopes::add);
        return scopes;
    }
}
