package uk.council.complaints.queue;

import jakarta.inject.Singleton;
import uk.council.complaints.cases.HowReceived;
import uk.council.complaints.cases.Natures;
import uk.council.complaints.deadline.WorkingDays;
import uk.council.complaints.staff.StaffMember;
import uk.council.complaints.triage.Flag;
import uk.council.complaints.triage.Priority;
import uk.council.complaints.triage.Queue;
import uk.council.complaints.web.Messages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Turns queue rows and filters into what the page prints: words, dates, due-date warnings, page links. */
@Singleton
class QueueView {
    /** "Due soon": within this many working days from today. */
    static final int SOON_WORKING_DAYS = 2;
    private final Messages msg;
    private final WorkingDays workingDays;
    private final Natures natures;

    QueueView(Messages msg, WorkingDays workingDays, Natures natures) {
        this.msg = msg;
        this.workingDays = workingDays;
        this.natures = natures;
    }

    record Row(String reference, String queue, String priority, String priorityColour, List<String> flags,
               String received, String due, String dueState, String dueLabel, String acknowledgement,
               String status, String assignee) {
    }

    record Option(String value, String label, boolean selected) {
    }

    record Select(String id, String label, List<Option> options) {
    }

    record PageLink(Integer number, String href, boolean current) {
    }

    Row row(QueueRow r, LocalDate today) {
        String dueState = "";
        if (r.isOpen()) {
            int left = workingDays.workingDaysBetween(today, r.due());
            dueState = r.due().isBefore(today) ? "overdue" : (left <= SOON_WORKING_DAYS ? "soon" : "");
        }
        return new Row(r.reference(), msg.get("staff.queue." + r.queue()), msg.get("staff.priority." + r.priority()),
                r.priority() == Priority.URGENT ? "red" : (r.priority() == Priority.HIGH ? "orange" : "grey"),
                r.flags().stream().map(f -> msg.get("staff.flag." + f)).toList(),
                msg.date(r.receivedOn(), "dateShort"),
                msg.date(r.due(), "dateShort"), dueState, dueState.isEmpty() ? "" : msg.get("staff.due." + dueState),
                r.acknowledgementOverdue(today) ? msg.get("staff.due.acknowledgementOverdue", msg.date(r.acknowledgeBy(), "dateShort")) : "",
                msg.get("staff.status." + r.status().code()),
                r.assigneeName() == null ? msg.get("staff.queue.unassigned") : r.assigneeName());
    }

    List<Select> selects(QueueFilter f, List<StaffMember> staff) {
        List<Select> selects = new ArrayList<>();
        selects.add(new Select("queue", msg.get("staff.filter.queue"), enumOptions(Queue.values(), "staff.queue.", f.queue())));
        selects.add(new Select("status", msg.get("staff.filter.status"), QueueFilter.STATUSES.stream()
                .map(s -> new Option(s, msg.get("staff.filter.status." + s), s.equals(f.status()))).toList()));
        selects.add(new Select("priority", msg.get("staff.filter.priority"), enumOptions(Priority.values(), "staff.priority.", f.priority())));
        selects.add(new Select("flag", msg.get("staff.filter.flag"), enumOptions(Flag.values(), "staff.flag.", f.flag())));
        List<Option> people = new ArrayList<>(List.of(new Option("", msg.get("staff.filter.any"), f.assignee().isEmpty()),
                new Option("unassigned", msg.get("staff.queue.unassigned"), f.assignee().equals("unassigned"))));
        staff.forEach(m -> people.add(new Option(String.valueOf(m.id()), m.name(), f.assignee().equals(String.valueOf(m.id())))));
        selects.add(new Select("assignee", msg.get("staff.filter.assignee"), people));
        // Issue 10: how it arrived, and the nature of its issues.
        List<Option> vias = new ArrayList<>(List.of(new Option("", msg.get("staff.filter.any"), f.via().isEmpty())));
        HowReceived.ALL.forEach(v -> vias.add(new Option(v, msg.get(HowReceived.viaKey(v)), v.equals(f.via()))));
        selects.add(new Select("via", msg.get("staff.filter.via"), vias));
        List<Option> kinds = new ArrayList<>(List.of(new Option("", msg.get("staff.filter.any"), f.nature().isEmpty())));
        natures.all().forEach(n -> kinds.add(new Option(n, msg.get(Natures.labelKey(n)), n.equals(f.nature()))));
        selects.add(new Select("nature", msg.get("staff.filter.nature"), kinds));
        selects.add(new Select("ombudsman", msg.get("staff.filter.ombudsman"), List.of(
                new Option("", msg.get("staff.filter.any"), !f.withOmbudsman()),
                new Option(QueueFilter.WITH_OMBUDSMAN, msg.get("staff.filter.ombudsman.yes"), f.withOmbudsman()))));
        selects.add(new Select("sort", msg.get("staff.filter.sort"), QueueFilter.SORTS.stream()
                .map(s -> new Option(s, msg.get("staff.filter.sort." + s), s.equals(f.sort()))).toList()));
        return selects;
    }

    /** GOV.UK pagination: first, last, the current page and its neighbours, with gaps (null) between. */
    List<PageLink> pages(QueueFilter f, long total) {
        int last = (int) Math.max(1, (total + QueueFilter.PAGE_SIZE - 1) / QueueFilter.PAGE_SIZE);
        List<PageLink> links = new ArrayList<>();
        Integer previous = null;
        for (int n = 1; n <= last; n++) {
            if (n == 1 || n == last || Math.abs(n - f.page()) <= 1) {
                if (previous != null && n - previous > 1) {
                    links.add(new PageLink(null, null, false));
                }
                links.add(new PageLink(n, "/staff/queue?" + f.onPage(n).query(), n == f.page()));
                previous = n;
            }
        }
        return links;
    }

    private <E extends Enum<E>> List<Option> enumOptions(E[] values, String prefix, E selected) {
        List<Option> options = new ArrayList<>(List.of(new Option("", msg.get("staff.filter.any"), selected == null)));
        Arrays.stream(values).forEach(v -> options.add(new Option(v.name(), msg.get(prefix + v), v == selected)));
        return options;
    }
}
