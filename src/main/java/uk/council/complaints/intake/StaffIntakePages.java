package uk.council.complaints.intake;

import jakarta.inject.Singleton;
import uk.council.complaints.cases.EnquiryKinds;
import uk.council.complaints.cases.HowReceived;
import uk.council.complaints.cases.IssueForm;
import uk.council.complaints.cases.Procedure;
import uk.council.complaints.journey.FieldView;
import uk.council.complaints.triage.CorporateServices;
import uk.council.complaints.journey.Answers;
import uk.council.complaints.journey.Children;
import uk.council.complaints.journey.Field;
import uk.council.complaints.journey.FieldChecks;
import uk.council.complaints.journey.FieldError;
import uk.council.complaints.journey.FieldKind;
import uk.council.complaints.journey.Journey;
import uk.council.complaints.journey.Options;
import uk.council.complaints.journey.Step;
import uk.council.complaints.journey.StepValidator;
import uk.council.complaints.triage.RoutingDirectory;
import uk.council.complaints.web.Messages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The two staff intake pages' models and the second page's checks (the first page's are {@link StaffIntake}'s). */
@Singleton
class StaffIntakePages {
    /** The hidden input that says how many children's sections the page shows (issue 11: several children). */
    static final String CHILD_SLOTS = "childSlots";
    /** The secondary button that shows one more child's section. */
    static final String ADD_CHILD = "addChild";
    /** Issue 21: an enquiry's kind (EnquiryKinds.CHOSEN), asked on the second page. */
    static final String ENQUIRY_KIND = "enquiryKind";
    private final StepValidator validator;
    private final Journey journey;
    private final QuestionPages questions;
    private final IssueForm issues;
    private final RoutingDirectory routing;
    private final Messages msg;
    private final CorporateServices corporate;

    StaffIntakePages(QuestionPages questions, IssueForm issues, RoutingDirectory routing, Messages msg, Journey journey,
                     CorporateServices corporate) {
        this.corporate = corporate;
        this.journey = journey;
        this.validator = journey.validator();
        this.questions = questions;
        this.issues = issues;
        this.routing = routing;
        this.msg = msg;
    }

    /** @param addChild the section ends with "Add another child" */
    /** @param intro words under the heading, or null (issue 21: the equality section's consent) */
    record Section(String heading, List<Object> fields, List<IssueForm.Row> issueRows, boolean addChild, String intro) {
        Section(String heading, List<Object> fields, List<IssueForm.Row> issueRows, boolean addChild) {
            this(heading, fields, issueRows, addChild, null);
        }

        Section(String heading, List<Object> fields, List<IssueForm.Row> issueRows) {
            this(heading, fields, issueRows, false);
        }
    }

    record Link(String href, String text) {
    }

    /** A first-page answer: shown in the summary, and carried in a hidden input. */
    record Given(String name, String value) {
    }

    Map<String, Object> firstPage(Answers a, Map<String, FieldError> errors) {
        List<FieldView> fields = List.of(
                radios("kind", StaffIntake.KINDS, k -> msg.get("staff.intake.kind." + k), a, errors),
                radios("role", Options.ROLES, r -> msg.find("staff." + Field.optionKey("role", r))
                        .orElseGet(() -> msg.get(Field.optionKey("role", r))), a, errors),
                radios("receivedVia", HowReceived.BY_STAFF, v -> msg.get(HowReceived.viaKey(v)), a, errors),
                new FieldView(StaffIntake.RECEIVED_ON, "receivedOn", msg.get("staff.intake.field.receivedOn"),
                        msg.get("staff.intake.field.receivedOn.hint"), false, "", List.of(), a.get("receivedOn-day"),
                        a.get("receivedOn-month"), a.get("receivedOn-year"), error("receivedOn", errors), "", true, List.of()));
        Map<String, Object> model = new HashMap<>();
        model.put("fields", fields);
        model.put("errors", fields.stream().filter(FieldView::hasError)
                .map(f -> new Link("#" + (f.kind().equals("DATE") ? f.id() + "-day" : f.id()), f.error())).toList());
        return model;
    }

