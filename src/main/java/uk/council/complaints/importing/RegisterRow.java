package uk.council.complaints.importing;

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
}
