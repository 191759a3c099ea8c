package uk.council.complaints.content;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.views.View;
import uk.council.complaints.retention.RetentionProperties;
import uk.council.complaints.web.CouncilProperties;
import uk.council.complaints.web.Html;
import uk.council.complaints.web.Messages;

import java.util.Map;

/**
 * The information pages linked from every page's footer and from the phase banner.
 * Sentences that contain the council's name are filled in here rather than with {@code #{key(arg)}} in the
 * template: the Thymeleaf message resolver interpolates twice, which drops a straight apostrophe in an argument.
 */
@Controller
@Produces(Html.PAGE)
class ContentController {
    private final RetentionProperties retention;
    private final CouncilProperties council;
    private final Messages messages;

    ContentController(RetentionProperties retention, CouncilProperties council, Messages messages) {
        this.retention = retention;
        this.council = council;
        this.messages = messages;
    }

    @Get("/help")
    @View("content/help")
    Map<String, Object> help() {
        return Map.of();
    }

    @Get("/contact")
    @View("content/contact")
    Map<String, Object> contact() {
        return Map.of();
    }

    @Get("/accessibility")
    @View("content/accessibility")
    Map<String, Object> accessibility() {
        return Map.of(
                "statementTitle", messages.get("content.a11y.title", council.getServiceName()),
                "runBy", messages.get("content.a11y.runBy", council.getName()),
                "committed", messages.get("content.a11y.technical.body", council.getName()));
    }

    @Get("/privacy")
    @View("content/privacy")
    Map<String, Object> privacy() {
        return Map.of(
                "retentionYears", retention.getClosedCaseYears(),
                "controller", messages.get("content.privacy.controller", council.getName()));
    }

    @Get("/privacy/young-people")
    @View("content/privacy-young-people")
    Map<String, Object> privacyForYoungPeople() {
        return Map.of("retentionYears", retention.getClosedCaseYears());
    }

    @Get("/cookies")
    @View("content/cookies")
    Map<String, Object> cookies() {
        return Map.of();
    }
}
