package uk.council.complaints.staff;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import uk.council.complaints.intake.StaffIntakeHttpTest;
import uk.council.complaints.support.BadInput;
import uk.council.complaints.support.FormClient;

import static uk.council.complaints.support.BadInput.MARKUP;
import static uk.council.complaints.support.BadInput.OFF_LIST;
import static uk.council.complaints.support.BadInput.PASTE;
import static uk.council.complaints.support.BadInput.replace;
import static uk.council.complaints.support.BadInput.values;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bad input on the staff forms (intake, issues, case actions, Ombudsman, learning, report narrative), generated from
 * each form as the page renders it, so a new question on a form is covered without a line here. For every field of
 * the form: an option not on the list, an answer one character over its limit, a 100,000-character paste, markup with
 * a control character. Each must give the same form back (400 or 422, "Error:" title, error summary, no markup from
 * the answer in the page) with every other answer kept, and never a 5xx.
 */
@MicronautTest(transactional = false)
class StaffBadInputHttpTest {
    @Inject
    EmbeddedServer server;
    @Inject
    ApplicationContext ctx;

    /** One staff form: the page that shows it, the form's action, and a valid answer to every question. */
    private record Target(FormClient client, String page, String action, List<String> valid) {
    }

    /**
     * One question of a form as its page renders it; a follow-up revealed under an option (a conditional reveal)
     * needs that option chosen, or it is not asked.
     */
    private record Question(String name, String kind, List<String> options, int maxLength, String[] underOption) {
    }

    @Test
    void everyStaffFormAnswersBadInputWithItselfItsErrorsAndEveryOtherAnswer() {
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (Target target : targets()) {
            Document page = target.client().get(target.page()).html();
            Element form = page.selectFirst("form[action=" + target.action() + "]");
            if (form == null) {
                failures.add(target.page() + ": no form posting to " + target.action());
                continue;
            }
            List<Question> questions = questions(form);
            if (questions.isEmpty()) {
                failures.add(target.action() + ": no questions found");
            }
            for (Question q : questions) {
                for (Map.Entry<String, String> bad : badAnswers(q).entrySet()) {
                    check(target, q, bad.getKey(), bad.getValue(), failures);
                    checked++;
                }
            }
        }
        assertTrue(checked > 100, "bad answers posted: " + checked);
        assertEquals(List.of(), failures);
    }

