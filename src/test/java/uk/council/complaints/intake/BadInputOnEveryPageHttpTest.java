package uk.council.complaints.intake;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import uk.council.complaints.journey.Answers;
import uk.council.complaints.journey.Children;
import uk.council.complaints.journey.Field;
import uk.council.complaints.journey.FieldKind;
import uk.council.complaints.journey.Journey;
import uk.council.complaints.journey.Step;
import uk.council.complaints.journey.StepValidator;
import uk.council.complaints.support.BadInput;
import uk.council.complaints.support.FormClient;
import uk.council.complaints.web.Messages;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Bad input on every question page, generated from the journey definition (every {@link Step} on every route of
 * {@link JourneyScenarios}, every {@link Field} of the step), so a new page or question is covered without a line
 * here: an option not on the list, an answer one character too long, a 100,000-character paste, and markup with a
 * control character. Each must give the same page back (400 or 422, "Error:" title, error summary, the inline error
 * on that question) with every other answer on the page kept, and a long text kept in its box to be shortened.
 */
@MicronautTest(transactional = false)
// A scanner configured (never asked: no file is posted here), so the evidence page is on the path and covered too.
@io.micronaut.context.annotation.Property(name = "portal.evidence.clamd.host", value = "127.0.0.1")
class BadInputOnEveryPageHttpTest {
    static final String PASTE = BadInput.PASTE;
    static final String MARKUP = BadInput.MARKUP;
    static final String OFF_LIST = BadInput.OFF_LIST;

    @Inject
    EmbeddedServer server;
    @Inject
    Messages msg;

    private final Journey journey = new Journey(new StepValidator(), true);

    /** One wrong post: which field it spoils, how, and the message expected (null: any message on that field). */
    private record Bad(Field field, String what, UnaryOperator<List<String[]>> spoil, String message, String kept) {
    }

    @Test
    void everyQuestionPageAnswersBadInputWithItselfItsErrorsAndEveryOtherAnswer() {
        List<String> failures = new ArrayList<>();
        Set<Step> tested = EnumSet.noneOf(Step.class);
        for (Answers scenario : JourneyScenarios.all()) {
            FormClient client = new FormClient(server.getURI());
            for (Step step : journey.path(scenario)) {
                List<String[]> answers = pairs(step, scenario);
                if (tested.add(step)) {
                    for (Bad bad : badPosts(step)) {
                        check(client, "/form/" + step.slug(), step, answers, bad, failures);
                    }
                    if (step == Step.CHILDREN) {
                        laterChildPage(client, scenario, failures);
                    }
                }
                FormClient.Page ok = client.post("/form/" + step.slug(), flat(answers));
                if (ok.status() != 303) {
                    failures.add(step.slug() + ": the scenario's own answers were not accepted: " + ok.status() + " "
                            + ok.html().select(".govuk-error-summary").text());
                    break;
                }
            }
        }
        assertEquals(EnumSet.allOf(Step.class), tested, "every page is reached by JourneyScenarios");
        assertEquals(List.of(), failures);
    }

    private List<Bad> badPosts(Step step) {
        List<Bad> bad = new ArrayList<>();
        for (Field f : step.fields()) {
            switch (f.kind()) {
                case RADIOS -> {
                    bad.add(new Bad(f, "an option not on the list", a -> replace(a, f.name(), OFF_LIST), invalid(f), null));
                    bad.add(new Bad(f, "markup as an option", a -> replace(a, f.name(), MARKUP), invalid(f), null));
                }
                case CHECKBOXES -> {
                    bad.add(new Bad(f, "an option not on the list", a -> add(a, f.name(), OFF_LIST), invalid(f), null));
                    bad.add(new Bad(f, "markup as an option", a -> replace(a, f.name(), MARKUP), invalid(f), null));
                }
                case DATE -> {
                    bad.add(new Bad(f, "markup in the day", a -> replace(a, f.name() + "-day", MARKUP), null, null));
                    bad.add(new Bad(f, "a paste in the year", a -> replace(a, f.name() + "-year", "2".repeat(100_000)),
                            null, null));
                }
                default -> {
                    String tooLong = filler(f, f.maxLength() + 1);
                    bad.add(new Bad(f, "one character too many", a -> replace(a, f.name(), tooLong),
                            tooLong(f, f.maxLength() + 1), tooLong));
                    String paste = f.kind() == FieldKind.NUMBER ? "1".repeat(100_000) : PASTE;
                    bad.add(new Bad(f, "a 100,000-character paste", a -> replace(a, f.name(), paste),
                            tooLong(f, 100_000), paste));
                    bad.add(new Bad(f, "markup and a control character", a -> replace(a, f.name(), MARKUP), null, null));
                }
            }
        }
        return bad;
    }

