package uk.council.complaints.youngperson;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.views.View;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import uk.council.complaints.web.Html;

/** The young person's own way in, linked from the start page: reassurance first, then their route. */
@Controller("/young-person")
@Produces(Html.PAGE)
class YoungPersonStartController {
    /** A page of the portal's own a person may come from: a path only, no query, never a staff page. */
    private static final String OWN_PAGE = "^/(?!staff)[a-z0-9/-]*$";

    @Get
    @View("youngperson/start")
    Map<String, Object> start(HttpRequest<?> request) {
        Map<String, Object> model = new HashMap<>();
        model.put("back", cameFrom(request).orElse(null));
        return model;
    }

    /**
     * Back goes where the person came from (issue 27): the page of this site that linked here (the start page, the
     * help page...), as the browser's Referer says (same-origin only: Referrer-Policy same-origin). Arriving from
     * another site or a typed address there is no page of ours to go back to, so no Back link.
     */
    static Optional<String> cameFrom(HttpRequest<?> request) {
        Optional<String> host = request.getHeaders().get(HttpHeaders.HOST, String.class);
        return request.getHeaders().get(HttpHeaders.REFERER, String.class).flatMap(referer -> {
            try {
                URI uri = URI.create(referer);
                return Optional.ofNullable(uri.getRawPath())
                        .filter(path -> uri.getRawAuthority() != null && host.isPresent()
                                && uri.getRawAuthority().equalsIgnoreCase(host.get()))
                        .filter(path -> path.matches(OWN_PAGE) && !path.equals("/young-person"));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        });
    }
}