    /** The second page; with {@code check}, its problems too, as links for the error summary in page order. */
    Map<String, Object> secondPage(Answers posted, LocalDate today, boolean check) {
        int slots = childSlots(posted);
        Answers a = Children.compact(StaffIntake.asJourneyAnswers(posted.asMap()), slots);
        String kind = a.get("kind");
        List<Section> sections = new ArrayList<>();
        List<Object> errors = new ArrayList<>();
        for (Step step : StaffIntake.steps(kind, a.get("role"))) {
            List<FieldError> found = check ? StaffWords.notSpecified(a, validator.validate(step, StaffWords.forChecks(a), today))
                    : List.of();
            List<String> shown = StaffIntake.shown(step).stream().map(Field::name).toList();
            Map<String, Object> page = questions.model(step, a,
                    found.stream().filter(e -> shown.contains(e.field())).toList());
            List<Object> fields = new ArrayList<>();
            for (Object o : (List<?>) page.get("fields")) {
                if (shown.contains(((FieldView) o).name())) {
                    fields.add(StaffWords.of(msg, (FieldView) o));
                }
            }
            errors.addAll((List<?>) page.get("errors"));
            sections.add(step == Step.EQUALITY ? StaffEquality.section(msg, a, check, fields, errors)
                    : new Section(step.singleQuestion() ? null : msg.get("step." + step.slug() + ".title"), fields, null,
                    step == Step.CHILD && slots == 1 && slots < journey.maxChildren()));
            for (int n = 2; step == Step.CHILD && n <= slots; n++) {
                sections.add(laterChild(a, n, check, today, errors, n == slots
                        && slots < journey.maxChildren()));
            }
            if (step == Step.FEEDBACK && !kind.equals("enquiry")) {
                sections.add(feedbackSection(a, check, errors));
            } else if (step == Step.FEEDBACK) {
                sections.add(enquirySection(a, check, errors));
            }
            if (step == Step.WHAT_HAPPENED) {
                Map<String, String> issueErrors = check ? issues.check(posted.asMap(), true, procedure(a)) : Map.of();
                issueErrors.forEach((id, text) -> errors.add(new Link("#" + id, text)));
                // The service is chosen on this page: both lists are offered, the case's procedure's is accepted.
                sections.add(new Section(msg.get("staff.issues.heading"), List.of(), issues.rows(posted.asMap(), issueErrors, null)));
            }
        }
        Map<String, Object> model = new HashMap<>();
        model.put("sections", sections);
        model.put("errors", errors);
        model.put("received", received(posted));
        List<Given> hidden = new ArrayList<>(StaffIntake.FIRST_PAGE.stream().map(n -> new Given(n, posted.get(n))).toList());
        hidden.add(new Given(CHILD_SLOTS, String.valueOf(slots)));
        model.put("hidden", hidden);
        model.put("changeHref", "/staff/new?" + query(posted));
        return model;
    }

    /**
     * The second page's problems as {@link #secondPage} with {@code check} finds them (the same links, in page order),
     * for many cases at once (issue 25, import): a step's questions are put into words only when it has a problem.
     */
    List<Object> problems(Answers posted, LocalDate today) {
        int slots = childSlots(posted);
        Answers a = Children.compact(StaffIntake.asJourneyAnswers(posted.asMap()), slots);
        List<Object> errors = new ArrayList<>();
        for (Step step : StaffIntake.steps(a.get("kind"), a.get("role"))) {
            List<String> shown = StaffIntake.shown(step).stream().map(Field::name).toList();
            List<FieldError> found = StaffWords.notSpecified(a, validator.validate(step, StaffWords.forChecks(a), today))
                    .stream().filter(e -> shown.contains(e.field())).toList();
            if (!found.isEmpty()) {
                errors.addAll((List<?>) questions.model(step, a, found).get("errors"));
            }
            if (step == Step.EQUALITY) {
                // Issue 21: answers without the person's consent are refused here as on the page, on the consent box.
                StaffEquality.section(msg, a, true, List.of(), errors);
            }
            for (int n = 2; step == Step.CHILD && n <= slots; n++) {
                laterChild(a, n, true, today, errors, false);
            }
            if (step == Step.FEEDBACK && !a.get("kind").equals("enquiry")) {
                feedbackSection(a, true, errors);
            }
            if (step == Step.WHAT_HAPPENED) {
                issues.check(posted.asMap(), true, procedure(a)).forEach((id, text) -> errors.add(new Link("#" + id, text)));
            }
        }
        return errors;
    }

    /** The procedure the complaint will be handled under, as triage will decide it (issue 21: its natures). */
    private Procedure procedure(Answers a) {
        return corporate.procedureOf(a.get("service"), a.get("role"));
    }

    /** How many children's sections to show: as the page said (one more after "Add another child"), within the limit. */
    int childSlots(Answers posted) {
        String said = posted.get(CHILD_SLOTS);
        int slots = said.matches("[0-9]{1,2}") ? Integer.parseInt(said) : 1;
        // Never fewer than the children entered: each one posted is checked before it is stored.
        int entered = Children.count(Children.compact(new Answers(posted.asMap()), journey.maxChildren()));
        return Math.max(entered, Math.min(slots + (posted.has(ADD_CHILD) ? 1 : 0), journey.maxChildren()));
    }

