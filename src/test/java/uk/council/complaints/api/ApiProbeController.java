package uk.council.complaints.api;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;

import java.util.Map;

/**
 * Only in the token tests' contexts (not a route of the product): a route under /api/ that needs a scope no read
 * endpoint uses, as another feature's controller declares it.
 */
@Requires(property = "portal.api.test-probe", value = "true")
@Controller("/api/v1/probe")
@Secured(ApiScope.CASES_IMPORT)
class ApiProbeController {
    @Get
    Map<String, Object> probe(Authentication authentication) {
        ApiCaller caller = ApiCaller.of(authentication);
        return Map.of("clientId", caller.clientId(), "name", caller.name());
    }
}
