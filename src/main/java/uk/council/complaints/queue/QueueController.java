package uk.council.complaints.queue;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import uk.council.complaints.staff.StaffAccounts;
import uk.council.complaints.staff.StaffRole;
import uk.council.complaints.web.ClockFactory;
import uk.council.complaints.web.Html;
import uk.council.complaints.web.Messages;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** The triaged queue: every case, filtered, sorted by due date, a page at a time. */
@Controller("/staff/queue")
@Produces(Html.PAGE)
@Secured(StaffRole.OFFICER_ROLE)
class QueueController {
    private final QueueQuery query;
    private final QueueView view;
    private final StaffAccounts accounts;
    private final Messages msg;
    private final Clock clock;

    QueueController(QueueQuery query, QueueView view, StaffAccounts accounts, Messages msg, Clock clock) {
        this.query = query;
        this.view = view;
        this.accounts = accounts;
        this.msg = msg;
        this.clock = clock;
    }

    @Get
    HttpResponse<?> queue(HttpRequest<?> request, @Nullable @QueryValue String notice) {
        QueueFilter filter = QueueFilter.from(request.getParameters());
        QueueQuery.Page page = query.page(filter);
        LocalDate today = ClockFactory.today(clock);
        Map<String, Object> model = new HashMap<>();
        model.put("rows", page.rows().stream().map(r -> view.row(r, today)).toList());
        model.put("total", page.total());
        model.put("selects", view.selects(filter, accounts.activeMembers()));
        model.put("pages", view.pages(filter, page.total()));
        model.put("filter", filter);
        long last = Math.max(1, (page.total() + QueueFilter.PAGE_SIZE - 1) / QueueFilter.PAGE_SIZE);
        model.put("previousHref", filter.page() > 1 ? "/staff/queue?" + filter.onPage(filter.page() - 1).query() : null);
        model.put("nextHref", filter.page() < last ? "/staff/queue?" + filter.onPage(filter.page() + 1).query() : null);
        model.put("exportHref", "/staff/queue/export?" + filter.onPage(1).query());
        model.put("title", filter.page() > 1 ? msg.get("staff.queue.titlePage", filter.page(), last) : msg.get("staff.queue.title"));
        if ("password".equals(notice)) {
            model.put("notice", msg.get("staff.password.changed"));
        }
        return HttpResponse.ok(new ModelAndView<>("staff/queue", model));
    }
}