    /**
     * A later child's questions (the child page's, under the names {@link Children#key} gives): checked only when
     * something was entered, as a section left empty is no child.
     */
    private Section laterChild(Answers a, int n, boolean check, LocalDate today, List<Object> errors, boolean addChild) {
        Answers child = Children.child(a, n);
        List<FieldError> found = check && !child.asMap().isEmpty() ? validator.validate(Step.CHILD, child, today) : List.of();
        List<Object> fields = new ArrayList<>();
        for (Field f : Step.CHILD.fields()) {
            FieldError e = found.stream().filter(x -> x.field().equals(f.name())).findFirst().orElse(null);
            FieldView v = StaffWords.of(msg, questions.view(f, false, child, e));
            String id = Children.key(n, f.name());
            String part = e == null ? null : Children.key(n, e.part());
            // "Child 2: Child’s full name", as check your answers says it: a screen reader in forms mode hears each
            // field's label alone, without the section's heading, so the first child's labels must not repeat.
            fields.add(new FieldView(new Field(id, f.kind(), f.required(), f.maxLength(), f.options(), f.autocomplete(),
                    f.width()), id, msg.get("check.child", n, v.label()), v.hint(), false, v.value(), v.values(), v.day(), v.month(), v.year(),
                    v.error(), part, v.errorWholeDate(), v.options()));
            if (e != null) {
                errors.add(new Link("#" + part, v.error()));
            }
        }
        return new Section(msg.get("staff.intake.child", n), fields, null, addChild);
    }

    /** A compliment or comment: the team it is about (the routing directory) and who gave it. */
    private Section feedbackSection(Answers a, boolean check, List<Object> errors) {
        return choiceSection("staff.intake.section.feedback", a, check, errors,
                new Choice(radiosField("feedbackTeam", routing.teamNames()), t -> t),
                new Choice(radiosField("feedbackGiver", HowReceived.FEEDBACK_GIVERS), g -> msg.get(HowReceived.giverKey(g))));
    }

    /** An enquiry: which kind the report counts it as (issue 21: pre-complaint, ad hoc, Ombudsman enquiry). */
    private Section enquirySection(Answers a, boolean check, List<Object> errors) {
        return choiceSection("staff.intake.section.enquiry", a, check, errors,
                new Choice(radiosField(ENQUIRY_KIND, EnquiryKinds.CHOSEN), k -> msg.get(EnquiryKinds.labelKey(k))));
    }

    private record Choice(Field field, java.util.function.Function<String, String> words) {
    }

    /** A section of required radio questions of the staff page's own, checked as the online form checks its own. */
    private Section choiceSection(String headingKey, Answers a, boolean check, List<Object> errors, Choice... choices) {
        Map<String, FieldError> found = new LinkedHashMap<>();
        for (Choice c : choices) {
            if (check) {
                FieldChecks.check(c.field(), a).ifPresent(e -> found.put(c.field().name(), e));
            }
        }
        List<Object> fields = java.util.Arrays.stream(choices).map(c -> (Object) radios(c.field().name(), c.field().options(),
                c.words(), a, found)).toList();
        fields.stream().map(FieldView.class::cast).filter(FieldView::hasError)
                .forEach(f -> errors.add(new Link("#" + f.id(), f.error())));
        return new Section(msg.get(headingKey), fields, null);
    }

    private List<Given> received(Answers a) {
        List<Given> rows = new ArrayList<>();
        rows.add(new Given(msg.get("staff.intake.summary.kind"), msg.get("staff.intake.kind." + a.get("kind"))));
        if (StaffIntake.isComplaintOrCallback(a.get("kind"))) {
            rows.add(new Given(msg.get("staff.intake.summary.role"), msg.find("staff." + Field.optionKey("role", a.get("role")))
                    .orElseGet(() -> msg.get(Field.optionKey("role", a.get("role"))))));
        }
        rows.add(new Given(msg.get("staff.intake.summary.receivedVia"), msg.get(HowReceived.viaKey(a.get("receivedVia")))));
        rows.add(new Given(msg.get("staff.intake.summary.receivedOn"), msg.date(StaffIntake.receivedOn(a), "date")));
        return rows;
    }

    static String query(Answers a) {
        return String.join("&", StaffIntake.FIRST_PAGE.stream().filter(a::has).map(n -> n + "="
                + java.net.URLEncoder.encode(a.get(n), java.nio.charset.StandardCharsets.UTF_8)).toList());
    }

    private FieldView radios(String name, List<String> codes, java.util.function.Function<String, String> words,
                              Answers a, Map<String, FieldError> errors) {
        List<FieldView.Option> options = codes.stream().map(c -> new FieldView.Option(c, words.apply(c), null,
                c.equals(a.get(name)))).toList();
        return FieldView.choices(name, false, msg.get("staff.intake.field." + name), msg.opt("staff.intake.field." + name + ".hint"),
                options, error(name, errors));
    }

    private String error(String name, Map<String, FieldError> errors) {
        FieldError e = errors.get(name);
        return e == null ? null : msg.get("staff.intake.error." + name + "." + e.code());
    }

    static Field radiosField(String name, List<String> options) {
        return new Field(name, FieldKind.RADIOS, true, 0, options, "", "");
    }
}
