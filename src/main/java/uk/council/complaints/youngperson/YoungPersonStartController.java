package uk.council.complaints.youngperson;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.views.View;

import java.util.Map;

/** The young person's own way in, linked from the start page: reassurance first, then their route. */
@Controller("/young-person")
class YoungPersonStartController {

    @Get
    @View("youngperson/start")
    Map<String, Object> start() {
        return Map.of();
    }
}
