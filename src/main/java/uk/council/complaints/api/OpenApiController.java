package uk.council.complaints.api;

import io.micronaut.core.io.ResourceLoader;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.micronaut.core.io.scan.ClassPathResourceLoader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The API's OpenAPI 3 description, as generated into the jar at build time ({@link ApiDescription}); for anyone. */
@Controller("/api/v1/openapi.yml")
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "description")
@ExecuteOn(TaskExecutors.BLOCKING)
class OpenApiController {
    static final String YAML = "application/yaml";
    private final ResourceLoader resources;

    OpenApiController(ClassPathResourceLoader resources) {
        this.resources = resources;
    }

    @Get(produces = YAML)
    @Operation(summary = "This description (OpenAPI 3, YAML)")
    @SecurityRequirements
    HttpResponse<byte[]> description() {
        try (InputStream in = resources.getResourceAsStream(ApiDescription.RESOURCE)
                .orElseThrow(() -> new IllegalStateException("no " + ApiDescription.RESOURCE + " in the build"))) {
            return HttpResponse.ok(in.readAllBytes()).contentType(YAML);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
