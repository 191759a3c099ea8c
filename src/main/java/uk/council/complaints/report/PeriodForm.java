package uk.council.complaints.report;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import uk.council.complaints.journey.Answers;
import uk.council.complaints.journey.Field;
import uk.council.complaints.journey.FieldChecks;
import uk.council.complaints.journey.FieldError;
import uk.council.complaints.journey.FieldKind;
import uk.council.complaints.journey.FieldView;
import uk.council.complaints.web.Messages;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which period the report covers, from the page's form (a financial year, or other dates as day, month and
 * year) or from a link's {@code from} and {@code to} (ISO dates). With nothing chosen, the last complete
 * financial year. Errors are in words on the form's fields, with everything typed kept.
 */
@Singleton
class PeriodForm {
    private static final String OTHER = FinancialYears.OTHER;
    private final Messages msg;
    private final FinancialYears years;

    PeriodForm(Messages msg, FinancialYears years) {
        this.msg = msg;
        this.years = years;
    }

    record Result(@Nullable ReportPeriod period, boolean publication, List<FieldView> fields,
                  List<Map<String, String>> errors) {
    }

    Result read(Map<String, List<String>> values) {
        Answers a = new Answers(values);
        boolean publication = a.is("publication", "yes");
        Map<String, String> errors = new LinkedHashMap<>();
        ReportPeriod period = null;
        String choice = a.get("period");
        if (choice.isEmpty() && a.has("from") && a.has("to")) {
            period = iso(a.get("from"), a.get("to"));
            if (period == null) {
                errors.put("from-day", msg.get("report.period.error.link"));
            }
        } else if (choice.isEmpty()) {
            period = ReportPeriod.financialYear(years.lastComplete());
        } else if (choice.startsWith("fy-") && years.codes().contains(choice)) {
            period = ReportPeriod.financialYear(Integer.parseInt(choice.substring(3)));
        } else if (choice.equals(OTHER)) {
            period = dates(a, errors);
        } else {
            errors.put("period", msg.get("report.period.error.choose"));
        }
        if (period != null && period.isTooLong()) {
            errors.put("to-day", msg.get("report.period.error.length"));
        }
        String chosen = period == null ? choice : years.code(period);
        List<FieldView> fields = List.of(periodField(chosen, errors.get("period")),
                date("from", a, period, errors), date("to", a, period, errors),
                FieldView.choices("publication", true, msg.get("report.publication"), msg.get("report.publication.hint"),
                        List.of(new FieldView.Option("yes", msg.get("report.publication.yes"), null, publication)), null)
                        .optional());
        List<Map<String, String>> summary = new ArrayList<>();
        errors.forEach((href, text) -> summary.add(Map.of("href", "#" + href, "text", text)));
        return new Result(errors.isEmpty() ? period : null, publication, fields, summary);
    }

    private @Nullable ReportPeriod dates(Answers a, Map<String, String> errors) {
        LocalDate from = date("from", a, errors);
        LocalDate to = date("to", a, errors);
        if (from != null && to != null && to.isBefore(from)) {
            errors.put("to-day", msg.get("report.period.error.order"));
            return null;
        }
        return from == null || to == null ? null : new ReportPeriod(from, to);
    }

    private @Nullable LocalDate date(String name, Answers a, Map<String, String> errors) {
        Field field = new Field(name, FieldKind.DATE, true, 0, List.of(), "", "");
        var error = FieldChecks.check(field, a, LocalDate.MAX);
        if (error.isPresent()) {
            FieldError e = error.get();
            errors.put(e.part(), msg.get("report.period.error." + name + "." + e.code()));
            return null;
        }
        return LocalDate.of(Integer.parseInt(a.get(name + "-year")), Integer.parseInt(a.get(name + "-month")),
                Integer.parseInt(a.get(name + "-day")));
    }

    private FieldView date(String name, Answers a, @Nullable ReportPeriod period, Map<String, String> errors) {
        String error = errors.entrySet().stream().filter(e -> e.getKey().startsWith(name + "-")).map(Map.Entry::getValue)
                .findFirst().orElse(null);
        LocalDate shown = period == null || !years.code(period).equals(OTHER) ? null : name.equals("from") ? period.from() : period.to();
        String day = shown == null ? a.get(name + "-day") : String.valueOf(shown.getDayOfMonth());
        String month = shown == null ? a.get(name + "-month") : String.valueOf(shown.getMonthValue());
        String year = shown == null ? a.get(name + "-year") : String.valueOf(shown.getYear());
        return FieldView.date(name, msg.get("report.period." + name), msg.get("report.period.date.hint"), day, month, year,
                error).optional();
    }

    private FieldView periodField(String chosen, @Nullable String error) {
        List<FieldView.Option> options = new ArrayList<>();
        for (String code : years.codes()) {
            int start = Integer.parseInt(code.substring(3));
            options.add(new FieldView.Option(code, msg.get("report.period.year", String.valueOf(start),
                    String.valueOf(start + 1)), null, code.equals(chosen)));
        }
        options.add(new FieldView.Option(OTHER, msg.get("report.period.other"), msg.get("report.period.other.hint"),
                OTHER.equals(chosen)));
        return FieldView.choices("period", false, msg.get("report.period"), null, options, error);
    }

    private static @Nullable ReportPeriod iso(String from, String to) {
        try {
            LocalDate f = LocalDate.parse(from);
            LocalDate t = LocalDate.parse(to);
            return t.isBefore(f) || f.getYear() < 1900 ? null : new ReportPeriod(f, t);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** For downloads: the period of a link, or null when it is not a good one. */
    static @Nullable ReportPeriod of(@Nullable String from, @Nullable String to) {
        return from == null || to == null ? null : iso(from, to);
    }
}
