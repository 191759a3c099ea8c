package uk.council.complaints.casework.action;

import jakarta.inject.Singleton;
import uk.council.complaints.casework.record.OmbudsmanCase;
import uk.council.complaints.casework.record.Pence;
import uk.council.complaints.journey.Answers;
import uk.council.complaints.journey.Field;
import uk.council.complaints.journey.FieldChecks;
import uk.council.complaints.journey.FieldError;
import uk.council.complaints.journey.FieldKind;
import uk.council.complaints.journey.FieldView;
import uk.council.complaints.staff.StaffForm;
import uk.council.complaints.triage.RoutingDirectory;
import uk.council.complaints.triage.Team;
import uk.council.complaints.web.ClockFactory;
import uk.council.complaints.web.Messages;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The questions of the Ombudsman and learning pages and their checks; dates as GOV.UK date inputs. */
@Singleton
class RecordForms {
    static final List<String> DECISIONS = List.of("not-for-us", "assessed-closed", OmbudsmanCase.INVESTIGATED);
    static final List<String> FAULTS = List.of("fault-injustice", "fault-no-injustice", "no-fault");
    private final Messages msg;
    private final RoutingDirectory routing;
    private final Clock clock;

    RecordForms(Messages msg, RoutingDirectory routing, Clock clock) {
        this.msg = msg;
        this.routing = routing;
        this.clock = clock;
    }

    List<FieldView> fields(RecordAction action, StaffForm form, Map<String, String> errors) {
        Fields f = new Fields(action, form, errors);
        return switch (action) {
            case OMBUDSMAN_ADD -> List.of(f.text("lgscoReference", FieldKind.REFERENCE, 30), f.date("receivedOn"));
            case OMBUDSMAN_DECISION -> decision(f).toList();
            case OMBUDSMAN_CORRECT -> Stream.concat(decision(f), Stream.of(f.text("reason", FieldKind.TEXTAREA, 2000))).toList();
            case RECOMMENDATION -> List.of(f.text("recommendation", FieldKind.TEXTAREA, 2000), f.date("dueOn"));
            case COMPLIED -> List.of(f.date("compliedOn"));
            case LEARNING_ADD -> List.of(f.text("action", FieldKind.TEXTAREA, 2000), f.radios("ownerTeam", teams()),
                    f.date("dueOn"));
            case LEARNING_DONE -> List.of(f.date("doneOn"));
        };
    }

    /** The decision's questions; its correction (issue 21) asks them again, answered as recorded, and why. */
    private static Stream<FieldView> decision(Fields f) {
        return Stream.of(f.date("decidedOn"), f.radios("decision", DECISIONS), f.radios("fault", FAULTS).optional(),
                f.text("remedy", FieldKind.TEXTAREA, 2000).optional(), f.text("payment", FieldKind.TEXT, 20).optional());
    }

    /** Field by field, what is wrong; empty when the answers can be acted on. */
    Map<String, String> check(RecordAction action, StaffForm form) {
        Answers answers = new Answers(form.values());
        LocalDate today = ClockFactory.today(clock);
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldView f : fields(action, form, Map.of())) {
            // Due dates are in the future; everything else has happened.
            LocalDate latest = f.name().equals("dueOn") ? LocalDate.MAX : today;
            FieldChecks.check(f.field(), answers, latest).ifPresent(e -> errors.put(f.name(), words(f, e)));
        }
        boolean decision = action == RecordAction.OMBUDSMAN_DECISION || action == RecordAction.OMBUDSMAN_CORRECT;
        if (decision && !errors.containsKey("decision")) {
            boolean investigated = form.get("decision").equals(OmbudsmanCase.INVESTIGATED);
            if (investigated && form.get("fault").isEmpty()) {
                errors.putIfAbsent("fault", msg.get("staff.record.error.fault.required"));
            } else if (!investigated && !form.get("fault").isEmpty()) {
                errors.putIfAbsent("fault", msg.get("staff.record.error.fault.notInvestigated"));
            }
        }
        if (decision && !form.get("payment").isEmpty() && Pence.parse(form.get("payment")).isEmpty()) {
            errors.putIfAbsent("payment", msg.get("staff.record.error.payment.invalid"));
        }
        return errors;
    }

    /** A date the checks have passed. */
    static LocalDate date(StaffForm form, String name) {
        return StageForms.dateOf(form, name).orElseThrow();
    }

    /** The routing directory's teams, each once, by name. */
    List<String> teams() {
        return Stream.concat(Stream.of(routing.defaultTeam(), routing.callbackTeam(), routing.stage2Team()),
                routing.serviceTeams().values().stream()).map(Team::name).distinct().sorted().toList();
    }

    private String words(FieldView f, FieldError e) {
        String key = "staff.record.error." + f.name() + "." + e.code();
        return switch (e.code()) {
            case "tooLong" -> msg.get("staff.form.error.tooLong", msg.readable(e.args()));
            case "required" -> msg.get(key);
            default -> f.kind().equals("DATE") ? msg.get("staff.record.error.date." + e.code())
                    : msg.find(key).orElseGet(() -> msg.get("staff.form.error.invalid"));
        };
    }

    /** Builds one page's fields with its answers so far and errors. */
    private final class Fields {
        private final RecordAction action;
        private final StaffForm form;
        private final Map<String, String> errors;

        Fields(RecordAction action, StaffForm form, Map<String, String> errors) {
            this.action = action;
            this.form = form;
            this.errors = errors;
        }

        FieldView text(String name, FieldKind kind, int max) {
            return new FieldView(new Field(name, kind, true, max, List.of(), "", ""), name, msg.get(key(name)),
                    msg.opt(key(name) + ".hint"), false, form.get(name), List.of(form.get(name)), "", "", "",
                    errors.get(name), "", true, List.of());
        }

        FieldView date(String name) {
            return FieldView.date(name, msg.get(key(name)), msg.get("staff.record.dateHint"), form.get(name + "-day"),
                    form.get(name + "-month"), form.get(name + "-year"), errors.get(name));
        }

        FieldView radios(String name, List<String> codes) {
            boolean teamNames = name.equals("ownerTeam");
            return FieldView.choices(name, false, msg.get(key(name)), msg.opt(key(name) + ".hint"), codes.stream().map(code ->
                    new FieldView.Option(code, teamNames ? code : msg.get("staff.record." + name + "." + code), null,
                            code.equals(form.get(name)))).toList(), errors.get(name));
        }

        /** The correction asks the decision's questions in the decision's words; its reason in its own. */
        private String key(String name) {
            boolean asked = action == RecordAction.OMBUDSMAN_CORRECT && !name.equals("reason");
            return "staff.record." + (asked ? RecordAction.OMBUDSMAN_DECISION : action).code() + "." + name;
        }
    }
}
