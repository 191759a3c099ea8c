package uk.council.complaints.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;

import java.util.regex.Pattern;

/** The council's colour from configuration, as a stylesheet (the CSP allows no inline styles). */
@Controller(ThemeController.PATH)
class ThemeController {
    static final String PATH = "/assets/theme.css";
    private static final Pattern HEX = Pattern.compile("^#[0-9a-fA-F]{6}$");
    private final String css;

    ThemeController(CouncilProperties council) {
        this.css = css(council);
    }

    /** Pages link to this under its fingerprinted name ({@link StaticAssets}); this path stays for old links. */
    static String css(CouncilProperties council) {
        String colour = HEX.matcher(council.getBrandColour()).matches() ? council.getBrandColour() : "#1d70b8";
        return ".govuk-header{background-color:" + colour + ";border-bottom-color:" + colour + "}"
                + ".govuk-header__container{border-bottom-color:" + colour + "}"
                + ".govuk-footer{border-top-color:" + colour + "}";
    }

    @Get(produces = "text/css")
    HttpResponse<String> theme() {
        return HttpResponse.ok(css).contentType(MediaType.of("text/css"));
    }
}
