package uk.council.complaints.feedback;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import uk.council.complaints.staff.StaffRole;
import uk.council.complaints.web.Html;
import uk.council.complaints.web.Messages;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Managers: what people said about the service, counted by how easy it was, and what could be better. */
@Controller("/staff/feedback")
@Produces(Html.PAGE)
@Secured(StaffRole.MANAGER_ROLE)
class FeedbackStaffController {
    private final ServiceFeedbackRepository repository;
    private final Messages msg;

    FeedbackStaffController(ServiceFeedbackRepository repository, Messages msg) {
        this.repository = repository;
        this.msg = msg;
    }

    record Count(String ease, long count) {
    }

    record Line(String month, String journey, String ease, String better) {
    }

    @Get
    HttpResponse<?> show() {
        List<ServiceFeedback> all = repository.findTop500OrderByIdDesc();
        List<Count> counts = ServiceFeedback.EASE.stream().map(e -> new Count(ease(e),
                all.stream().filter(f -> f.ease().equals(e)).count())).toList();
        List<Line> lines = all.stream().filter(f -> f.better() != null).map(f -> new Line(msg.date(f.feedbackMonth(), "month"),
                msg.get("staff.feedback.journey." + f.journey().toLowerCase(Locale.ROOT)), ease(f.ease()), f.better()))
                .toList();
        return HttpResponse.ok(new ModelAndView<>("staff/feedback", Map.of("counts", counts, "lines", lines,
                "total", all.size())));
    }

    private String ease(String code) {
        return msg.get("field.feedbackEase.option." + code);
    }
}
