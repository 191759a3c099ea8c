package uk.council.complaints.web;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;

import java.net.InetSocketAddress;

/**
 * What the person's own connection was. Behind a load balancer that ends TLS, the app sees plain
 * HTTP from the balancer; with {@code portal.behind-proxy} set, the balancer's X-Forwarded-Proto and
 * X-Forwarded-For say whether the person used https (Secure cookies, HSTS) and who they are (rate limits).
 * Never set it without such a balancer in front: the headers would then be the client's own word.
 */
@Singleton
public class ClientConnection {
    private final boolean behindProxy;

    public ClientConnection(@Value("${portal.behind-proxy:false}") boolean behindProxy) {
        this.behindProxy = behindProxy;
    }

    public boolean isHttps(HttpRequest<?> request) {
        if (request.isSecure()) {
            return true;
        }
        String proto = behindProxy ? request.getHeaders().get("X-Forwarded-Proto") : null;
        return proto != null && proto.trim().toLowerCase(java.util.Locale.ROOT).startsWith("https");
    }

    /** The client's address; behind the balancer, the last X-Forwarded-For entry (the one it saw). */
    public String address(HttpRequest<?> request) {
        String forwarded = behindProxy ? request.getHeaders().get("X-Forwarded-For") : null;
        if (forwarded != null && !forwarded.isBlank()) {
            String[] hops = forwarded.split(",");
            return hops[hops.length - 1].trim();
        }
        InetSocketAddress remote = request.getRemoteAddress();
        return remote.getAddress() != null ? remote.getAddress().getHostAddress() : remote.getHostString();
    }
}
