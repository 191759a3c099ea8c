package uk.council.complaints.staff;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import uk.council.complaints.support.BadInput;
import uk.council.complaints.support.FormClient;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.council.complaints.support.BadInput.MARKUP;
import static uk.council.complaints.support.BadInput.OFF_LIST;
import static uk.council.complaints.support.BadInput.PASTE;
import static uk.council.complaints.support.BadInput.replace;
import static uk.council.complaints.support.BadInput.values;

/**
 * The staff bad-input tests' machinery: reads each form as its page renders it and, for every field, posts an option
 * not on the list, an answer one character over its limit, a 100,000-character paste, markup with a control
 * character. Each must give the same form back (400 or 422, "Error:" title, error summary, no markup from the answer
 * in the page) with every other answer kept (passwords excepted: they are never shown again), and never a 5xx.
 */
final class StaffFormProbe {
    private StaffFormProbe() {
    }

    /** One staff form: the page that shows it, the form's action, and a valid answer to every question. */
    record Target(FormClient client, String page, String action, List<String> valid) {
        /** A form that posts to its own page; the answers as {@link StaffFixtures#answers}. */
        Target(FormClient client, String path, Object... valid) {
            this(client, path, path, List.of(StaffFixtures.answers(valid)));
        }
    }

    /**
     * One question of a form as its page renders it; a follow-up revealed under an option (a conditional reveal)
     * needs that option chosen, or it is not asked.
     */
    private record Question(String name, String kind, List<String> options, int maxLength, String[] underOption) {
    }

    /** Posts every bad answer to every question of every target; fails with every problem found. */
    static void probe(List<Target> targets, int atLeast) {
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (Target target : targets) {
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
            int before = checked;
            for (Question q : questions) {
                for (Map.Entry<String, String> bad : badAnswers(q).entrySet()) {
                    check(target, q, bad.getKey(), bad.getValue(), failures);
                    checked++;
                }
            }
            System.out.println("Bad answers posted to " + target.action() + ": " + (checked - before));
        }
        System.out.println("Bad answers posted in all: " + checked);
        assertEquals(List.of(), failures);
        assertTrue(checked >= atLeast, "bad answers posted: " + checked);
    }

    static void done(FormClient.Page page) {
        assertEquals(303, page.status(), () -> page.html().select("h1, .govuk-error-summary").text());
    }

    /** The link with this text on the page. */
    static String link(FormClient client, String page, String text) {
        return client.get(page).html().select("a").stream().filter(a -> a.text().startsWith(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no link '" + text + "' on " + page)).attr("href");
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

    private static void check(Target target, Question q, String what, String value, List<String> failures) {
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
            if (!other.name().equals(q.name()) && !other.name().toLowerCase().contains("password") && !expected.isEmpty()
                    && !expected.equals(shown(form, other))) {
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
}
