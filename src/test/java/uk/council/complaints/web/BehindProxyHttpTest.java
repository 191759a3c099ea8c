package uk.council.complaints.web;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Behind a load balancer that ends TLS: the person's https is known from X-Forwarded-Proto. */
@MicronautTest
@Property(name = "portal.behind-proxy", value = "true")
class BehindProxyHttpTest {
    @Inject
    EmbeddedServer server;

    @Test
    void httpsAtTheBalancerMeansHstsAndSecureCookies() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(server.getURI() + "/form/what-would-you-like-to-do"))
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "203.0.113.7").build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(response.headers().firstValue("Strict-Transport-Security").orElse("").contains("max-age="));
        assertTrue(response.headers().allValues("Set-Cookie").stream()
                .allMatch(c -> c.toLowerCase().contains("secure")), response.headers().allValues("Set-Cookie").toString());
    }

    @Test
    void plainHttpGetsNoHsts() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(server.getURI() + "/")).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(response.headers().firstValue("Strict-Transport-Security").isEmpty());
    }
}
