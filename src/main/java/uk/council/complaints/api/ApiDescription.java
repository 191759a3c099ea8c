package uk.council.complaints.api;

import io.micronaut.openapi.annotation.OpenAPIExclude;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

/**
 * The OpenAPI 3 description of /api/v1, generated at compile time by micronaut-openapi from the API's controllers
 * into META-INF/swagger/complaints-portal-api-v1.yml and served at /api/v1/openapi.yml ({@link OpenApiController}).
 * Every other feature's controllers are pages, not the API: their packages are excluded here (the annotation takes
 * no wildcards, so a new package with controllers is added to the list; ApiDescriptionTest fails until it is).
 */
@OpenAPIDefinition(
        info = @Info(title = "complaints-portal-api", version = "v1",
                description = "Cases, their record and their events for the council's case-management systems."
                        + " Every error is RFC 9457 problem details (application/problem+json). Dates are ISO 8601."
                        + " Codes are those of the CSV export. A change that breaks a client is /api/v2."),
        security = @SecurityRequirement(name = "token"))
@SecurityScheme(name = "token", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "A client's token from /staff/api-clients: Authorization: Bearer portal_...")
@OpenAPIExclude(packages = {"uk.council.complaints.casework.action", "uk.council.complaints.casework.page",
        "uk.council.complaints.content", "uk.council.complaints.evidence", "uk.council.complaints.feedback",
        "uk.council.complaints.intake", "uk.council.complaints.metrics", "uk.council.complaints.queue",
        "uk.council.complaints.report", "uk.council.complaints.staff", "uk.council.complaints.web", "uk.council.complaints.webhook",
        "uk.council.complaints.youngperson"},
        classes = {ApiClientsController.class})
final class ApiDescription {
    /** Where the processor writes the description, from the title and version above. */
    static final String RESOURCE = "META-INF/swagger/complaints-portal-api-v1.yml";

    private ApiDescription() {
    }
}