    private List<Target> targets() {
        FormClient officer = StaffFixtures.signedIn(ctx, server.getURI(), StaffRole.OFFICER);
        FormClient manager = StaffFixtures.signedIn(ctx, server.getURI(), StaffRole.MANAGER);
        String c = "/staff/cases/" + StaffFixtures.complaint(ctx);
        String call = "/staff/cases/" + StaffFixtures.callback(ctx);
        LocalDate today = LocalDate.now(ctx.getBean(java.time.Clock.class).withZone(java.time.ZoneId.of("Europe/London")));
        String team = officer.get(c + "/learning/add").html().selectFirst("input[name=ownerTeam]").val();
        String nature = officer.get(c + "/issues").html().select("select[name=issue-1-nature] option").stream()
                .map(o -> o.val()).filter(v -> !v.isEmpty()).findFirst().orElseThrow();
        List<String> intakeFirst = StaffIntakeHttpTest.first("complaint", "parent", "phone", today);
        officer.get("/staff/new");
        String details = officer.post("/staff/new", intakeFirst.toArray(String[]::new)).location();
        List<String> intake = new ArrayList<>(intakeFirst);
        intake.addAll(StaffIntakeHttpTest.complaint("alex@example.org"));
        intake.addAll(List.of("issue-1-nature", nature, "issue-1-summary", "Visits stopped"));
        String[] period = {"from", "2019-04-01", "to", "2020-03-31"};
        // Forms offered only later in a case's life: a closed complaint (escalate), a call made (convert), an
        // Ombudsman case added (its decision).
        String closed = "/staff/cases/" + StaffFixtures.complaint(ctx);
        done(officer.post(closed + "/response", "methods", "phone-call", "finding", "upheld", "outcomes",
                "apology-and-explanation"));
        done(officer.post(closed + "/close"));
        String called = "/staff/cases/" + StaffFixtures.callback(ctx);
        done(officer.post(called + "/call", "outcome", "They still want to complain."));
        String lgsco = "/staff/cases/" + StaffFixtures.complaint(ctx);
        LocalDate received = today.minusDays(10);
        done(officer.post(lgsco + "/ombudsman/add", "lgscoReference", "24 001 234", "receivedOn-day", day(received),
                "receivedOn-month", month(received), "receivedOn-year", year(received)));
        String decision = officer.get(lgsco).html().select("a").stream()
                .filter(link -> link.text().equals("Record the Ombudsman’s decision")).findFirst().orElseThrow().attr("href");
        List<Target> later = List.of(
                new Target(officer, closed + "/escalate", closed + "/escalate", List.of("reason", "outcomes-not-met",
                        "wantNow", "An independent investigation.")),
                new Target(officer, called + "/convert", called + "/convert", List.of("service", "fostering",
                        "whatHappened", "They still want to complain.", "outcomesSought", "meeting")),
                new Target(officer, decision, decision, List.of("decidedOn-day", day(today), "decidedOn-month",
                        month(today), "decidedOn-year", year(today), "decision", "investigated", "fault", "fault-injustice",
                        "remedy", "Apologise.", "payment", "£1,250.50")));
        List<Target> targets = new ArrayList<>(later);
        targets.addAll(List.of(
                new Target(officer, details, "/staff/new/details", intake),
                new Target(officer, c + "/issues", c + "/issues", List.of("issue-1-nature", nature,
                        "issue-1-summary", "Visits stopped")),
                new Target(officer, c + "/note", c + "/note", List.of("text", "Rang the parent.")),
                new Target(officer, c + "/extend", c + "/extend", List.of("reason", "Waiting for the records.")),
                new Target(officer, c + "/refuse", c + "/refuse", List.of("reason", "out-of-time",
                        "details", "Over a year late.")),
                new Target(officer, c + "/response", c + "/response", List.of("methods", "phone-call",
                        "finding", "upheld", "outcomes", "apology-and-explanation")),
                new Target(manager, c + "/retriage", c + "/retriage", List.of("queue", "CORPORATE",
                        "priority", "HIGH", "reason", "About school transport.")),
                new Target(manager, c + "/assign", c + "/assign", List.of("assignee", "none")),
                new Target(officer, call + "/call", call + "/call", List.of("outcome", "Talked it through.")),
                new Target(officer, c + "/ombudsman/add", c + "/ombudsman/add", List.of("lgscoReference", "24 001 234",
                        "receivedOn-day", day(today), "receivedOn-month", month(today), "receivedOn-year", year(today))),
                new Target(officer, c + "/learning/add", c + "/learning/add", List.of("action", "Train the team.",
                        "ownerTeam", team, "dueOn-day", day(today.plusDays(30)), "dueOn-month", month(today.plusDays(30)),
                        "dueOn-year", year(today.plusDays(30)))),
                new Target(manager, "/staff/reports?from=2019-04-01&to=2020-03-31", "/staff/reports/narrative",
                        List.of(period[0], period[1], period[2], period[3], "effectiveness", "Most were answered in time.",
                                "learning", "Training.", "advocacy", "More referrals."))));
        return targets;
    }

    private static void done(FormClient.Page page) {
        assertEquals(303, page.status(), () -> page.html().select("h1, .govuk-error-summary").text());
    }

