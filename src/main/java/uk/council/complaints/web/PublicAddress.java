package uk.council.complaints.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.DefaultHttpHostResolver;
import io.micronaut.http.server.util.HttpHostResolver;
import jakarta.inject.Singleton;

import java.net.URI;

/**
 * Where the portal says it lives (the OIDC redirect URI, for one) is configuration, {@code portal.base-url}:
 * never a Host or X-Forwarded-Host header, which any client can write.
 */
@Singleton
@Replaces(DefaultHttpHostResolver.class)
class PublicAddress implements HttpHostResolver {
    private final String origin;

    PublicAddress(@Value("${portal.base-url:`http://localhost:8080`}") String baseUrl) {
        URI uri = URI.create(baseUrl.strip());
        this.origin = uri.getScheme() + "://" + uri.getRawAuthority();
    }

    @Override
    public String resolve(HttpRequest request) {
        return origin;
    }
}
