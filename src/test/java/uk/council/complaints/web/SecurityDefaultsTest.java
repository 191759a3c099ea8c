package uk.council.complaints.web;

import io.micronaut.context.ApplicationContext;
import io.micronaut.inject.BeanDefinition;
import io.micronaut.inject.qualifiers.Qualifiers;
import io.micronaut.management.endpoint.annotation.Endpoint;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.security.authentication.provider.HttpRequestAuthenticationProvider;
import io.micronaut.security.filters.AuthenticationFetcher;
import io.micronaut.security.token.reader.TokenReader;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.council.complaints.support.FormClient;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What micronaut-security, -jwt, -oauth2 and micronaut-management switch on by default stays off
 * (docs/adr/0010-security-defaults.md): one way to be signed in, no token readers, no login or token
 * endpoints, and no management endpoint but /health.
 */
@MicronautTest
class SecurityDefaultsTest {
    @Inject
    ApplicationContext ctx;
    @Inject
    Router router;
    @Inject
    EmbeddedServer server;

    @Test
    void theStaffSessionIsTheOnlyWayToBeSignedIn() {
        Set<String> fetchers = ctx.getBeansOfType(AuthenticationFetcher.class).stream()
                .map(f -> f.getClass().getSimpleName().replace("$Intercepted", "")).collect(Collectors.toSet());
        // ApiTokenFetcher (issue 25, ADR 0029) reads an API client's token under /api/ only: api.ApiTokenHttpTest.
        assertEquals(Set.of("SessionAuthenticationFetcher", "NoTokenAuthentication", "ApiTokenFetcher"), fetchers,
                "no bearer/cookie token, basic auth or X.509 fetcher but the API's own");
        assertTrue(ctx.getBeansOfType(TokenReader.class).isEmpty(), "no bearer or JWT-cookie token reader");
        assertTrue(ctx.getBeansOfType(HttpRequestAuthenticationProvider.class).isEmpty(), "no /login authentication provider");
    }

    @Test
    void noSecurityModuleEndpointIsRouted() {
        List<String> routes = router.uriRoutes().map(r -> r.getUriMatchTemplate().toString()).toList();
        for (String path : List.of("/login", "/logout", "/token_info", "/keys", "/oauth/access_token")) {
            assertTrue(routes.stream().noneMatch(r -> r.equals(path)), path + " is routed: " + routes);
        }
    }

    @Test
    void healthIsTheOnlyManagementEndpoint() {
        List<String> endpoints = ctx.getBeanDefinitions(Qualifiers.byStereotype(Endpoint.class)).stream()
                .map(BeanDefinition::getBeanType).map(Class::getSimpleName).toList();
        assertEquals(List.of("HealthEndpoint"), endpoints);
        FormClient client = new FormClient(server.getURI());
        for (String path : List.of("/routes", "/threaddump", "/flyway", "/beans", "/env", "/loggers", "/info", "/refresh")) {
            assertEquals(404, client.get(path).status(), path);
        }
        assertEquals(404, client.postRaw("/refresh").status(), "nothing reloads the configuration over HTTP");
    }
}
