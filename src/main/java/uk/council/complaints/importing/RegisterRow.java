package uk.council.complaints.importing;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** One row of a register: its number as a spreadsheet shows it (the header is row 1), and its cells by column. */
record RegisterRow(int number, Map<String, String> cells) {

    String get(String column) {
        String v = cells.get(column);
        return v == null ? "" : v.strip();
    }

    boolean has(String column) {
        return !get(column).isEmpty();
    }

    /** A list cell's values, without empty ones. */
    List<String> list(String column) {
        return Arrays.stream(get(column).split(RegisterColumns.LIST_SEPARATOR)).map(String::strip).filter(s -> !s.isEmpty())
                .toList();
    }

    /**
     * A yyyy-MM-dd cell as a staff form's date question in three parts ({@code <field>-day} ...); an empty cell stays
     * empty (the question's own check says if it is needed); one that is not a date is a problem worded {@code unreadable}.
     */
    void putDate(String column, String field, Map<String, List<String>> form, List<RegisterProblem> problems, String unreadable) {
        String v = get(column);
        String[] parts = {"", "", ""};
        if (!v.isEmpty()) {
            try {
                LocalDate d = LocalDate.parse(v);
                parts = new String[]{String.valueOf(d.getDayOfMonth()), String.valueOf(d.getMonthValue()), String.valueOf(d.getYear())};
            } catch (DateTimeParseException e) {
                problems.add(new RegisterProblem(number, column, unreadable));
            }
        }
        form.put(field + "-day", List.of(parts[0]));
        form.put(field + "-month", List.of(parts[1]));
        form.put(field + "-year", List.of(parts[2]));
    }
}
