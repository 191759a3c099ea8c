package uk.council.complaints.staff;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.AuthenticationFetcher;
import io.micronaut.security.token.TokenAuthenticationFetcher;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

/**
 * Takes the place of micronaut-security's token fetcher, which no setting switches off: with the JWT module on
 * the classpath (for the OIDC option) it accepted any bearer token, signed or not, with the roles the token
 * claimed. Staff are signed in only by their database session (docs/adr/0010-security-defaults.md).
 */
@Singleton
@Replaces(TokenAuthenticationFetcher.class)
class NoTokenAuthentication implements AuthenticationFetcher<HttpRequest<?>> {
    @Override
    public Publisher<Authentication> fetchAuthentication(HttpRequest<?> request) {
        return Publishers.empty();
    }
}
