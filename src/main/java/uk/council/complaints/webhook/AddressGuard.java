package uk.council.complaints.webhook;

import jakarta.inject.Singleton;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Which URLs the portal may post to (ADR 0030): https, unless the host is named in allow-http-hosts; and every address
 * the host resolves to public, unless the host is named in allow-private-hosts. Checked when an admin registers the
 * endpoint and again before every delivery, so a name that later resolves to an internal host (DNS rebinding) is not
 * reached. The answer is a message key, or empty when the URL may be used.
 */
@Singleton
class AddressGuard {
    private final WebhookProperties properties;
    private final Resolver resolver;

    /** Name resolution, replaceable in tests. */
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    @jakarta.inject.Inject
    AddressGuard(WebhookProperties properties) {
        this(properties, InetAddress::getAllByName);
    }

    AddressGuard(WebhookProperties properties, Resolver resolver) {
        this.properties = properties;
        this.resolver = resolver;
    }

    Optional<String> problem(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (java.net.URISyntaxException e) {
            return Optional.of("staff.webhooks.error.url");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (host.isEmpty() || uri.getRawUserInfo() != null || uri.getRawFragment() != null
                || !(scheme.equals("https") || scheme.equals("http"))) {
            return Optional.of("staff.webhooks.error.url");
        }
        String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        if (scheme.equals("http") && !properties.getAllowHttpHosts().contains(bare)) {
            return Optional.of("staff.webhooks.error.https");
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(bare);
        } catch (UnknownHostException e) {
            return Optional.of("staff.webhooks.error.unknownHost");
        }
        if (properties.getAllowPrivateHosts().contains(bare)) {
            return Optional.empty();
        }
        for (InetAddress address : addresses) {
            if (!isPublic(address)) {
                return Optional.of("staff.webhooks.error.private");
            }
        }
        return Optional.empty();
    }

    /** Not loopback, link-local, private (RFC 1918, fc00::/7), carrier-grade NAT, wildcard or multicast. */
    static boolean isPublic(InetAddress a) {
        if (a.isLoopbackAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress() || a.isAnyLocalAddress()
                || a.isMulticastAddress()) {
            return false;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet6Address) {
            if ((b[0] & 0xfe) == 0xfc) {
                return false; // unique local
            }
            boolean mapped = true;
            for (int i = 0; i < 10; i++) {
                mapped &= b[i] == 0;
            }
            if (mapped && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
                try {
                    return isPublic(InetAddress.getByAddress(java.util.Arrays.copyOfRange(b, 12, 16)));
                } catch (UnknownHostException e) {
                    return false;
                }
            }
            return true;
        }
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        return first != 0 && !(first == 100 && second >= 64 && second < 128) && !(first == 198 && (second == 18 || second == 19));
    }
}
