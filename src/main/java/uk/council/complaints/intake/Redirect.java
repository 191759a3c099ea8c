package uk.council.complaints.intake;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;

import java.net.URI;

/** "See other": how every public form page sends the browser on after a POST (and back to where it belongs). */
final class Redirect {
    private Redirect() {
    }

    static MutableHttpResponse<?> to(String path) {
        return HttpResponse.seeOther(URI.create(path));
    }
}
