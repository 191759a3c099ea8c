package uk.council.complaints.staff;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks an email and password. After {@code maxFailures} wrong attempts in a row from one client, that email
 * address is locked for a while for that client only: whoever keeps guessing locks themselves out, never the
 * colleague whose address they know. Unknown addresses are treated alike, so the answers never reveal which exist.
 */
@Singleton
class SignInService {
    enum Outcome { SIGNED_IN, WRONG, LOCKED }

    record Result(Outcome outcome, Optional<StaffUser> user, Optional<Instant> lockedUntil) {
        Result(Outcome outcome, Optional<StaffUser> user) {
            this(outcome, user, Optional.empty());
        }
    }

    private final StaffUserRepository users;
    private final SignInFailureRepository failures;
    private final PasswordHasher hasher;
    private final StaffProperties properties;
    private final Clock clock;

    SignInService(StaffUserRepository users, SignInFailureRepository failures, PasswordHasher hasher,
                  StaffProperties properties, Clock clock) {
        this.users = users;
        this.failures = failures;
        this.hasher = hasher;
        this.properties = properties;
        this.clock = clock;
    }

    static String emailKey(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    /** {@code client}: who is asking (web.ClientConnection#address). */
    @Transactional
    Result signIn(String email, String password, String client) {
        Instant now = clock.instant();
        String key = emailKey(email);
        String throttleKey = throttleKey(key, client);
        Optional<SignInFailure> failure = failures.findById(throttleKey);
        if (failure.isPresent() && failure.get().isLocked(now)) {
            hasher.spendDecoyTime(password);
            return new Result(Outcome.LOCKED, Optional.empty(), Optional.of(failure.get().lockedUntil()));
        }
        Optional<StaffUser> user = users.findByEmail(key).filter(StaffUser::active);
        boolean matches = user.isPresent() ? hasher.matches(password, user.get().passwordHash()) : decoy(password);
        if (!matches) {
            return recordFailure(throttleKey, key, failure, now);
        }
        failure.ifPresent(failures::delete);
        StaffUser signedIn = users.update(user.get().signedIn(now));
        return new Result(Outcome.SIGNED_IN, Optional.of(signedIn));
    }

    /** An admin lifting a lock early. */
    @Transactional
    void unlock(String email) {
        failures.deleteByEmailKey(emailKey(email));
    }

    /** Counts nobody needs any more: every instance runs this, and deleting twice is harmless. */
    @Scheduled(fixedDelay = "1h", initialDelay = "5m")
    @Transactional
    void forgetOldFailures() {
        failures.deleteOlderThan(clock.instant().minus(java.time.Duration.ofDays(1)));
    }

    static String throttleKey(String emailKey, String client) {
        return SessionCookie.hash(emailKey + "\n" + client);
    }

    private boolean decoy(String password) {
        hasher.spendDecoyTime(password);
        return false;
    }

    private Result recordFailure(String throttleKey, String key, Optional<SignInFailure> earlier, Instant now) {
        // A lock that has run out starts a fresh count.
        int count = earlier.filter(f -> f.lockedUntil() == null).map(SignInFailure::failures).orElse(0) + 1;
        Instant lockedUntil = count >= properties.getMaxFailures() ? now.plus(properties.getLockout()) : null;
        SignInFailure row = new SignInFailure(throttleKey, key, count, now, lockedUntil);
        if (earlier.isPresent()) {
            failures.update(row);
        } else {
            failures.save(row);
        }
        return new Result(lockedUntil != null ? Outcome.LOCKED : Outcome.WRONG, Optional.empty(), Optional.ofNullable(lockedUntil));
    }
}
