package uk.council.complaints.staff;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Signed-in sessions in the database, so any instance behind the load balancer knows who is signed in
 * and signing out ends the session everywhere. Expiry slides with use, up to a maximum length.
 */
@Singleton
class StaffSessions {
    private final StaffSessionRepository sessions;
    private final StaffUserRepository users;
    private final StaffProperties properties;
    private final Clock clock;

    StaffSessions(StaffSessionRepository sessions, StaffUserRepository users, StaffProperties properties, Clock clock) {
        this.sessions = sessions;
        this.users = users;
        this.properties = properties;
        this.clock = clock;
    }

    /** Who a cookie belongs to: empty when it is unknown, expired, or its account was switched off. */
    record Lookup(Optional<StaffUser> user, boolean expired) {
        static final Lookup NONE = new Lookup(Optional.empty(), false);
        static final Lookup EXPIRED = new Lookup(Optional.empty(), true);
    }

    @Transactional
    String start(StaffUser user) {
        Instant now = clock.instant();
        String id = SessionCookie.newId();
        sessions.save(new StaffSession(SessionCookie.hash(id), user.id(), now, now, expiry(now, now)));
        return id;
    }

    @Transactional
    Lookup find(String cookieId) {
        Instant now = clock.instant();
        Optional<StaffSession> found = sessions.findById(SessionCookie.hash(cookieId));
        if (found.isEmpty()) {
            return Lookup.NONE;
        }
        StaffSession session = found.get();
        if (session.isExpired(now)) {
            sessions.delete(session);
            return Lookup.EXPIRED;
        }
        Optional<StaffUser> user = users.findById(session.userId()).filter(StaffUser::active);
        if (user.isEmpty()) {
            sessions.delete(session);
            return Lookup.NONE;
        }
        // Write at most every so often: a page with its assets would otherwise update the row several times.
        Duration every = properties.getIdleTimeout().dividedBy(30);
        if (session.lastSeenAt().plus(every).isBefore(now)) {
            sessions.touch(session.idHash(), now, expiry(session.createdAt(), now));
        }
        return new Lookup(user, false);
    }

    @Transactional
    void keepAlive(String cookieId) {
        Instant now = clock.instant();
        sessions.findById(SessionCookie.hash(cookieId)).filter(s -> !s.isExpired(now))
                .ifPresent(s -> sessions.touch(s.idHash(), now, expiry(s.createdAt(), now)));
    }

    @Transactional
    void end(String cookieId) {
        sessions.deleteById(SessionCookie.hash(cookieId));
    }

    /** Every instance runs this: deleting what has expired twice is harmless. */
    @Scheduled(fixedDelay = "15m", initialDelay = "1m")
    @Transactional
    void deleteExpired() {
        sessions.deleteExpired(clock.instant());
    }

    private Instant expiry(Instant created, Instant now) {
        Instant idle = now.plus(properties.getIdleTimeout());
        Instant max = created.plus(properties.getMaxSession());
        return idle.isBefore(max) ? idle : max;
    }
}
