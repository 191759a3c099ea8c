package uk.council.complaints.staff;

import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import uk.council.complaints.web.ClientBuckets;
import uk.council.complaints.web.ClientConnection;

import java.util.OptionalLong;

/** Sign-in posts per client address (behind the load balancer, the address it saw), before any password is checked. */
@Singleton
class SignInLimiter {
    private final ClientBuckets buckets;
    private final ClientConnection connection;

    SignInLimiter(StaffProperties properties, ClientConnection connection) {
        this.buckets = new ClientBuckets(properties.getSignInAttemptsPerClient(), properties.getSignInPeriod(), 50_000);
        this.connection = connection;
    }

    /** Empty when this client may try; else the seconds it must wait. */
    OptionalLong check(HttpRequest<?> request) {
        return buckets.take(connection.address(request));
    }
}