    /** The questions of the form, from its inputs: hidden inputs (the token, answers carried over) are not asked. */
    private static List<Question> questions(Element form) {
        Map<String, Question> found = new LinkedHashMap<>();
        for (Element e : form.select("input, textarea, select")) {
            String type = e.tagName().equals("input") ? e.attr("type") : e.tagName();
            String name = e.attr("name");
            if (name.isEmpty() || List.of("hidden", "submit", "button").contains(type)) {
                continue;
            }
            Element counted = e.closest("[data-maxlength]");
            int max = counted == null ? 0 : Integer.parseInt(counted.attr("data-maxlength"));
            Question before = found.get(name);
            List<String> options = new ArrayList<>(before == null ? List.of() : before.options());
            if (type.equals("radio") || type.equals("checkbox")) {
                options.add(e.val());
            } else if (type.equals("select")) {
                options.addAll(e.select("option").eachAttr("value"));
            }
            Element conditional = e.closest(".govuk-radios__conditional, .govuk-checkboxes__conditional");
            Element option = conditional == null ? null
                    : form.selectFirst("input[data-aria-controls=" + conditional.id() + "]");
            String[] under = option == null ? null : new String[] {option.attr("name"), option.val(), option.attr("type")};
            found.put(name, new Question(name, type, options, max, under));
        }
        return List.copyOf(found.values());
    }

    private static Map<String, String> badAnswers(Question q) {
        Map<String, String> bad = new LinkedHashMap<>();
        if (!q.options().isEmpty()) {
            bad.put("an option not on the list", OFF_LIST);
            bad.put("markup as an option", MARKUP);
            return bad;
        }
        if (q.maxLength() > 0) {
            bad.put("one character over its limit", "x".repeat(q.maxLength() + 1));
        }
        bad.put("a 100,000-character paste", PASTE);
        bad.put("markup and a control character", MARKUP);
        return bad;
    }

    private void check(Target target, Question q, String what, String value, List<String> failures) {
        String where = target.action() + ", " + q.name() + ", " + what + ": ";
        List<String[]> pairs = replace(pairs(target.valid()), q.name(), value);
        String[] under = q.underOption();
        if (under != null && !values(pairs, under[0]).contains(under[1])) {
            if (under[2].equals("radio")) {
                pairs = replace(pairs, under[0], under[1]);
            } else {
                pairs.add(new String[] {under[0], under[1]});
            }
        }
        FormClient.Page page = post(target, pairs);
        Element form = BadInput.sameFormBack(page, "form[action=" + target.action() + "]", where, failures);
        if (form == null) {
            return;
        }
        Document html = page.html();
        if (html.selectFirst(".govuk-error-summary") == null) {
            failures.add(where + "no error summary");
        }
        if (!html.select("main b, main script").isEmpty()) {
            failures.add(where + "markup from the answer is in the page");
        }
        for (Question other : questions(form)) {
            List<String> expected = values(pairs, other.name());
            if (!other.name().equals(q.name()) && !expected.isEmpty() && !expected.equals(shown(form, other))) {
                failures.add(where + "the answer to " + other.name() + " was not kept: " + shown(form, other)
                        + ", was " + expected);
            }
        }
    }

    /** Posts the pairs with the form's token, as the page's button would. */
    private static FormClient.Page post(Target target, List<String[]> pairs) {
        FormClient client = target.client();
        client.get(target.page());
        List<String> all = new ArrayList<>(List.of("csrfToken", client.csrfToken()));
        pairs.forEach(p -> all.addAll(List.of(p[0], p[1])));
        return client.postRaw(target.action(), all.toArray(String[]::new));
    }

    private static List<String> shown(Element form, Question q) {
        return switch (q.kind()) {
            case "radio", "checkbox" -> form.select("input[name=" + q.name() + "][checked]").eachAttr("value");
            case "select" -> form.select("select[name=" + q.name() + "] option[selected]").eachAttr("value");
            case "textarea" -> form.select("textarea[name=" + q.name() + "]").stream().map(e -> e.wholeText().strip()).toList();
            default -> form.select("input[name=" + q.name() + "]").eachAttr("value").stream().map(String::strip).toList();
        };
    }

    private static List<String[]> pairs(List<String> flat) {
        List<String[]> pairs = new ArrayList<>();
        for (int i = 0; i < flat.size(); i += 2) {
            pairs.add(new String[] {flat.get(i), flat.get(i + 1)});
        }
        return pairs;
    }

    private static String day(LocalDate d) {
        return String.valueOf(d.getDayOfMonth());
    }

    private static String month(LocalDate d) {
        return String.valueOf(d.getMonthValue());
    }

    private static String year(LocalDate d) {
        return String.valueOf(d.getYear());
    }

}
