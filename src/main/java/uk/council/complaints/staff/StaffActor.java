package uk.council.complaints.staff;

import io.micronaut.security.authentication.Authentication;

import java.util.Collection;

/** The signed-in staff member, as controllers and the timeline need them. */
public record StaffActor(long userId, String name, String email, Collection<String> roles, boolean mustChangePassword) {
    static final String USER_ID = "userId";
    static final String NAME = "name";
    static final String MUST_CHANGE_PASSWORD = "mustChangePassword";

    public static StaffActor of(Authentication authentication) {
        Object id = authentication.getAttributes().get(USER_ID);
        return new StaffActor(((Number) id).longValue(), String.valueOf(authentication.getAttributes().get(NAME)),
                authentication.getName(), authentication.getRoles(),
                Boolean.TRUE.equals(authentication.getAttributes().get(MUST_CHANGE_PASSWORD)));
    }

    /** How the timeline names them. */
    public String actor() {
        return name + " (" + email + ")";
    }

    public boolean is(StaffRole role) {
        return roles.contains(role.name());
    }
}
