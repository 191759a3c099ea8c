package uk.council.complaints.staff;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import uk.council.complaints.deadline.DeadlineKind;
import uk.council.complaints.deadline.DeadlineProperties;
import uk.council.complaints.web.Html;
import uk.council.complaints.web.Messages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Admins: the settings in force, to check them without reading the server's files. They are changed in
 * the configuration (application.yml or environment variables) and take effect on restart, on every instance alike.
 */
@Controller("/staff/configuration")
@Produces(Html.PAGE)
@Secured(StaffRole.ADMIN_ROLE)
class ConfigurationController {
    private final DeadlineProperties deadlines;
    private final StaffProperties staff;
    private final Messages msg;

    ConfigurationController(DeadlineProperties deadlines, StaffProperties staff, Messages msg) {
        this.deadlines = deadlines;
        this.staff = staff;
        this.msg = msg;
    }

    record Row(String key, List<String> lines) {
    }

    @Get
    HttpResponse<?> show() {
        List<Row> deadlineRows = new ArrayList<>();
        for (DeadlineKind kind : DeadlineKind.values()) {
            deadlineRows.add(new Row(msg.get("staff.config.deadline." + kind), List.of(
                    msg.get("staff.config.workingDays", deadlines.workingDaysFor(kind)))));
        }
        List<Row> signInRows = List.of(
                new Row(msg.get("staff.config.idleTimeout"), List.of(msg.get("staff.config.minutes", staff.getIdleTimeout().toMinutes()))),
                new Row(msg.get("staff.config.maxSession"), List.of(msg.get("staff.config.minutes", staff.getMaxSession().toMinutes()))),
                new Row(msg.get("staff.config.lockout"), List.of(msg.get("staff.config.lockoutValue",
                        staff.getMaxFailures(), staff.getLockout().toMinutes()))),
                new Row(msg.get("staff.config.passwordMin"), List.of(String.valueOf(staff.getPasswordMinLength()))));
        return HttpResponse.ok(new ModelAndView<>("staff/configuration",
                Map.of("deadlineRows", deadlineRows, "signInRows", signInRows)));
    }
}
