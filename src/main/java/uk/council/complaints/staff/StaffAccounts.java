package uk.council.complaints.staff;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import uk.council.complaints.journey.Answers;
import uk.council.complaints.journey.Field;
import uk.council.complaints.journey.FieldChecks;
import uk.council.complaints.journey.FieldKind;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Map;

/** Creating and changing staff accounts; the rules live here, the pages in the controllers. */
@Singleton
public class StaffAccounts {
    // Checked by the public form's checker: one idea of a valid email address and of a length.
    private static final Field EMAIL = new Field("email", FieldKind.EMAIL, true, 254, List.of(), "", "");
    private static final Field NAME = new Field("name", FieldKind.TEXT, true, 100, List.of(), "", "");
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
        Answers details = new Answers(Map.of("email", List.of(email), "name", List.of(name)));
        if (FieldChecks.check(EMAIL, details).isPresent()) {
            return Optional.of("staff.users.error.email");
        }
        if (FieldChecks.check(NAME, details).isPresent()) {
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
