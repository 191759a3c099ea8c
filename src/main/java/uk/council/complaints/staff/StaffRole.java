package uk.council.complaints.staff;

import java.util.List;
import java.util.Locale;

/**
 * What a staff member may do. Each role includes the ones before it, so a rule written for
 * officers ({@code @Secured("OFFICER")}) lets managers and admins through too.
 */
public enum StaffRole {
    /** Works cases: acknowledge, respond, close, notes, call-backs. */
    OFFICER,
    /** Also assigns, re-triages and exports. */
    MANAGER,
    /** Also manages staff accounts and sees the configuration. */
    ADMIN;

    public static final String OFFICER_ROLE = "OFFICER";
    public static final String MANAGER_ROLE = "MANAGER";
    public static final String ADMIN_ROLE = "ADMIN";

    /** The security roles this role is given: its own and every one below it. */
    public List<String> grantedRoles() {
        return java.util.Arrays.stream(values()).filter(r -> r.ordinal() <= ordinal()).map(Enum::name).toList();
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static java.util.Optional<StaffRole> fromCode(String code) {
        return java.util.Arrays.stream(values()).filter(r -> r.code().equals(code)).findFirst();
    }
}
