package uk.council.complaints.metrics;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

/**
 * Metrics in Prometheus's text format, on the management port only (a route given a port is served by
 * that listener alone, which {@link ManagementListener} binds to 127.0.0.1). Nothing here is on the public port.
 */
@Controller(value = "/prometheus", port = "${portal.management.port}")
@Requires(property = "portal.management.port", notEquals = "0")
@Secured(SecurityRule.IS_ANONYMOUS)
class PrometheusController {
    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";
    private final PrometheusMeterRegistry registry;

    PrometheusController(PrometheusMeterRegistry registry) {
        this.registry = registry;
    }

    @Get(produces = CONTENT_TYPE)
    String scrape() {
        return registry.scrape();
    }
}