    /**
     * Several children (docs/adr/0017-several-children.md): the second child's page is the child page under another
     * address, and gets the same bad input.
     */
    private void laterChildPage(FormClient client, Answers scenario, List<String> failures) {
        String page = "/form/" + Step.CHILD.slug() + "?child=2";
        FormClient.Page yes = client.post("/form/" + Step.CHILDREN.slug(), Children.ADD_ANOTHER, "yes");
        if (!page.equals(yes.location())) {
            failures.add("add another child: sent to " + yes.location());
            return;
        }
        for (Bad bad : badPosts(Step.CHILD)) {
            check(client, page, Step.CHILD, pairs(Step.CHILD, scenario), bad, failures);
        }
    }

    private void check(FormClient client, String path, Step step, List<String[]> answers, Bad bad,
                       List<String> failures) {
        String where = path + ", " + bad.field().name() + ", " + bad.what() + ": ";
        FormClient.Page page = client.post(path, flat(bad.spoil().apply(answers)));
        // The exact address, so that the second child's page is not taken for the first child's.
        if (BadInput.sameFormBack(page, "form[action=\"" + path + "\"]", where, failures) == null) {
            return;
        }
        Document html = page.html();
        Element inline = html.selectFirst("#" + bad.field().name() + "-error");
        if (html.selectFirst(".govuk-error-summary") == null || inline == null) {
            failures.add(where + "no error summary or no inline error on the question: "
                    + html.select(".govuk-error-summary").text());
            return;
        }
        if (bad.message() != null && !inline.text().endsWith(bad.message())) {
            failures.add(where + "message '" + inline.text() + "', expected '" + bad.message() + "'");
        }
        if (html.select(".govuk-error-summary__list a").stream().map(Element::text).noneMatch(inline.text()::endsWith)) {
            failures.add(where + "the summary does not name the problem: " + html.select(".govuk-error-summary").text());
        }
        if (!html.select("form b, form script").isEmpty()) {
            failures.add(where + "markup from the answer is in the page");
        }
        for (Field other : step.fields()) {
            if (!other.equals(bad.field())) {
                for (String name : other.postedNames()) {
                    List<String> expected = values(answers, name);
                    List<String> shown = shown(html, other, name);
                    if (!expected.equals(shown)) {
                        failures.add(where + "the answer to " + name + " was not kept: " + shown + ", was " + expected);
                    }
                }
            }
        }
        if (bad.kept() != null && !List.of(bad.kept()).equals(shown(html, bad.field(), bad.field().name()))) {
            failures.add(where + "the long text is not kept in its box to be shortened");
        }
    }

    /** What the page shows as the answer to one posted name: the value in the box, or the options ticked. */
    private static List<String> shown(Document html, Field f, String name) {
        return switch (f.kind()) {
            case RADIOS, CHECKBOXES -> html.select("input[name=" + name + "][checked]").eachAttr("value");
            case TEXTAREA -> html.select("textarea[name=" + name + "]").stream().map(e -> e.wholeText().strip()).toList();
            default -> html.select("input[name=" + name + "]").eachAttr("value").stream().map(String::strip).toList();
        };
    }

    private String invalid(Field f) {
        return msg.get("error." + f.name() + ".invalid");
    }

    private String tooLong(Field f, int length) {
        return msg.get("error." + f.name() + ".tooLong", msg.readable(f.maxLength(), length));
    }

    /** A valid-looking answer of this many characters, so only its length is wrong. */
    private static String filler(Field f, int length) {
        return switch (f.kind()) {
            case NUMBER, PHONE -> "1".repeat(length);
            case EMAIL -> "a".repeat(length - "@example.org".length()) + "@example.org";
            case REFERENCE -> "A".repeat(length);
            default -> paste(length);
        };
    }

    static String paste(int length) {
        return BadInput.paste(length);
    }

    private static List<String[]> pairs(Step step, Answers scenario) {
        List<String[]> pairs = new ArrayList<>();
        for (String name : step.fieldNames()) {
            scenario.all(name).forEach(v -> pairs.add(new String[] {name, v}));
        }
        return pairs;
    }

    private static List<String[]> replace(List<String[]> pairs, String name, String value) {
        return BadInput.replace(pairs, name, value);
    }

    private static List<String[]> add(List<String[]> pairs, String name, String value) {
        List<String[]> out = new ArrayList<>(pairs);
        out.add(new String[] {name, value});
        return out;
    }

    private static List<String> values(List<String[]> pairs, String name) {
        return BadInput.values(pairs, name);
    }

    private static String[] flat(List<String[]> pairs) {
        return pairs.stream().flatMap(p -> java.util.stream.Stream.of(p[0], p[1])).toArray(String[]::new);
    }
}
