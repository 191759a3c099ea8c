package uk.council.complaints.webhook;

import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/**
 * Which addresses the portal posts to: https to public addresses only, unless configuration names the host; and the
 * check made again at delivery, so a name that resolves somewhere else by then (DNS rebinding) is not reached.
 */
class AddressGuardTest {
    private static final Map<String, String> DNS = Map.of(
            "hooks.example.org", "93.184.216.34",
            "inside.example.org", "10.20.30.40",
            "metadata.example.org", "169.254.169.254",
            "mixed.example.org", "93.184.216.34,192.168.1.5",
            "v6.example.org", "2606:2800:220:1:248:1893:25c8:1946",
            "ula.example.org", "fd12:3456::1",
            "cgnat.example.org", "100.64.1.1",
            "relay.council.internal", "10.0.0.7");

    private static AddressGuard guard(List<String> httpHosts, List<String> privateHosts) {
        WebhookProperties p = new WebhookProperties();
        p.setAllowHttpHosts(httpHosts);
        p.setAllowPrivateHosts(privateHosts);
        return new AddressGuard(p, AddressGuardTest::lookUp);
    }

    private static InetAddress[] lookUp(String host) throws UnknownHostException {
        if (host.matches("[0-9.]+|.*:.*")) {
            return new InetAddress[] {InetAddress.getByName(host)}; // a literal: no DNS
        }
        String answer = DNS.get(host);
        if (answer == null) {
            throw new UnknownHostException(host);
        }
        String[] parts = answer.split(",");
        InetAddress[] all = new InetAddress[parts.length];
        for (int i = 0; i < parts.length; i++) {
            all[i] = InetAddress.getByName(parts[i]);
        }
        return all;
    }

    @Test
    void httpsToAPublicAddressIsAllowed() {
        AddressGuard guard = guard(List.of(), List.of());
        assertEquals(Optional.empty(), guard.problem("https://hooks.example.org/portal"));
        assertEquals(Optional.empty(), guard.problem("https://hooks.example.org:8443/portal?x=1"));
        assertEquals(Optional.empty(), guard.problem("https://v6.example.org/portal"));
    }

    @Test
    void loopbackLinkLocalAndPrivateAddressesAreRefused() {
        AddressGuard guard = guard(List.of(), List.of());
        for (String url : List.of("https://127.0.0.1/hook", "https://127.9.9.9/hook", "https://localhost./hook".replace("localhost.", "[::1]"),
                "https://10.1.2.3/", "https://172.16.0.1/", "https://192.168.0.10/", "https://169.254.169.254/latest/meta-data",
                "https://0.0.0.0/", "https://[fe80::1]/", "https://[fd00::1]/", "https://[::ffff:10.0.0.1]/",
                "https://inside.example.org/", "https://metadata.example.org/", "https://mixed.example.org/",
                "https://ula.example.org/", "https://cgnat.example.org/", "https://224.0.0.1/")) {
            assertEquals(Optional.of("staff.webhooks.error.private"), guard.problem(url), url);
        }
    }

    @Test
    void httpAndPrivateAddressesOnlyForTheHostsConfigurationNames() {
        AddressGuard strict = guard(List.of(), List.of());
        assertEquals(Optional.of("staff.webhooks.error.https"), strict.problem("http://hooks.example.org/"));
        assertEquals(Optional.of("staff.webhooks.error.private"), strict.problem("https://relay.council.internal/"));

        AddressGuard configured = guard(List.of("relay.council.internal"), List.of("relay.council.internal"));
        assertEquals(Optional.empty(), configured.problem("http://relay.council.internal/hooks"));
        assertEquals(Optional.of("staff.webhooks.error.https"), configured.problem("http://hooks.example.org/"));
        assertEquals(Optional.of("staff.webhooks.error.private"), configured.problem("https://inside.example.org/"));
    }

    @Test
    void whatIsNotAnHttpUrlOrDoesNotResolveIsRefused() {
        AddressGuard guard = guard(List.of(), List.of());
        for (String url : List.of("", "hooks.example.org", "ftp://hooks.example.org/", "https://user:pw@hooks.example.org/",
                "https:///nohost", "https://hooks.example.org/#part", "javascript:alert(1)", "https://exa mple.org/")) {
            assertEquals(Optional.of("staff.webhooks.error.url"), guard.problem(url), url);
        }
        assertEquals(Optional.of("staff.webhooks.error.unknownHost"), guard.problem("https://nowhere.example.org/"));
    }

    /** A name that was public when the endpoint was registered and points at a loopback receiver at delivery. */
    @Test
    void aNameThatNowResolvesToAnInternalAddressIsNotPosted() throws Exception {
        try (MockWebServer internal = new MockWebServer()) {
            internal.start(InetAddress.getByName("127.0.0.1"), 0);
            Deque<String> answers = new ArrayDeque<>(List.of("93.184.216.34", "127.0.0.1"));
            WebhookProperties p = new WebhookProperties();
            p.setAllowHttpHosts(List.of("rebind.example.org"));
            AddressGuard guard = new AddressGuard(p, host -> new InetAddress[] {InetAddress.getByName(
                    answers.size() > 1 ? answers.pop() : answers.peek())});
            String url = "http://rebind.example.org:" + internal.getPort() + "/hook";
            assertEquals(Optional.empty(), guard.problem(url), "public when registered");

            WebhookSender sender = new WebhookSender(guard, p, Clock.systemUTC());
            WebhookEndpoint endpoint = new WebhookEndpoint(1L, url, "case.created", WebhookSigner.newSecret(), true,
                    Instant.now(), "Test", null, null, null);
            var outcome = sender.send(endpoint, new WebhookEvent("msg_1", "case.created", 1, "{}", Instant.now(), null));
            assertInstanceOf(WebhookSender.Refused.class, outcome);
            assertEquals(0, internal.getRequestCount(), "nothing reached the internal address");
        }
    }
}
