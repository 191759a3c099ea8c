package uk.council.complaints.queue;

import uk.council.complaints.cases.CaseStatus;
import uk.council.complaints.cases.HowReceived;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpParameters;
import uk.council.complaints.triage.Flag;
import uk.council.complaints.triage.Priority;
import uk.council.complaints.triage.Queue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The queue's filters, read from the query string. Anything not on the lists is ignored rather than
 * refused, so an old bookmark still opens the queue.
 *
 * @param assignee "" for anyone, {@code unassigned}, or a staff member's id
 * @param via      "" for any, or a method of receipt (issue 10)
 * @param nature   "" for any, or a nature code: cases with an issue of that nature (issue 10)
 * @param withOmbudsman only complaints the Ombudsman (LGSCO) has a case about
 */
record QueueFilter(@Nullable Queue queue, String status, @Nullable Priority priority, @Nullable Flag flag,
                   String assignee, String sort, int page, String via, String nature,
                   boolean withOmbudsman) {
    /** Issue 10: open cases whose clock is stopped for proceedings. */
    static final String PAUSED = "paused";
    /** "open", each status, "paused" and "all": the choices of the status filter. */
    static final List<String> STATUSES = Stream.of(Stream.of("open"),
            Arrays.stream(CaseStatus.values()).map(CaseStatus::code), Stream.of(PAUSED, "all")).flatMap(s -> s).toList();
    static final List<String> SORTS = List.of("due", "due-latest", "received-newest", "received-oldest");
    static final int PAGE_SIZE = 25;
    /** The "with an Ombudsman case" filter's value (issue 10). */
    static final String WITH_OMBUDSMAN = "yes";

    static QueueFilter from(HttpParameters p) {
        return new QueueFilter(
                pick(Queue.values(), p.get("queue")), oneOf(STATUSES, p.get("status"), "open"),
                pick(Priority.values(), p.get("priority")), pick(Flag.values(), p.get("flag")),
                assignee(p.get("assignee")), oneOf(SORTS, p.get("sort"), "due"), page(p.get("page")),
                oneOf(HowReceived.ALL, p.get("via"), ""), nature(p.get("nature")),
                WITH_OMBUDSMAN.equals(p.get("ombudsman")));

    }

    /** The statuses this filter shows, as stored. */
    List<String> storedStatuses() {
        return switch (status) {
            case "open", PAUSED -> CaseStatus.open().stream().map(CaseStatus::code).toList();
            case "all" -> List.of();
            default -> List.of(status);
        };
    }

    QueueFilter onPage(int number) {
        return new QueueFilter(queue, status, priority, flag, assignee, sort, number, via, nature, withOmbudsman);
    }

    /** The query string that gives this filter (page included when not the first). */
    String query() {
        Map<String, String> values = new LinkedHashMap<>();
        if (queue != null) values.put("queue", queue.name());
        values.put("status", status);
        if (priority != null) values.put("priority", priority.name());
        if (flag != null) values.put("flag", flag.name());
        if (!assignee.isEmpty()) values.put("assignee", assignee);
        if (!via.isEmpty()) values.put("via", via);
        if (!nature.isEmpty()) values.put("nature", nature);
        values.put("sort", sort);
        if (page > 1) values.put("page", String.valueOf(page));
        if (withOmbudsman) values.put("ombudsman", WITH_OMBUDSMAN);
        return values.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static <E extends Enum<E>> E pick(E[] values, @Nullable String name) {
        return name == null ? null : Arrays.stream(values).filter(v -> v.name().equals(name)).findFirst().orElse(null);
    }

    private static String oneOf(List<String> allowed, @Nullable String value, String otherwise) {
        return value != null && allowed.contains(value) ? value : otherwise;
    }

    private static String assignee(@Nullable String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return value.equals("unassigned") || value.matches("\\d{1,12}") ? value : "";
    }

    // A code in the shape of portal.natures; one not configured matches no case.
    private static String nature(@Nullable String value) {
        return value != null && value.matches("[a-z][a-z0-9-]{0,29}") ? value : "";
    }

    private static int page(@Nullable String value) {
        if (value == null || !value.matches("\\d{1,6}")) {
            return 1;
        }
        return Math.max(1, Integer.parseInt(value));
    }
}
