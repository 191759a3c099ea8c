package uk.council.complaints.intake;

import jakarta.inject.Singleton;
import uk.council.complaints.journey.Answers;
import uk.council.complaints.journey.Field;
import uk.council.complaints.journey.FieldError;
import uk.council.complaints.journey.FieldKind;
import uk.council.complaints.journey.FieldView;
import uk.council.complaints.journey.Step;
import uk.council.complaints.web.Messages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns a step, the answers and any errors into what a question page template needs. */
@Singleton
public class QuestionPages {
    /**
     * Pages whose fields together answer one question: one fieldset, and a "give at least one" error
     * ({@link #WHOLE_QUESTION}) belongs to it, linked from the summary to its first field (issue 27).
     */
    private static final Set<Step> ONE_QUESTION = Set.of(Step.YP_CONTACT_ME);
    private static final String WHOLE_QUESTION = "atLeastOne";
    private final Messages msg;

    QuestionPages(Messages msg) {
        this.msg = msg;
    }

    Map<String, Object> model(Step step, Answers answers, List<FieldError> errors) {
        boolean grouped = ONE_QUESTION.contains(step);
        List<FieldError> onFields = grouped ? errors.stream().filter(e -> !e.code().equals(WHOLE_QUESTION)).toList()
                : errors;
        List<FieldView> fields = new ArrayList<>();
        for (Field f : step.fields()) {
            if (f.shownUnder() == null) {
                fields.add(view(f, step.singleQuestion(), answers, onFields, step.fields()));
            }
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("step", step);
        model.put("fields", fields);
        String heading = step.singleQuestion() ? fields.get(0).label() : msg.get("step." + step.slug() + ".title");
        model.put("heading", heading);
        String intro = msg.opt("step." + step.slug() + ".intro");
        model.put("intro", intro);
        model.put("group", grouped ? new QuestionGroup(step.slug(), heading, intro, errors.stream()
                .filter(e -> e.code().equals(WHOLE_QUESTION)).findFirst().map(e -> text(e, answers)).orElse(null)) : null);
        model.put("safety", safety(step));
        model.put("errors", errors.stream().map(e -> new ErrorLink("#" + e.part(), text(e, answers))).toList());
        return model;
    }

    /**
     * A question's safety message ("call 999"), shown above it as GOV.UK warning text at full contrast, never as a
     * grey hint (issue 27); null on the pages that have none.
     */
    private String safety(Step step) {
        return step.fields().stream().map(f -> msg.opt("field." + f.name() + ".warning"))
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    /** The error summary's links: also for pages outside the journey (save and return, feedback). */
    public List<ErrorLink> errorLinks(List<FieldError> errors) {
        return errors.stream().map(e -> new ErrorLink("#" + e.part(), text(e, Answers.empty()))).toList();
    }

    /** One question ready for views/components/field.html. */
    public FieldView view(Field f, boolean pageHeading, Answers a, FieldError error) {
        return view(f, pageHeading, a, error == null ? List.of() : List.of(error), List.of());
    }

    /** With the follow-up questions among {@code onThePage} that are revealed under its options. */
    private FieldView view(Field f, boolean pageHeading, Answers a, List<FieldError> errors, List<Field> onThePage) {
        String base = "field." + f.name();
        List<String> values = a.all(f.name());
        FieldError error = errors.stream().filter(e -> e.field().equals(f.name())).findFirst().orElse(null);
        List<FieldView.Option> options = f.options().stream()
                .map(o -> new FieldView.Option(o, msg.get(words(Field.optionKey(f.name(), o), a)),
                        msg.opt(words(Field.optionKey(f.name(), o) + ".hint", a)), values.contains(o),
                        onThePage.stream().filter(r -> r.revealedUnder(f.name(), o))
                                .map(r -> view(r, false, a, errors, onThePage)).toList()))
                .toList();
        boolean isDate = f.kind() == FieldKind.DATE;
        return new FieldView(f, f.name(), msg.get(words(base + ".label", a)), msg.opt(words(base + ".hint", a)),
                pageHeading,
                a.get(f.name()), values,
                isDate ? a.get(f.name() + "-day") : "", isDate ? a.get(f.name() + "-month") : "",
                isDate ? a.get(f.name() + "-year") : "",
                error == null ? null : text(error, a), error == null ? null : error.part(),
                error != null && !error.code().startsWith("missing"), options);
    }

    /** An error's words; for several children, those that say "the children" (issue 27). */
    private String text(FieldError e, Answers a) {
        return msg.get(words(e.messageKey(), a), msg.readable(e.args()));
    }

    private String words(String key, Answers a) {
        return ChildWords.key(msg, key, a);
    }

    public record ErrorLink(String href, String text) {
    }
}
