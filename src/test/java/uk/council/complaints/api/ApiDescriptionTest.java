package uk.council.complaints.api;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The OpenAPI file served at /api/v1/openapi.yml (generated from the code at build time) against the router's own
 * routes: every /api/ route is documented, only /api/ routes are, and every documented route answers.
 */
@MicronautTest(transactional = false)
@Property(name = "portal.api.events-settle", value = "0s")
class ApiDescriptionTest {
    @Inject
    EmbeddedServer server;
    @Inject
    ApplicationContext ctx;
    @Inject
    Router router;

    @Test
    @SuppressWarnings("unchecked")
    void theDescriptionMatchesTheRoutesAndEveryDocumentedRouteAnswers() {
        ApiHttp api = new ApiHttp(server.getURI(), ctx);
        ApiHttp.Answer file = api.get("/api/v1/openapi.yml"); // no token: the description is public
        assertEquals(200, file.status(), file.body());
        Map<String, Object> doc = new Yaml().load(file.body());
        assertTrue(String.valueOf(doc.get("openapi")).startsWith("3."));
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) doc.get("paths");
        Set<String> documented = new TreeSet<>();
        paths.forEach((path, operations) -> operations.keySet().forEach(m -> documented.add(m.toUpperCase() + " " + path)));

        Set<String> routed = new TreeSet<>();
        router.uriRoutes().filter(r -> r.getUriMatchTemplate().toString().startsWith("/api/"))
                .filter(r -> !"HEAD".equals(r.getHttpMethodName())) // Micronaut adds HEAD to every GET
                .forEach(r -> routed.add(r.getHttpMethodName() + " " + r.getUriMatchTemplate().toString()));
        assertTrue(routed.size() >= 6, routed.toString());
        assertEquals(routed, documented, "every /api/ route documented, and nothing else");

        ApiCaseData data = ApiCaseData.create(ctx);
        ApiClients.Issued all = ApiHttp.client(ctx, ApiScope.values());
        for (String route : documented) {
            if (!route.startsWith("GET ")) {
                continue; // a write (the import) is answered by its own tests
            }
            String path = route.substring(4).replace("{reference}", data.stage1())
                    .replace("{fileId}", Long.toString(data.evidenceId()));
            assertEquals(200, api.get(path, all).status(), route);
        }
    }
}
