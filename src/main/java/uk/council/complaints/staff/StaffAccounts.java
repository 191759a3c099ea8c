package uk.council.complaints.staff;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Creating and changing staff accounts; the rules live here, the pages in the controllers. */
@Singleton
public class StaffAccounts {
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private final StaffUserRepository users;
    private final StaffSessionRepository sessions;
    private final PasswordHasher hasher;
    private final Clock clock;

    StaffAccounts(StaffUserRepository users, StaffSessionRepository sessions, PasswordHasher hasher, Clock clock) {
        this.users = users;
        this.sessions = sessions;
        this.hasher = hasher;
        this.clock = clock;
    }

    /** Everyone who can be given a case: active accounts, by name. */
    @Transactional
    public List<StaffMember> activeMembers() {
        return users.findByActiveOrderByDisplayName(true).stream().map(StaffUser::member).toList();
    }

    @Transactional
    public Optional<StaffMember> find(long id) {
        return users.findById(id).map(StaffUser::member);
    }

    @Transactional
    List<StaffMember> all() {
        return users.findAllOrderByDisplayName().stream().map(StaffUser::member).toList();
    }

    @Transactional
    boolean anyExists() {
        return users.count() > 0;
    }

    /** The bundle key of what is wrong with a new account's details, if anything. */
    Optional<String> problem(String email, String name) {
        if (email.isEmpty() || email.length() > 254 || !EMAIL.matcher(email).matches()) {
            return Optional.of("staff.users.error.email");
        }
        if (name.isEmpty() || name.length() > 100) {
            return Optional.of("staff.users.error.name");
        }
        if (users.findByEmail(SignInService.emailKey(email)).isPresent()) {
            return Optional.of("staff.users.error.exists");
        }
        return Optional.empty();
    }

    /** A new account; with {@code temporary} the person must choose their own password when they first sign in. */
    @Transactional
    StaffMember create(String email, String name, StaffRole role, String password, boolean temporary) {
        StaffUser user = users.save(new StaffUser(null, SignInService.emailKey(email), name.strip(), role,
                hasher.hash(password), temporary, true, clock.instant(), null));
        return user.member();
    }

    @Transactional
    void changeAccess(long id, StaffRole role, boolean active) {
        users.findById(id).ifPresent(user -> {
            users.update(user.withAccess(role, active));
            if (!active) {
                sessions.deleteForUser(id); // switched off: signed out everywhere at once
            }
        });
    }

    /**
     * A new password ends every session of the account (whoever knew the old one is signed out at once), except
     * {@code keepSession}: the cookie of the person changing their own password, who stays signed in.
     */
    @Transactional
    void setPassword(long id, String password, boolean temporary, Optional<String> keepSession) {
        users.findById(id).ifPresent(user -> {
            users.update(user.withPassword(hasher.hash(password), temporary));
            keepSession.map(SessionCookie::hash).ifPresentOrElse(
                    kept -> sessions.deleteForUserExcept(id, kept), () -> sessions.deleteForUser(id));
        });
    }

    @Transactional
    boolean checkPassword(long id, String password) {
        return users.findById(id).map(u -> hasher.matches(password, u.passwordHash())).orElse(false);
    }

    Optional<String> passwordProblem(String password) {
        return hasher.problem(password);
    }
}
